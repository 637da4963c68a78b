import type { Dataset } from '../../data/types';
import type { HeatmapThemeTotals } from '../heatmap-cases';
import type { ChartModel, ChartRow } from './chart-model';
import { sourceLine } from './dimension-model';
import { countFigure, intervalFigure, shareFigure } from './figure';

/** A quantity of learning items on a theme, under a selection of cases. */
function itemQuantity(selection: string, theme: string, part: 'all' | 'rows' | 'unnamed'): string {
  return `\u0000items:${part}:${theme}:${selection}`;
}

/** A quantity of cases shown on a theme: holding it (or with learning on it), or coded for it. */
function caseQuantity(selection: string, theme: string, part: 'present' | 'coded'): string {
  return `\u0000themecases:${part}:${theme}:${selection}`;
}

/**
 * The model of the heatmap's table, per theme: learning items shown (on the cases shown plus
 * those naming no case), their share of all items shown, the split, the cases holding the theme
 * and the cases coded for it (not coded is not absent: "n coded = 10 of 40"). Unit: learning
 * items (each has one theme, so the themes' items sum to the total); the case columns say theirs.
 */
export function themesTableModel(
  dataset: Dataset,
  matrix: HeatmapThemeTotals,
  selection: string,
  filters: string,
): ChartModel {
  const total = matrix.itemsOnRows + matrix.unnamedItems;
  // Cases coded for each theme: a column of its own only where some case shown is not coded.
  const partlyCoded = matrix.columnCoded.some((coded) => coded < matrix.casesInView);
  const totalQuantity = itemQuantity(selection, '', 'all');
  const rows: ChartRow[] = matrix.themes.map((theme, column) => {
    const onRows = matrix.columnItems[column] ?? 0;
    const unnamed = matrix.unnamed[column] ?? 0;
    const count = onRows + unnamed;
    return {
      key: theme.id,
      label: theme.label,
      kind: 'category',
      level: 0,
      categoryId: theme.id,
      count: countFigure(count),
      base: countFigure(total),
      share: shareFigure(count, total),
      interval: intervalFigure(count, total),
      inferred: countFigure(0),
      state: 'normal',
      position: column,
      quantity: itemQuantity(selection, theme.id, 'all'),
      baseQuantity: totalQuantity,
      extra: [
        { ...countFigure(onRows), quantity: itemQuantity(selection, theme.id, 'rows') },
        { ...countFigure(unnamed), quantity: itemQuantity(selection, theme.id, 'unnamed') },
        {
          ...countFigure(matrix.columnPresent[column] ?? 0),
          quantity: caseQuantity(selection, theme.id, 'present'),
        },
        ...(partlyCoded
          ? [
              {
                ...countFigure(matrix.columnCoded[column] ?? 0),
                quantity: caseQuantity(selection, theme.id, 'coded'),
              },
            ]
          : []),
      ],
    };
  });
  return {
    id: 'themes.items',
    title: 'Learning items by theme',
    unit: 'learning items',
    dimension: 'themes',
    labelHeader: 'Theme',
    countHeader: 'Learning items',
    shareHeader: 'Percent of the learning items shown',
    n: countFigure(total),
    nQuantity: totalQuantity,
    nCoded: countFigure(total),
    nCodedQuantity: totalQuantity,
    nAll: countFigure(matrix.totalItems),
    rows,
    overlapping: false,
    absent: matrix.themes.length === 0,
    noun: 'themes',
    inferred: countFigure(0),
    extraColumns: [
      { header: 'On the cases shown', kind: 'count' },
      { header: 'No case named', kind: 'count' },
      { header: 'Cases with the theme (coded or with learning)', kind: 'count' },
      ...(partlyCoded ? [{ header: 'Cases coded for it', kind: 'count' as const }] : []),
    ],
    rankedByCount: false,
    sums: [
      { total: totalQuantity, parts: rows.map((r) => r.quantity) },
      ...rows.map((r) => ({
        total: r.quantity,
        parts: (r.extra ?? []).slice(0, 2).map((c) => c.quantity ?? ''),
      })),
    ],
    filters,
    remarks: [],
    source: sourceLine(dataset),
  };
}
