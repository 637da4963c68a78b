import type { CasesBehindRequest } from '../cases-behind';
import type { ChartModel, ChartRow } from './chart-model';
import type { Figure } from './figure';
import { smallBaseOf } from './model-words';

/** A number in a sentence: read from a chart's figure, linked to the cases behind it. */
export interface SummaryNumber {
  /** The figure as the sentence says it ("6", "fewer than 5"). */
  text: string;
  figure: Figure;
  /** The model and row the number comes from, so a test can check it against the table. */
  source: { chart: string; row?: string; cell: 'count' | 'share' | 'n' | 'nCoded' | 'extra' };
  list?: CasesBehindRequest;
}

/** A sentence of the Summary: words and numbers in order. */
export type SummarySentence = ReadonlyArray<string | SummaryNumber>;

/** A count in words: the number, or "fewer than k" / "a hidden number" under presenter-safe. */
function spoken(figure: Figure, k: number | undefined): string {
  if (figure.value !== null) return figure.text;
  if (figure.hidden === 'primary' && k !== undefined) return `fewer than ${k}`;
  return 'a hidden number of';
}

function number(
  model: ChartModel,
  figure: Figure,
  cell: SummaryNumber['source']['cell'],
  row?: ChartRow,
): SummaryNumber {
  return {
    text: spoken(figure, model.maskedBelow),
    figure,
    source: { chart: model.id, ...(row ? { row: row.key } : {}), cell },
    ...(row?.list && figure.value !== null ? { list: row.list } : {}),
  };
}

const reviews = (figure: Figure) => (figure.value === 1 ? 'review' : 'reviews');

/** "11 reviews are in view (no filters)." / "6 of the 11 reviews are in view (Outcome: Death)." */
function scopeSentence(headline: ChartModel): SummarySentence {
  const cases = headline.rows.find((r) => r.key === 'cases');
  if (!cases) return [];
  const all = cases.extra?.[0];
  if (!headline.filters || !all)
    return [
      number(headline, cases.count, 'count', cases),
      ` ${reviews(cases.count)}, with no filters.`,
    ];
  return [
    number(headline, cases.count, 'count', cases),
    ' of the ',
    number(headline, all, 'extra'),
    ` reviews are in view (${headline.filters}).`,
  ];
}

/** "6 of the 11 reviews (55%) followed a child's death; 5 (45%) followed significant harm." */
function outcomeSentence(headline: ChartModel): SummarySentence {
  const cases = headline.rows.find((r) => r.key === 'cases');
  const deaths = headline.rows.find((r) => r.key === 'deaths');
  const harm = headline.rows.find((r) => r.key === 'significantHarm');
  if (!cases || !deaths || !harm || deaths.count.text === 'not recorded') return [];
  const share = (row: ChartRow) => (row.share.value === null ? '' : ` (${row.share.text})`);
  const coded = headline.nCoded.value !== null && headline.nCoded.value !== headline.n.value;
  return [
    number(headline, deaths.count, 'count', deaths),
    ' of the ',
    number(
      headline,
      coded ? headline.nCoded : cases.count,
      coded ? 'nCoded' : 'count',
      coded ? undefined : cases,
    ),
    ` ${coded ? 'reviews with an outcome coded' : 'reviews'}${share(deaths)} followed a child’s death; `,
    number(headline, harm.count, 'count', harm),
    `${share(harm)} followed significant harm.`,
  ];
}

/** "Police most often first met the child through “Missing child” (4 of 11 reviews coded)." */
function commonestSentence(model: ChartModel, lead: string): SummarySentence {
  const rows = model.rows.filter((r) => r.kind === 'category' && r.count.value !== null);
  const top = rows.reduce<ChartRow | undefined>(
    (best, r) => (best && (best.count.value ?? 0) >= (r.count.value ?? 0) ? best : r),
    undefined,
  );
  if (model.absent || !top || (top.count.value ?? 0) === 0) return [];
  const ties = rows.filter((r) => r.count.value === top.count.value);
  const names = ties.map((r) => `“${r.label}”`).join(' and ');
  return [
    `${lead} ${names} (`,
    number(model, top.count, 'count', top),
    ' of ',
    number(model, model.nCoded, 'nCoded'),
    ` ${reviews(model.nCoded)} coded${ties.length > 1 ? ' each' : ''}).`,
  ];
}

/** "The reviews come from 8 police forces in 5 regions." */
function placesSentence(headline: ChartModel): SummarySentence {
  const forces = headline.rows.find((r) => r.key === 'forces');
  const regions = headline.rows.find((r) => r.key === 'regions');
  const known = (row: ChartRow | undefined) => row && row.count.value !== null;
  if (!known(forces) && !known(regions)) return [];
  const parts: Array<string | SummaryNumber> = ['The reviews in view come from '];
  if (forces && known(forces))
    parts.push(
      number(headline, forces.count, 'count', forces),
      ` police force${forces.count.value === 1 ? '' : 's'}`,
    );
  if (forces && regions && known(forces) && known(regions)) parts.push(' in ');
  if (regions && known(regions))
    parts.push(
      number(headline, regions.count, 'count', regions),
      ` region${regions.count.value === 1 ? '' : 's'}`,
    );
  parts.push('.');
  return parts;
}

/** Cautions: inferred values, not coded fields, small bases, what presenter-safe hides. */
function cautionSentences(models: readonly ChartModel[], headline: ChartModel): SummarySentence[] {
  const out: SummarySentence[] = [];
  const inferred = models.filter((m) => (m.inferred.value ?? 0) > 0 || m.inferred.hidden);
  if (inferred.length > 0)
    out.push([
      `Some values are inferred by the analyst from the narrative rather than stated in the source (${inferred
        .map((m) => m.title.toLowerCase())
        .join(', ')}).`,
    ]);
  const notCoded = models.filter(
    (m) => !m.absent && m.rows.some((r) => r.kind === 'not-coded') && m.id !== headline.id,
  );
  for (const m of notCoded) {
    const row = m.rows.find((r) => r.kind === 'not-coded');
    if (!row) continue;
    out.push([
      number(m, row.count, 'count', row),
      ` ${reviews(row.count)} in view ${row.count.value === 1 ? 'is' : 'are'} not coded for ${m.labelHeader.toLowerCase()}: not coded is not absent, so shares of ${m.title.toLowerCase()} are of the `,
      number(m, m.nCoded, 'nCoded'),
      ' coded.',
    ]);
  }
  const n = headline.n.value;
  const smallBase = smallBaseOf(headline);
  if (n !== null && n > 0 && n < smallBase)
    out.push([
      `With `,
      number(headline, headline.n, 'n'),
      ` ${reviews(headline.n)} (a small base: under ${smallBase}), one review moves a share by ${Math.round(100 / n)} percentage points: read the shares with their intervals.`,
    ]);
  if (models.some((m) => m.maskedBelow !== undefined))
    out.push([
      'Small counts are not given while presenter-safe is on, nor anything that would let them be worked out.',
    ]);
  return out;
}

/**
 * The view in words (DESIGN.md "Summary"): sentences from templates, every number read from a
 * chart's model (so presenter-safe's masking holds, and a number never differs from its table),
 * saying the filters, the n, what is inferred, what is not coded and what is small.
 */
export function summarySentences(models: readonly ChartModel[]): SummarySentence[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const headline = byId.get('overview.headline');
  if (!headline) return [];
  const routes = byId.get('overview.contactRoute');
  return [
    scopeSentence(headline),
    outcomeSentence(headline),
    ...(routes
      ? [
          commonestSentence(
            routes,
            'Police most often first came into contact with the child through',
          ),
        ]
      : []),
    placesSentence(headline),
    ...cautionSentences(models, headline),
  ].filter((s) => s.length > 0);
}

/** The sentences as plain text, for "Copy as text". */
export function summaryText(sentences: readonly SummarySentence[]): string {
  return sentences
    .map((s) => s.map((part) => (typeof part === 'string' ? part : part.text)).join(''))
    .join(' ');
}
