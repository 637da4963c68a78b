import { outcomeKindOf } from '../../data/outcomes';
import { fullBitset } from '../bitset';
import { selectCases } from '../selection';
import type { ChartModel, ChartRow, ModelSum } from './chart-model';
import {
  categoryRow,
  countsOf,
  filtersInWords,
  notCodedRow,
  sourceLine,
  type ModelContext,
} from './dimension-model';
import { countFigure, intervalFigure, shareFigure } from './figure';
import { notCodedValue, quantityKey } from './quantity';

const dimension = 'outcomeSubcategory';

/**
 * The model of Outcome sub-categories: each outcome as a heading summing its sub-categories, then
 * its sub-categories (codebook order); sub-categories filed under no outcome come last under
 * "Other sub-categories", then the cases with no sub-category coded. Shares are of the cases
 * with a sub-category coded ("of all cases"); `ofOutcome` makes a sub-category's share of its
 * outcome's coded cases instead (the briefing's own convention, "2 of the 6 deaths").
 */
export function subcategoryChartModel(context: ModelContext, ofOutcome = false): ChartModel {
  const { index, dataset, filters } = context;
  const except = [dimension];
  const selection = selectCases(index, filters, dimension);
  const counts = countsOf(index, dimension, selection);
  const reference = countsOf(index, dimension, fullBitset(index.size));
  const referenceById = new Map(reference.categories.map((c) => [c.id, c.count]));
  const chosen = filters.values.get(dimension) ?? [];
  const byId = new Map(counts.categories.map((c, i) => [c.id, { category: c, position: i }]));
  const nCoded = counts.total - counts.notRecorded;
  const quantityOf = (values: readonly string[]) =>
    quantityKey(filters, { except, restrict: [{ dimension, values }] });
  const shown = (id: string) =>
    (referenceById.get(id) ?? 0) > 0 ||
    (byId.get(id)?.category.count ?? 0) > 0 ||
    chosen.includes(id);
  const groups = dataset.codebook.outcomes.map((o) => ({
    id: o.id,
    label: o.label,
    members: o.subcategories.map((s) => s.id),
    meaning: outcomeKindOf(o.id) ?? outcomeKindOf(o.label),
  }));
  const filed = new Set(groups.flatMap((g) => g.members));
  const unfiled = counts.categories.map((c) => c.id).filter((id) => !filed.has(id));
  if (unfiled.length > 0)
    groups.push({
      id: '\u0000unfiled',
      label: 'Other sub-categories',
      members: unfiled,
      meaning: undefined,
    });
  const nCodedQuantity = quantityOf(counts.categories.map((c) => c.id));
  const rows: ChartRow[] = [];
  const sums: ModelSum[] = [];
  const placed = new Set<string>();
  for (const group of groups) {
    const members = group.members.filter((id) => !placed.has(id) && shown(id) && byId.has(id));
    if (members.length === 0) continue;
    members.forEach((id) => placed.add(id));
    const total = members.reduce((sum, id) => sum + (byId.get(id)?.category.count ?? 0), 0);
    const groupKey = `\u0000group:${group.id}`;
    const groupQuantity = quantityOf(members);
    const subRows = members.map((id) => {
      const { category, position } = byId.get(id) ?? { category: undefined, position: 0 };
      if (!category) throw new Error(`No counts for sub-category ${id}`);
      return categoryRow(category, {
        base: ofOutcome ? total : nCoded,
        baseQuantity: ofOutcome ? groupQuantity : nCodedQuantity,
        chosen,
        position,
        quantity: quantityOf([id]),
        list: { except: dimension, dimension, categories: [id] },
        level: 1,
        group: groupKey,
        ...(group.meaning ? { meaning: group.meaning } : {}),
      });
    });
    rows.push({
      key: groupKey,
      label: group.label,
      kind: 'group',
      level: 0,
      members,
      count: countFigure(total),
      base: countFigure(nCoded),
      share: shareFigure(total, nCoded),
      interval: intervalFigure(total, nCoded),
      inferred: countFigure(0),
      state: 'normal',
      position: rows.length,
      ...(group.meaning ? { meaning: group.meaning } : {}),
      quantity: groupQuantity,
      baseQuantity: nCodedQuantity,
      list: { except: dimension, dimension, categories: members },
    });
    rows.push(...subRows);
    sums.push({ total: groupQuantity, parts: subRows.map((r) => r.quantity) });
  }
  const nQuantity = quantityKey(filters, { except });
  const notCodedQuantity = quantityOf([notCodedValue]);
  if (counts.notRecorded > 0)
    rows.push(
      notCodedRow(counts.notRecorded, notCodedQuantity, {
        except: dimension,
        dimension,
        categories: [],
      }),
    );
  const groupQuantities = rows.filter((r) => r.kind === 'group').map((r) => r.quantity);
  sums.push({ total: nCodedQuantity, parts: groupQuantities });
  sums.push({
    total: nQuantity,
    parts: [...groupQuantities, ...(counts.notRecorded > 0 ? [notCodedQuantity] : [])],
  });
  if (chosen.length > 1)
    sums.push({ total: quantityKey(filters), parts: chosen.map((id) => quantityOf([id])) });
  const inferred = rows.reduce(
    (sum, r) => sum + (r.kind === 'category' ? (r.inferred.value ?? 0) : 0),
    0,
  );
  return {
    id: 'overview.outcomeSubcategory',
    title: 'Outcome sub-categories',
    unit: 'cases',
    dimension,
    labelHeader: 'Outcome sub-category',
    countHeader: 'Cases',
    shareHeader: ofOutcome ? 'Percent of its outcome' : 'Percent of n coded',
    n: countFigure(counts.total),
    nQuantity,
    nCoded: countFigure(nCoded),
    nCodedQuantity,
    nAll: countFigure(index.size),
    rows,
    overlapping: false,
    absent: reference.categories.every((c) => c.count === 0),
    noun: 'sub-categories',
    inferred: countFigure(inferred),
    extraColumns: [],
    rankedByCount: false,
    sums,
    filters: filtersInWords(context, except),
    remarks: [],
    source: sourceLine(dataset),
  };
}
