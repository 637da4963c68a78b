import type { ForceTile } from './force-tiles';

/** The grid's placement: tile `column` starts at `margin + column * step`. */
export interface TileGeometry {
  margin: number;
  step: number;
  gap: number;
}

/**
 * The outline of a region's tiles, drawn in the gaps between tiles (an SVG path of the edges a
 * member tile shares with no other member), and the member nearest the region's centre, where
 * its label goes.
 */
export function regionOutline(
  members: readonly ForceTile[],
  { margin, step, gap }: TileGeometry,
): { outline: string; labelTile: ForceTile | undefined } {
  const has = new Set(members.map((t) => `${t.column},${t.row}`));
  const member = (column: number, row: number) => has.has(`${column},${row}`);
  const edges: string[] = [];
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
  return { outline: edges.join(''), labelTile };
}
