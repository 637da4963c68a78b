import { useMemo, type JSX, type ReactNode } from 'react';
import { layoutCoOccurrence } from '../../charts/co-occurrence/co-occurrence-layout';
import { measuredTextWidth } from '../../charts/text-measure';
import type { CoOccurrenceMeasure } from '../../query/co-occurrence';
import type { ChartModel } from '../../query/model/chart-model';
import { dateInWords, exportWords } from '../../query/model/export-words';
import { ChartDataTable } from '../../ui/chart-data-table';
import { kindLabels } from '../../ui/learning-item';
import { BarsDrawing } from './slides/bars-drawing';
import { slideIntervalNote } from './slides/slide-bars';
import { layoutSlideBars } from './slides/slide-bars-layout';
import { SlideHeadline } from './slides/slide-headline';
import { SummaryLine } from './slides/slide-summary';
import type { SlideSubject } from './slides/slide-subject';

/** Width of a handout figure on a portrait page (A4 or Letter, 12 mm margins), CSS px. */
const figureWidth = 680;
/** Text of a handout figure, CSS px (about 9.5 pt). */
const figureFont = 12.5;

/** Props of {@link HandoutFigure}. */
export interface HandoutFigureProps {
  subject: SlideSubject;
  /** "Source: …" of the dataset, for the subjects that are no chart model. */
  source: string;
  /** When the handout is made (today): each figure says so. */
  made: Date;
}

/** Title, filters and n above a figure; its notes, source and date below: as an export has them. */
function Framed({
  title,
  lines,
  notes,
  source,
  made,
  children,
}: {
  title: string;
  lines: readonly string[];
  notes: readonly string[];
  source: string;
  made: string;
  children: ReactNode;
}) {
  return (
    // A figure, not a region: a deck may show the same chart on several pages.
    <figure className="handout-figure" aria-label={title}>
      <h3>{title}</h3>
      {lines.map((line) => (
        <p key={line} className="handout-figure-subtitle">
          {line}
        </p>
      ))}
      {children}
      {notes.length > 0 && (
        <ul className="handout-figure-notes" aria-label={`Notes on ${title}`}>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p className="handout-figure-source">
        {source} {made}
      </p>
    </figure>
  );
}

/**
 * A chart model on paper: every row (nothing is left for later), its notes in full; each share's
 * 95 % interval drawn where the slide draws it.
 */
function HandoutChart({
  model,
  made,
  intervals = false,
}: {
  model: ChartModel;
  made: Date;
  intervals?: boolean;
}) {
  const words = exportWords(model, made);
  const layout = useMemo(
    () =>
      layoutSlideBars(
        model,
        figureWidth,
        model.rows.length * figureFont * 2,
        figureFont,
        measuredTextWidth,
        { minFont: figureFont, intervals, everyRow: true },
      ),
    [model, intervals],
  );
  return (
    <Framed
      title={words.title}
      lines={[words.filters, words.base]}
      notes={layout.intervals ? [...words.notes, slideIntervalNote] : words.notes}
      source={words.source}
      made={words.made}
    >
      {model.id === 'overview.headline' ? (
        <SlideHeadline model={model} within />
      ) : (
        <>
          <BarsDrawing layout={layout} title={model.title} />
          <ChartDataTable model={model} hidden />
        </>
      )}
    </Framed>
  );
}

/** The whole co-occurrence matrix on paper: every theme, numbered, the columns by number. */
function HandoutCoOccurrence({
  model,
  measure,
  made,
}: {
  model: ChartModel;
  measure: CoOccurrenceMeasure;
  made: Date;
}) {
  const words = exportWords(model, made);
  const layout = useMemo(() => layoutCoOccurrence(model, measure), [model, measure]);
  return (
    <Framed
      title={words.title}
      lines={[words.filters, words.base]}
      notes={words.notes}
      source={words.source}
      made={words.made}
    >
      <table className="handout-table handout-matrix">
        <caption className="visually-hidden">{model.title}</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            {layout.themes.map((t) => (
              <th scope="col" key={t.id}>
                <span>{t.number}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.themes.map((t, row) => (
            <tr key={t.id}>
              <th scope="row">
                {t.number}. {t.label}
              </th>
              {layout.cells
                .filter((cell) => cell.row === row)
                .map((cell) => (
                  <td key={cell.column}>{cell.text}</td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Framed>
  );
}

/**
 * A slide's subject as a handout prints it: charts with their title, filters, n, notes, source
 * and date; the whole Themes by case matrix, every learning summary, every published figure and
 * every field of a case, as tables and lists that run on across pages with their headers
 * repeated. Nothing on it is a control.
 */
export function HandoutFigure({ subject, source, made }: HandoutFigureProps): JSX.Element {
  const madeLine = `Made with Case Review Explorer on ${dateInWords(made)}.`;
  const filters = (words: string) => (words ? `Filters: ${words}` : 'All cases, no filters');
  switch (subject.kind) {
    case 'bars':
      return <HandoutChart model={subject.model} made={made} intervals={subject.intervals} />;
    case 'headline':
    case 'map':
      return <HandoutChart model={subject.model} made={made} />;
    case 'co-occurrence':
      return <HandoutCoOccurrence model={subject.model} measure={subject.measure} made={made} />;
    case 'summary':
      return (
        <Framed
          title={subject.title}
          lines={[filters(subject.filters)]}
          notes={[]}
          source={source}
          made={madeLine}
        >
          {subject.sentences.map((sentence, i) => (
            <p key={i} className="handout-summary">
              <SummaryLine sentence={sentence} />
            </p>
          ))}
        </Framed>
      );
    case 'heatmap': {
      const { heatmap } = subject;
      return (
        <Framed
          title={subject.title}
          lines={[filters(subject.filters), `${heatmap.base}.`]}
          notes={[
            'Each cell counts the learning items that name the case, on the theme; an empty cell means none is known, not that the theme is absent.',
          ]}
          source={source}
          made={madeLine}
        >
          <table className="handout-table handout-matrix">
            <caption className="visually-hidden">{subject.title}</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                {heatmap.themes.map((t) => (
                  <th scope="col" key={t.id}>
                    <span>{t.label}</span>
                  </th>
                ))}
                <th scope="col">
                  <span>Total</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {heatmap.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {heatmap.themes.map((t, i) => {
                    const count = row.cells[i] ?? 0;
                    return (
                      <td key={t.id} data-count={Math.min(count, 2)}>
                        {count > 0 ? count : ''}
                      </td>
                    );
                  })}
                  <td>{row.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">On the cases shown</th>
                {heatmap.themes.map((t) => (
                  <td key={t.id}>{t.total}</td>
                ))}
                <td>{heatmap.themes.reduce((sum, t) => sum + t.total, 0)}</td>
              </tr>
              <tr>
                <th scope="row">Naming no case</th>
                {heatmap.themes.map((t, i) => (
                  <td key={t.id}>{heatmap.unnamed[i] ?? 0}</td>
                ))}
                <td>{heatmap.unnamed.reduce((sum, n) => sum + n, 0)}</td>
              </tr>
            </tfoot>
          </table>
        </Framed>
      );
    }
    case 'learning':
      return (
        <Framed
          title={subject.title}
          lines={[
            filters(subject.filters),
            subject.hidden
              ? 'The summaries are free text: they are not printed while presenter-safe is on.'
              : `${subject.entries.length} learning ${subject.entries.length === 1 ? 'item' : 'items'}.`,
          ]}
          notes={[]}
          source={source}
          made={madeLine}
        >
          {!subject.hidden && (
            <ol className="handout-learning">
              {subject.entries.map((entry) => (
                <li key={entry.id}>
                  <strong>{kindLabels[entry.kind]}.</strong> {entry.summary}{' '}
                  <span className="handout-learning-meta">
                    {entry.caseTitle ?? 'No case named in the source'} · {entry.themeLabel} ·
                    Barrier: {entry.barrierLabel}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Framed>
      );
    case 'check':
      return (
        <Framed
          title={subject.title}
          lines={[subject.summary, `Computed percentages are rounded ${subject.rule}.`]}
          notes={[]}
          source={source}
          made={madeLine}
        >
          <table className="handout-table">
            <caption className="visually-hidden">{subject.title}</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Stated</th>
                <th scope="col">Computed</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {subject.rows.map((row, i) => (
                <tr key={`${i}-${row.figure}`}>
                  <th scope="row">{row.figure}</th>
                  <td>{row.stated}</td>
                  <td>{row.computed}</td>
                  <td>{row.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Framed>
      );
    case 'case':
      return (
        <Framed title={subject.title} lines={[]} notes={[]} source={source} made={madeLine}>
          <dl className="handout-facts">
            {subject.facts.map((fact) => (
              <div key={fact.field}>
                <dt>{fact.label}</dt>
                <dd>
                  {fact.value}
                  {fact.inferred && ' (inferred)'}
                </dd>
              </div>
            ))}
          </dl>
        </Framed>
      );
    case 'message':
      return (
        <Framed
          title={subject.title}
          lines={[subject.text]}
          notes={[]}
          source={source}
          made={madeLine}
        >
          {null}
        </Framed>
      );
  }
}
