import type { ForceTile } from './force-tiles';

/** The grid's placement: tile `column` starts at `margin + column * step`. */
export interface TileGeometry {
  margin: number;
  step: number;
  gap: number;
}

/** A rectangle of a region's fill. */
export interface RegionCell {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The shape of a region's tiles: each tile's fill grown over the gap towards members beside it,
 * so the region reads as one shape; its outline, drawn in the gaps (an SVG path of the edges a
 * member shares with no other member); and the member nearest its centre, where its label goes.
 */
export function regionOutline(
  members: readonly ForceTile[],
  { margin, step, gap }: TileGeometry,
): { outline: string; cells: RegionCell[]; labelTile: ForceTile | undefined } {
  const has = new Set(members.map((t) => `${t.column},${t.row}`));
  const member = (column: number, row: number) => has.has(`${column},${row}`);
  const edges: string[] = [];
  const half = gap / 2;
  const cells = members.map(({ column, row }) => {
    const grow = (c: number, r: number) => (member(c, r) ? half : 0);
    const x = margin + column * step - grow(column - 1, row);
    const y = margin + row * step - grow(column, row - 1);
    const size = step - gap;
    return {
      x,
      y,
      width: size + grow(column - 1, row) + grow(column + 1, row),
      height: size + grow(column, row - 1) + grow(column, row + 1),
    };
  });
  for (const { column, row } of members) {
    const left = margin + column * step - gap / 2;
    const top = margin + row * step - gap / 2;
    if (!member(column - 1, row)) edges.push(`M${left},${top}V${top + step}`);
    if (!member(column + 1, row)) edges.push(`M${left + step},${top}V${top + step}`);
    if (!member(column, row - 1)) edges.push(`M${left},${top}H${left + step}`);
    if (!member(column, row + 1)) edges.push(`M${left},${top + step}H${left + step}`);
  }
  const meanColumn = members.reduce((s, t) => s + t.column, 0) / Math.max(1, members.length);
  const meanRow = members.reduce((s, t) => s + t.row, 0) / Math.max(1, members.length);
  let labelTile: ForceTile | undefined;
  let nearest = Number.POSITIVE_INFINITY;
  for (const t of members) {
    const d = (t.column - meanColumn) ** 2 + (t.row - meanRow) ** 2;
    if (d < nearest) {
      nearest = d;
      labelTile = t;
    }
  }
  return { outline: edges.join(''), cells, labelTile };
}
