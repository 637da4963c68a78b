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
/** Rows are divided by the common divisor of their entries once an entry grows past this. */
const reduceAbove = 2 ** 12;

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
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
  const width = unknowns.length + 1;
  const count = system.constraints.length;
  if (count * width * Math.min(count, width) > maxSteps) return system;
  // Row r is matrix[r * width …]; its last entry is the right-hand side.
  const matrix = new Float64Array(count * width);
  system.constraints.forEach(({ vars, coefs, rhs }, r) => {
    const row = r * width;
    matrix[row + width - 1] = rhs;
    for (let i = 0; i < vars.length; i += 1) {
      const v = vars[i] as number;
      const coef = coefs[i] as number;
      const column = columnOf[v] as number;
      if (column >= 0) matrix[row + column] = (matrix[row + column] as number) + coef;
      else matrix[row + width - 1] = (matrix[row + width - 1] as number) - coef * (lo[v] as number);
    }
  });
  for (const value of matrix) if (Math.abs(value) > maxCoefficient) return system;
  const order = Array.from({ length: count }, (_, r) => r);
  const nonzero: number[] = [];
  let rank = 0;
  for (let column = 0; column < width - 1 && rank < count; column += 1) {
    let pick = rank;
    while (pick < count && matrix[(order[pick] as number) * width + column] === 0) pick += 1;
    if (pick === count) continue;
    const pivotRow = order[pick] as number;
    order[pick] = order[rank] as number;
    order[rank] = pivotRow;
    const pivot = pivotRow * width;
    const p = matrix[pivot + column] as number;
    nonzero.length = 0;
    for (let i = 0; i < width; i += 1) if (matrix[pivot + i] !== 0) nonzero.push(i);
    for (let r = 0; r < count; r += 1) {
      const row = (order[r] as number) * width;
      const q = matrix[row + column] as number;
      if (r === rank || q === 0) continue;
      // row := p · row − q · pivot (no scaling needed when p is ±1: row − (q / p) · pivot).
      const scale = p === 1 || p === -1 ? 1 : p;
      const factor = scale === 1 ? q * p : q;
      if (scale !== 1)
        for (let i = 0; i < width; i += 1) matrix[row + i] = scale * (matrix[row + i] as number);
      for (const i of nonzero)
        matrix[row + i] = (matrix[row + i] as number) - factor * (matrix[pivot + i] as number);
      let largest = 0;
      for (let i = 0; i < width; i += 1)
        largest = Math.max(largest, Math.abs(matrix[row + i] as number));
      if (largest > reduceAbove) {
        let g = 0;
        for (let i = 0; i < width; i += 1)
          if (matrix[row + i] !== 0) g = gcd(g, matrix[row + i] as number);
        for (let i = 0; i < width && g > 1; i += 1)
          matrix[row + i] = (matrix[row + i] as number) / g;
        largest = 0;
        for (let i = 0; i < width; i += 1)
          largest = Math.max(largest, Math.abs(matrix[row + i] as number));
        if (largest > maxCoefficient) return system;
      }
    }
    rank += 1;
  }
  const added: LinearConstraint[] = [];
  for (let r = 0; r < count; r += 1) {
    const row = (order[r] as number) * width;
    const vars: number[] = [];
    const coefs: number[] = [];
    for (let column = 0; column < width - 1; column += 1) {
      const coef = matrix[row + column] as number;
      if (coef === 0) continue;
      vars.push(unknowns[column] as number);
      coefs.push(coef);
    }
    const rhs = matrix[row + width - 1] as number;
    // Past the rank a row is 0 = rhs: kept only when it says the equations conflict.
    if (r < rank || rhs !== 0) added.push({ vars, coefs, rhs });
  }
  const constraints = [...system.constraints, ...added];
  const constraintsOf: number[][] = system.names.map(() => []);
  constraints.forEach((c, i) => c.vars.forEach((v) => constraintsOf[v]?.push(i)));
  return { ...system, constraints, constraintsOf };
}
