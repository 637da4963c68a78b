import type {
  DisclosureResult,
  DisclosureState,
  HiddenReason,
} from '../disclosure/disclosure-types';
import type { ChartModel, ChartRow, ExtraCell } from './chart-model';
import { hiddenFigure, type Figure, type IntervalFigure } from './figure';

/**
 * What presenter-safe protects of a view's models: every case count (rows, group headings, the
 * cases not coded, n, n coded, the dataset's size, counted extra cells), named by quantity, with
 * the sums among them. Distinct counts (forces in view) count categories, not cases.
 */
export function disclosureState(models: readonly ChartModel[]): DisclosureState {
  const cells = new Map<string, DisclosureState['cells'][number]>();
  const add = (quantity: string, figure: Figure, role: 'part' | 'total', chart: string) => {
    if (figure.value !== null && quantity !== '' && !cells.has(quantity))
      cells.set(quantity, { quantity, value: figure.value, role, chart });
  };
  for (const model of models) {
    for (const row of model.rows) {
      if (row.kind === 'distinct') continue;
      add(row.quantity, row.count, row.kind === 'group' ? 'total' : 'part', model.id);
      row.extra?.forEach(
        (cell) => cell.quantity !== undefined && add(cell.quantity, cell, 'part', model.id),
      );
    }
    add(model.nQuantity, model.n, 'total', model.id);
    add(model.nCodedQuantity, model.nCoded, 'total', model.id);
  }
  // The dataset's size (no filters) is named by the empty key.
  const size = models[0]?.nAll;
  if (size?.value != null)
    cells.set('', { quantity: '', value: size.value, role: 'total', chart: 'dataset' });
  return { cells: [...cells.values()], equations: models.flatMap((m) => m.sums) };
}

function hide(figure: Figure, quantity: string, hidden: DisclosureResult, k: number): Figure {
  const reason = hidden.get(quantity);
  return reason ? hiddenFigure(reason, k) : figure;
}

const hiddenInterval = (reason: HiddenReason): IntervalFigure => ({
  low: null,
  high: null,
  text: 'hidden',
  hidden: reason,
});

function maskRow(row: ChartRow, hidden: DisclosureResult, k: number): ChartRow {
  if (row.kind === 'distinct') return row;
  const count = hide(row.count, row.quantity, hidden, k);
  const base = hide(row.base, row.baseQuantity, hidden, k);
  // A share or interval beside a shown base would give a hidden count back, and beside a shown
  // count would give a hidden base back.
  const lost = count.hidden ?? base.hidden;
  const inferredHidden =
    count.hidden ??
    (row.inferred.value !== null && row.inferred.value > 0 && row.inferred.value < k
      ? 'primary'
      : undefined);
  const extra = row.extra?.map((cell): ExtraCell => {
    if (cell.tiedToCount && lost) return { value: null, text: 'hidden', hidden: lost };
    return cell.quantity === undefined
      ? cell
      : { ...hide(cell, cell.quantity, hidden, k), quantity: cell.quantity };
  });
  return {
    ...row,
    count,
    base,
    share: lost ? { value: null, text: 'hidden', hidden: lost } : row.share,
    interval: lost ? hiddenInterval(lost) : row.interval,
    inferred: inferredHidden ? hiddenFigure(inferredHidden, k) : row.inferred,
    ...(extra ? { extra } : {}),
  };
}

/**
 * A model as presenter-safe shows it: every quantity `hidden` names is gone from it (its count,
 * and any share, interval or inferred count that would give it back), rows ranked by count put
 * hidden rows last in codebook order (their rank would tell which is larger), and the model
 * records k. Nothing drawn from the result can show a hidden number.
 */
export function maskModel(model: ChartModel, hidden: DisclosureResult, k: number): ChartModel {
  const rows = model.rows.map((row) => maskRow(row, hidden, k));
  const ordered = model.rankedByCount
    ? [
        ...rows.filter((r) => r.count.hidden === undefined),
        ...rows.filter((r) => r.count.hidden !== undefined).sort((a, b) => a.position - b.position),
      ]
    : rows;
  const anyHidden = rows.some(
    (r) => r.count.hidden !== undefined || r.inferred.hidden !== undefined,
  );
  const inferredTotal = model.inferred.value ?? 0;
  return {
    ...model,
    rows: ordered,
    n: hide(model.n, model.nQuantity, hidden, k),
    nCoded: hide(model.nCoded, model.nCodedQuantity, hidden, k),
    nAll: hide(model.nAll, '', hidden, k),
    inferred:
      inferredTotal > 0 && (anyHidden || inferredTotal < k)
        ? hiddenFigure(inferredTotal < k ? 'primary' : 'secondary', k)
        : model.inferred,
    maskedBelow: k,
  };
}

/** Every model of a view masked alike. */
export function maskModels(
  models: readonly ChartModel[],
  hidden: DisclosureResult,
  k: number,
): ChartModel[] {
  return models.map((model) => maskModel(model, hidden, k));
}
