import type { DimensionCounts } from '../../query/aggregate';
import type { BarInput } from '../bar/bar-layout';
import { barInputsFor, barState, notRecordedRow } from '../bar/bar-inputs';
import { outcomeColour } from '../palette';

/** An outcome and the sub-categories the codebook files under it. */
export interface OutcomeGroup {
  id: string;
  label: string;
  subcategoryIds: readonly string[];
}

/** The colour of each outcome, by its position in the codebook. */
export function outcomeColours(groups: readonly OutcomeGroup[]): Map<string, string> {
  return new Map(groups.map((g, i) => [g.id, outcomeColour(i)]));
}

/** The rows of the Outcome categories chart: outcomes in codebook order, coloured. */
export function outcomeBarInputs(
  counts: DimensionCounts,
  chosen: readonly string[],
  reference: ReadonlyMap<string, number>,
  colours: ReadonlyMap<string, string>,
): BarInput[] {
  return barInputsFor(counts, {
    chosen,
    order: 'codebook',
    reference,
    colour: (id) => colours.get(id) ?? outcomeColour(colours.size),
  });
}

/**
 * The rows of the Outcome sub-categories chart: each outcome as a heading whose count sums its
 * sub-categories, then its sub-categories (codebook order, in the outcome's colour); sub-categories
 * the codebook files under no outcome come last under "Other sub-categories", then the cases
 * with no sub-category recorded.
 */
export function subcategoryBarInputs(
  counts: DimensionCounts,
  groups: readonly OutcomeGroup[],
  chosen: readonly string[],
  reference: ReadonlyMap<string, number>,
  colours: ReadonlyMap<string, string>,
): BarInput[] {
  const byId = new Map(counts.categories.map((c) => [c.id, c]));
  const placed = new Set<string>();
  const shown = (id: string) =>
    (reference.get(id) ?? 0) > 0 || (byId.get(id)?.count ?? 0) > 0 || chosen.includes(id);
  const unfiled = counts.categories
    .map((c) => c.id)
    .filter((id) => !groups.some((g) => g.subcategoryIds.includes(id)));
  const allGroups = [
    ...groups,
    ...(unfiled.length > 0
      ? [{ id: '\u0000unfiled', label: 'Other sub-categories', subcategoryIds: unfiled }]
      : []),
  ];
  const rows: BarInput[] = [];
  for (const group of allGroups) {
    const colour = colours.get(group.id) ?? '#5F6670';
    const members = group.subcategoryIds.filter((id) => !placed.has(id) && shown(id));
    if (members.length === 0) continue;
    members.forEach((id) => placed.add(id));
    const subRows: BarInput[] = members.map((id) => {
      const c = byId.get(id);
      return {
        key: id,
        categoryId: id,
        label: c?.label ?? id,
        count: c?.count ?? 0,
        inferred: c?.inferred ?? 0,
        colour,
        state: barState(chosen, id),
        kind: 'bar',
        level: 1,
      };
    });
    rows.push({
      key: `\u0000group:${group.id}`,
      members,
      label: group.label,
      count: subRows.reduce((sum, r) => sum + r.count, 0),
      inferred: 0,
      colour,
      state: 'normal',
      kind: 'group',
      level: 0,
    });
    rows.push(...subRows);
  }
  if (counts.notRecorded > 0) rows.push(notRecordedRow(counts.notRecorded));
  return rows;
}
