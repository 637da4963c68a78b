import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { Figure } from '../../query/model/figure';
import { identifyingCaseFields } from '../../query/presenter-safe';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useExplorerStore } from '../../state/explorer-store';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { useSafeCases } from '../../state/use-safe-cases';
import { safeCaseCells } from '../../ui/safe-case-cells';
import { withheldListText } from '../../ui/withheld-list';
import type { CaseColumn } from './case-table-columns';
import { DatasetExportButtons } from './dataset-export-buttons';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
  filterFns: { includesString: filterFn_includesString },
});
/** A row of the table: a case, by its index in the dataset (rows are never copied). */
interface CaseRow {
  index: number;
}
const helper = createColumnHelper<typeof features, CaseRow>();

/** Height of one body row in pixels; rows never wrap, so every row has it. */
const rowHeight = 34;

/** Props of {@link CaseTable}. */
export interface CaseTableProps {
  loaded: LoadedDataset;
  columns: readonly CaseColumn[];
  /** The cases under the global filters (indices into the dataset's cases). */
  selected: readonly number[];
  /**
   * How many cases are under the filters, as the view's (masked) model shows it: while
   * presenter-safe is on, a hidden count withholds the table.
   */
  count: Figure;
  /** A base for export file names. */
  fileBase: string;
}

const sortNames = { asc: 'ascending', desc: 'descending' } as const;
/** Columns that name the case (shown as its neutral label while presenter-safe is on). */
const nameColumns = new Set(['id', 'title']);
const neutralOrder = new Intl.Collator('en', { numeric: true });

/**
 * Every case under the global filters with all its fields: sortable by any column, filterable per
 * column, and virtualised so only the rows in view are in the page (a 20,000-case table stays
 * small). Rows are case indices; cells read the dataset through the column readers. While
 * presenter-safe is on, the table is withheld when its count is hidden (or under k rows remain),
 * as a case list is: the rows would give the count away, and one row of fields can name its
 * case. Otherwise each cell shows what the table's case disclosure allows (a combination of
 * values shared by k rows), and the columns that name a case or that the codebook does not
 * describe read "hidden in presenter-safe"; sorting and filtering see only what cells show.
 */
export function CaseTable({ loaded, columns, selected, count, fileBase }: CaseTableProps) {
  const { dataset } = loaded;
  const setView = useExplorerStore((s) => s.setView);
  const safe = usePresenterSafe();
  const safeCases = useSafeCases(loaded);
  const safeCells = useMemo(
    () => (safeCases ? safeCaseCells(safeCases, selected) : undefined),
    [safeCases, selected],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const shownColumns = useMemo(
    () => (safe.enabled ? columns.filter((c) => !identifyingCaseFields.has(c.id)) : columns),
    [columns, safe],
  );
  // Under presenter-safe the rows (the cases under the filters) are numbered within this list.
  const label = useMemo(() => safe.caseLabels(selected), [safe, selected]);
  const nameOf = (index: number) => label(index, dataset.cases[index]?.title ?? '');
  const definitions = useMemo(
    () =>
      helper.columns(
        shownColumns.map((column) =>
          helper.accessor(
            ({ index }: CaseRow) => {
              const c = dataset.cases[index];
              // Sorting and filtering see what the cell shows, never a hidden name or value.
              if (safe.enabled && nameColumns.has(column.id)) return label(index, c?.title ?? '');
              if (!c) return '';
              return safeCells?.cell(column.id, index) ?? column.read(c);
            },
            {
              id: column.id,
              header: column.header,
              sortFn: 'alphanumeric',
              filterFn: 'includesString',
              sortUndefined: 'last',
            },
          ),
        ),
      ),
    [shownColumns, dataset, safe, safeCells, label],
  );
  const data = useMemo(() => {
    // Rows in file order would tell an audience holding the source which label is which case.
    const order = safe.enabled
      ? [...selected].sort((a, b) => neutralOrder.compare(label(a, ''), label(b, '')))
      : selected;
    return order.map((index): CaseRow => ({ index }));
  }, [selected, safe, label]);
  const table = useTable({
    features,
    columns: definitions,
    data,
    getRowId: (row) => String(row.index),
  });
  const rows = table.getRowModel().rows;
  // Withheld when the count under the filters is hidden, or the column filters leave fewer than
  // k rows (their number would be a count below k).
  const reason = safe.enabled
    ? (count.hidden ??
      (rows.length > 0 && rows.length < safe.threshold ? ('primary' as const) : undefined))
    : undefined;
  const withheld = reason !== undefined;
  // While withheld, ARIA's "count unknown" (-1): the total would give the count away.
  const rowCount = withheld ? -1 : rows.length + 2;
  const virtualizer = useVirtualizer({
    count: withheld ? 0 : rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    // Without layout (first paint, tests) show the first screenful rather than nothing.
    initialRect: { width: 1200, height: 480 },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const shown = rows.map((r) => r.original.index);
  const totalWidth = shownColumns.reduce((sum, c) => sum + c.width, 0);
  return (
    <div className="case-table-panel">
      <div className="check-controls">
        <p className="check-summary">
          <strong>
            {rows.length === selected.length ? count.text : safe.count(rows.length)} of{' '}
            {safe.count(dataset.cases.length)} cases
          </strong>{' '}
          shown{selected.length < dataset.cases.length ? ' (global filters apply)' : ''}
          {rows.length < selected.length ? '; column filters hide the rest' : ''}.
        </p>
        <DatasetExportButtons dataset={dataset} caseIndices={shown} fileBase={fileBase} />
      </div>
      <div
        ref={scroller}
        className="case-table-scroller"
        role="region"
        aria-label="Case table (scrolls)"
        // A scrolling region takes focus so keyboard users can scroll it (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table
          className="case-table"
          aria-rowcount={rowCount}
          data-evidence="skip"
          style={{ width: totalWidth }}
        >
          <caption className="visually-hidden">Cases</caption>
          <colgroup>
            {shownColumns.map((c) => (
              <col key={c.id} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted ? sortNames[sorted] : 'none'}>
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
            <tr aria-rowindex={2} className="filter-row">
              {table.getAllLeafColumns().map((column) => (
                <td key={column.id}>
                  <input
                    type="search"
                    aria-label={`Filter ${String(column.columnDef.header)}`}
                    value={String(column.getFilterValue() ?? '')}
                    onChange={(e) => column.setFilterValue(e.target.value || undefined)}
                  />
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 && (
              <tr aria-hidden="true" style={{ height: top }}>
                <td colSpan={shownColumns.length} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const c = dataset.cases[row.original.index];
              return (
                <tr key={row.id} aria-rowindex={item.index + 3} style={{ height: rowHeight }}>
                  {row.getAllCells().map((cell) =>
                    cell.column.id === 'title' && c ? (
                      <td key={cell.id}>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setView('case', c.id)}
                        >
                          {nameOf(row.original.index)}
                        </button>
                      </td>
                    ) : (
                      <td key={cell.id} title={String(cell.getValue() ?? '') || undefined}>
                        {String(cell.getValue() ?? '')}
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
            {bottom > 0 && (
              <tr aria-hidden="true" style={{ height: bottom }}>
                <td colSpan={shownColumns.length} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && <p className="check-empty">No case matches these filters.</p>}
        {reason && <p className="check-empty">{withheldListText(reason, safe.threshold)}</p>}
      </div>
    </div>
  );
}
