import fc from 'fast-check';
import {
  propagate,
  searchSolution,
  type IntegerSystem,
  type LinearConstraint,
} from './integer-system';

/** A small random system: 1–4 unknowns in short intervals, 1–3 equations with small coefficients. */
const systemArbitrary = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 })), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((intervals) =>
    fc
      .array(
        fc.tuple(
          fc.array(fc.constantFrom(-2, -1, 0, 1, 2), {
            minLength: intervals.length,
            maxLength: intervals.length,
          }),
          fc.integer({ min: -12, max: 12 }),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((rows): IntegerSystem => {
        const constraints: LinearConstraint[] = rows.map(([coefs, rhs]) => {
          const vars = coefs.flatMap((c, v) => (c === 0 ? [] : [v]));
          return { vars, coefs: vars.map((v) => coefs[v] ?? 0), rhs };
        });
        return {
          names: intervals.map((_, v) => `x${v}`),
          lo: Float64Array.from(intervals.map(([lo]) => lo)),
          hi: Float64Array.from(intervals.map(([lo, width]) => lo + width)),
          truth: Float64Array.from(intervals.map(() => Number.NaN)),
          constraints,
          constraintsOf: intervals.map((_, v) =>
            constraints.flatMap((c, i) => (c.vars.includes(v) ? [i] : [])),
          ),
        };
      }),
  );

/** Every integer point in the box that satisfies every equation (brute force). */
function allSolutions(system: IntegerSystem): number[][] {
  let points: number[][] = [[]];
  system.names.forEach((_, v) => {
    const next: number[][] = [];
    for (const point of points)
      for (let x = system.lo[v] ?? 0; x <= (system.hi[v] ?? 0); x += 1) next.push([...point, x]);
    points = next;
  });
  return points.filter((point) => system.constraints.every((c) => satisfies(c, point)));
}

function satisfies(c: LinearConstraint, point: readonly number[]): boolean {
  return c.vars.reduce((sum, v, i) => sum + (c.coefs[i] ?? 0) * (point[v] ?? 0), 0) === c.rhs;
}

const allConstraints = (system: IntegerSystem) => system.constraints.map((_, i) => i);

describe('the integer solver, against brute force', () => {
  it('finds a solution exactly when one exists, and what it finds is one', () => {
    fc.assert(
      fc.property(systemArbitrary, (system) => {
        const found = searchSolution(system, system.lo, system.hi, { left: 1e6 });
        const solutions = allSolutions(system);
        if (solutions.length === 0) expect(found).toBe('infeasible');
        else {
          expect(found).toBeInstanceOf(Float64Array);
          const point = [...(found as Float64Array)];
          system.names.forEach((_, v) => {
            expect(point[v]).toBeGreaterThanOrEqual(system.lo[v] ?? 0);
            expect(point[v]).toBeLessThanOrEqual(system.hi[v] ?? 0);
          });
          for (const c of system.constraints) expect(satisfies(c, point)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('propagation never removes a value some solution takes', () => {
    fc.assert(
      fc.property(systemArbitrary, (system) => {
        const lo = system.lo.slice();
        const hi = system.hi.slice();
        const outcome = propagate(system, lo, hi, allConstraints(system), { left: 1e6 });
        const solutions = allSolutions(system);
        if (outcome === false) expect(solutions).toEqual([]);
        for (const point of solutions) {
          point.forEach((x, v) => {
            expect(x).toBeGreaterThanOrEqual(lo[v] ?? 0);
            expect(x).toBeLessThanOrEqual(hi[v] ?? 0);
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the work budget', () => {
  // x + y = 7 and x − y = 0 have no integer solution, but propagation alone only narrows the
  // intervals one step at a time: the search must branch to prove it.
  const parity: IntegerSystem = {
    names: ['x', 'y'],
    lo: Float64Array.from([0, 0]),
    hi: Float64Array.from([1000, 1000]),
    truth: Float64Array.from([Number.NaN, Number.NaN]),
    constraints: [
      { vars: [0, 1], coefs: [1, 1], rhs: 7 },
      { vars: [0, 1], coefs: [1, -1], rhs: 0 },
    ],
    constraintsOf: [
      [0, 1],
      [0, 1],
    ],
  };

  it('says the search was cut short when the budget runs out', () => {
    expect(searchSolution(parity, parity.lo, parity.hi, { left: 3 })).toBe('exhausted');
  });

  it('proves there is no solution when the budget allows', () => {
    expect(searchSolution(parity, parity.lo, parity.hi, { left: 10_000 })).toBe('infeasible');
  });
});
