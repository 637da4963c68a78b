import type { ChartModel, ChartRow } from './chart-model';
import type { Figure } from './figure';

/** Below this many cases coded, a chart says its shares rest on a small base. */
export const defaultSmallBase = 30;

/** The thresholds a user may set for flagging small bases (cases coded). */
export const smallBaseRange = { min: 5, max: 100 } as const;

/** A threshold as set, kept within {@link smallBaseRange} and whole; the default if not a number. */
export function clampSmallBase(value: number): number {
  if (!Number.isFinite(value)) return defaultSmallBase;
  return Math.min(smallBaseRange.max, Math.max(smallBaseRange.min, Math.round(value)));
}

/** The small-base threshold a model is read with: the user's, else the default. */
export function smallBaseOf(model: Pick<ChartModel, 'smallBase'>): number {
  return model.smallBase ?? defaultSmallBase;
}

/**
 * A view's models stamped with the user's small-base threshold, so every output drawn from a
 * model (chart notes, table, CSV, evidence pack, slide, words) flags the same bases. One function
 * over models, like presenter-safe's masking: a new chart cannot forget it.
 */
export function withSmallBase(models: readonly ChartModel[], threshold: number): ChartModel[] {
  const smallBase = clampSmallBase(threshold);
  return models.map((m) => (m.smallBase === smallBase ? m : { ...m, smallBase }));
}

const unitNouns: Record<ChartModel['unit'], [string, string]> = {
  cases: ['case', 'cases'],
  'learning items': ['learning item', 'learning items'],
  reviews: ['review', 'reviews'],
};

/** "1 case", "11 cases", "< 5 cases". */
export function inUnit(figure: Figure, unit: ChartModel['unit']): string {
  const [one, many] = unitNouns[unit];
  return `${figure.text} ${figure.value === 1 ? one : many}`;
}

/**
 * The unit and denominator line of a chart: "Unit: cases. n = 6 of 11 cases (under the filters on
 * other charts); n coded = 5. Percentages are of the cases coded." Read from the model, so a
 * masked model says "< 5" or "hidden".
 */
export function unitLine(model: ChartModel): string {
  const { n, nAll, nCoded, unit } = model;
  const whole = n.value !== null && n.value === nAll.value;
  const of = whole ? `n = ${inUnit(n, unit)}` : `n = ${n.text} of ${inUnit(nAll, unit)}`;
  const scope =
    whole || !model.filters
      ? ''
      : model.dimension
        ? ' (under the filters on other charts)'
        : ' (under the filters)';
  const coded =
    nCoded.value !== null && nCoded.value === n.value ? '' : `; n coded = ${nCoded.text}`;
  const base = model.rows.some((r) => r.share.value !== null || r.share.hidden)
    ? ' Percentages are of the cases coded, with 95% intervals in the table.'
    : '';
  return `Unit: ${unit}. ${of}${scope}${coded}.${base}`;
}

/** The notes under a chart, from its model: inferred values, overlap, coding, small bases, masking. */
export function modelNotes(model: ChartModel, smallBase = smallBaseOf(model)): string[] {
  const notes: string[] = [];
  const { inferred, nCoded } = model;
  if (inferred.hidden || (inferred.value ?? 0) > 0) {
    const verb = inferred.value === 1 ? 'is' : 'are';
    notes.push(
      inferred.hidden === 'secondary'
        ? `Some ${model.noun} are inferred (coded by the analyst from the narrative, not stated in the source); inferred shares are hatched.`
        : `${inferred.text} of the ${model.noun} counted ${verb} inferred (coded by the analyst from the narrative, not stated in the source); inferred shares are hatched.`,
    );
  }
  if (model.overlapping && model.unit === 'cases' && model.dimension)
    notes.push(`A case can have several ${model.noun}, so the rows do not sum to n.`);
  const notCoded = model.rows.find((r) => r.kind === 'not-coded');
  if (notCoded && !model.absent)
    notes.push(
      `${inUnit(notCoded.count, model.unit)} ${notCoded.count.value === 1 ? 'is' : 'are'} not coded for this field: not coded is not absent, so they are left out of every share.`,
    );
  if (nCoded.value !== null && nCoded.value > 0 && nCoded.value < smallBase && hasShares(model))
    notes.push(
      `Small base (${inUnit(nCoded, model.unit)} coded, under ${smallBase}): one case moves a share by ${Math.round(100 / nCoded.value)} points; read shares with their intervals.`,
    );
  if (model.maskedBelow !== undefined && hasHidden(model))
    notes.push(
      `Presenter-safe: counts from 1 to ${model.maskedBelow - 1} read "< ${model.maskedBelow}"; counts that read "hidden" are hidden so that a small count cannot be worked out from the others. Bars of hidden counts are drawn at one length.`,
    );
  return [...notes, ...model.remarks];
}

function hasShares(model: ChartModel): boolean {
  return model.rows.some((r) => r.kind !== 'not-coded' && r.share.value !== null);
}

function hasHidden(model: ChartModel): boolean {
  const hidden = (f: Figure) => f.hidden !== undefined;
  return (
    hidden(model.n) ||
    hidden(model.nCoded) ||
    model.rows.some((r) => hidden(r.count) || hidden(r.share) || (r.extra ?? []).some(hidden))
  );
}

/** The headers of a chart's data table: label, count, share, its interval, then any extra. */
export function tableHeaders(model: ChartModel): string[] {
  return [
    model.labelHeader,
    model.countHeader,
    model.shareHeader,
    '95% interval',
    ...model.extraColumns.map((c) => c.header),
  ];
}

/** A row's cells as the data table and the CSV show them. */
export function tableCells(row: ChartRow): string[] {
  return [
    row.label,
    row.count.text,
    row.share.text,
    row.interval.text,
    ...(row.extra ?? []).map((c) => c.text),
  ];
}
