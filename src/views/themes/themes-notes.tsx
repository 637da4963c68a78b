import { itemsPhrase } from '../../charts/heatmap/heatmap-names';
import { notCodedPhrase } from '../../query/heatmap-coding';
import type { HeatmapMatrix, HeatmapMode } from '../../query/heatmap-matrix';
import type { RowSort } from '../../query/heatmap-order';
import { usePresenterSafe } from '../../state/use-presenter-safe';

/** Props of {@link ThemesNotes}. */
export interface ThemesNotesProps {
  matrix: HeatmapMatrix;
  mode: HeatmapMode;
  totalCases: number;
  /** Whether any learning item in the dataset names one of its cases. */
  namesCases: boolean;
  notes: string;
  /** Id of the unit statement, which the grid refers to. */
  unitId: string;
  /** When not every case in view has a row: the order the rows shown are the first of. */
  pickedBy?: Exclude<RowSort, 'similarity'>;
}

const cellMeaning: Readonly<Record<HeatmapMode, string>> = {
  count:
    'Each cell counts the learning items that name the case, on the theme. Unit: learning items.',
  presence:
    'Each cell shows whether the case is coded with the theme or has a learning item on it. Unit: cases.',
  'row-percent':
    "Each cell is the theme's share of the case's learning items; the denominator is the row total. Cases with no learning item stay blank.",
  'column-percent':
    "Each cell is the case's share of the theme's learning items on the cases shown; the denominator is the column total (items naming no case are left out of it).",
};

const totalsMeaning: Readonly<Record<HeatmapMode, string>> = {
  count:
    'Row totals: learning items per case. Column totals: learning items per theme on the cases shown.',
  presence:
    'Row totals: themes per case. Column totals: cases per theme, of the cases coded for it; a case can have several themes, so columns do not sum to n.',
  'row-percent': 'Totals: learning items per case and per theme on the cases shown.',
  'column-percent': 'Totals: learning items per case and per theme on the cases shown.',
};

const count = new Intl.NumberFormat('en-GB');

/** "5,000 cases with the most themes", "first 5,000 cases by title". */
function rowsText(rows: number, by: Exclude<RowSort, 'similarity'>, mode: HeatmapMode): string {
  const cases = `${count.format(rows)} cases`;
  if (by === 'title') return `first ${cases} by title`;
  const most = mode === 'presence' ? 'themes' : 'learning items';
  if (by === 'outcome') return `first ${cases} by outcome (then most ${most})`;
  return `${cases} with the most ${most}`;
}

/** The unit and denominator of the heatmap, and what the data does not say (stated plainly). */
export function ThemesNotes({
  matrix,
  mode,
  totalCases,
  namesCases,
  notes,
  unitId,
  pickedBy,
}: ThemesNotesProps) {
  const safe = usePresenterSafe();
  const n = matrix.casesInView;
  const shownN = safe.count(n);
  const allItems = matrix.unnamedItems + matrix.itemsOnRows;
  // The notes name cases: presenter-safe hides them with the other free text from the data.
  const shownNotes = safe.summary(notes);
  const withData = matrix.casesWithData;
  // Cases not coded for every theme (their file or coding says so): their blanks are not known.
  const notCoded = matrix.casesNotFullyCoded;
  const filtered = n !== totalCases;
  return (
    <div className="themes-notes">
      <p id={unitId} className="chart-unit">
        {cellMeaning[mode]} n = {shownN} case{shownN === '1' ? '' : 's'}
        {filtered ? ` of ${safe.count(totalCases)} (filtered)` : ''}. {totalsMeaning[mode]}
      </p>
      {pickedBy && (
        <p className="data-note themes-rows-shown">
          <strong>
            Showing the {rowsText(matrix.rowCount, pickedBy, mode)} of {count.format(n)} cases
          </strong>
          ; sort or filter to see others. Column totals and the data table count all{' '}
          {count.format(n)}.
        </p>
      )}
      {matrix.unnamedItems > 0 && (
        <p className="data-note">
          <strong>
            {safe.count(matrix.unnamedItems)} of {itemsPhrase(allItems, safe.count(allItems))} name
            no case
          </strong>
          : they are counted per theme in the “No case named” row at the foot of the grid, and
          listed in each theme's drill-down (Enter or click on a theme).
        </p>
      )}
      {notCoded > 0 && (
        <p className="data-note">
          <strong>
            {safe.count(notCoded)} of {shownN} cases {notCoded === 1 ? 'is' : 'are'}{' '}
            {notCodedPhrase(matrix)}
          </strong>
          : a theme such a case is not coded for is “not known”, not “absent” (“?” in presence), and
          each theme’s cases are counted of the cases coded for it.
          {!namesCases && ' No learning item in this dataset names a case, so cells show presence.'}
        </p>
      )}
      {notCoded === 0 && n > 0 && withData <= n / 2 && (
        <p className="data-note">
          Only {safe.count(withData)} of {shownN} cases have a theme coded or a learning item naming
          them. An empty cell means the case is coded without the theme and no learning item names
          the case on it.
          {!namesCases && ' No learning item in this dataset names a case, so cells show presence.'}
        </p>
      )}
      {notes.trim() !== '' && (
        <details className="dataset-notes">
          <summary>How this dataset was coded</summary>
          {shownNotes.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </details>
      )}
    </div>
  );
}
