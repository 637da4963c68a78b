/**
 * Equations a reader can derive by combining the ones they know (adding and subtracting whole
 * equations), which interval propagation alone does not see: "all = Σ regions" and
 * "Σ regions = 8" give "all = 8". Exact integer elimination (no rounding): the rows added are
 * linear consequences of the system's equations, so they change no solution, only how quickly
 * the search proves there is none.
 */
import type { IntegerSystem, LinearConstraint } from './integer-system';

/** Elimination on more than this many row × column × pivot steps is not tried. */
const maxSteps = 2_000_000;
/** Past this size the product of two entries may not be exact in a double: elimination stops. */
const maxCoefficient = 2 ** 26;

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Divides a row by the greatest common divisor of its entries. */
function normalise(row: Float64Array): void {
  let g = 0;
  for (const value of row) if (value !== 0) g = gcd(g, value);
  if (g > 1) for (let i = 0; i < row.length; i += 1) row[i] = (row[i] as number) / g;
}

/**
 * `system` with the rows of the reduced echelon form of its equations added, unknowns fixed by
 * `lo`/`hi` taken as constants, and `last` eliminated last, so that when the equations fix
 * `last` one added row says so on its own. Returns `system` unchanged when the elimination
 * would be too large or its coefficients too big to stay exact.
 */
export function withImpliedEquations(
  system: IntegerSystem,
  lo: Float64Array,
  hi: Float64Array,
  last: number,
): IntegerSystem {
  const columnOf = new Int32Array(lo.length).fill(-1);
  const unknowns: number[] = [];
  for (let v = 0; v < lo.length; v += 1)
    if (v !== last && lo[v] !== hi[v]) columnOf[v] = unknowns.push(v) - 1;
  if (lo[last] !== hi[last]) columnOf[last] = unknowns.push(last) - 1;
  const width = unknowns.length;
  const rows: Float64Array[] = [];
  for (const { vars, coefs, rhs } of system.constraints) {
    const row = new Float64Array(width + 1);
    row[width] = rhs;
    vars.forEach((v, i) => {
      const column = columnOf[v] as number;
      const coef = coefs[i] as number;
      if (column >= 0) row[column] = (row[column] as number) + coef;
      else row[width] = (row[width] as number) - coef * (lo[v] as number);
    });
    rows.push(row);
  }
  if (rows.some((row) => row.some((value) => Math.abs(value) > maxCoefficient))) return system;
  if (rows.length * width * Math.min(rows.length, width) > maxSteps) return system;
  let rank = 0;
  for (let column = 0; column < width && rank < rows.length; column += 1) {
    const pivotRow = rows.findIndex((row, r) => r >= rank && row[column] !== 0);
    if (pivotRow < 0) continue;
    const pivot = rows[pivotRow] as Float64Array;
    rows[pivotRow] = rows[rank] as Float64Array;
    rows[rank] = pivot;
    const p = pivot[column] as number;
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r] as Float64Array;
      const q = row[column] as number;
      if (r === rank || q === 0) continue;
      for (let i = 0; i <= width; i += 1)
        row[i] = p * (row[i] as number) - q * (pivot[i] as number);
      normalise(row);
      for (const value of row) if (Math.abs(value) > maxCoefficient) return system;
    }
    rank += 1;
  }
  const added: LinearConstraint[] = rows.slice(0, rank).map((row) => {
    const vars: number[] = [];
    const coefs: number[] = [];
    row.forEach((coef, column) => {
      if (column < width && coef !== 0) {
        vars.push(unknowns[column] as number);
        coefs.push(coef);
      }
    });
    return { vars, coefs, rhs: row[width] as number };
  });
  // A row 0 = c (c ≠ 0) says the equations conflict: kept, propagation then finds no solution.
  for (const row of rows.slice(rank))
    if (row[width] !== 0) added.push({ vars: [], coefs: [], rhs: row[width] as number });
  const constraints = [...system.constraints, ...added];
  const constraintsOf: number[][] = system.names.map(() => []);
  constraints.forEach((c, i) => c.vars.forEach((v) => constraintsOf[v]?.push(i)));
  return { ...system, constraints, constraintsOf };
}
