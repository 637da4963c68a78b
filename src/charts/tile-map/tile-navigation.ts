/** A mark's centre, for moving between marks with the arrow keys. */
export interface MarkPoint {
  x: number;
  y: number;
}

const directions: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The mark an arrow key moves to from mark `from`: the nearest mark in that direction, straying
 * sideways as little as possible; Home and End go to the first and last. Returns `from` when
 * there is none that way, and -1 for any other key.
 */
export function nextMark(points: readonly MarkPoint[], from: number, key: string): number {
  if (key === 'Home') return 0;
  if (key === 'End') return points.length - 1;
  const direction = directions[key];
  const origin = points[from];
  if (!direction || !origin) return -1;
  const [dx, dy] = direction;
  let best = from;
  let bestScore = Number.POSITIVE_INFINITY;
  points.forEach((p, i) => {
    const along = (p.x - origin.x) * dx + (p.y - origin.y) * dy;
    if (i === from || along <= 0) return;
    const aside = Math.abs((p.x - origin.x) * dy) + Math.abs((p.y - origin.y) * dx);
    const score = along + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
