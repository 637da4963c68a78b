import fc from 'fast-check';
import { withImpliedEquations } from './implied-equations';
import type { IntegerSystem, LinearConstraint } from './integer-system';

/** A small random system: 2–5 unknowns in short intervals (some fixed), 1–4 equations. */
const systemArbitrary = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
    minLength: 2,
    maxLength: 5,
  })
  .chain((intervals) =>
    fc
      .array(
        fc.tuple(
          fc.array(fc.constantFrom(-2, -1, 0, 1, 1, 2), {
            minLength: intervals.length,
            maxLength: intervals.length,
          }),
          fc.integer({ min: -8, max: 8 }),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .chain((rows) =>
        fc.nat({ max: intervals.length - 1 }).map((last): [IntegerSystem, number] => {
          const constraints: LinearConstraint[] = rows.map(([coefs, rhs]) => {
            const vars = coefs.flatMap((c, v) => (c === 0 ? [] : [v]));
            return { vars, coefs: vars.map((v) => coefs[v] ?? 0), rhs };
          });
          const system: IntegerSystem = {
            names: intervals.map((_, v) => `x${v}`),
            lo: Float64Array.from(intervals.map(([lo]) => lo)),
            hi: Float64Array.from(intervals.map(([lo, width]) => lo + width)),
            truth: Float64Array.from(intervals.map(() => Number.NaN)),
            constraints,
            constraintsOf: intervals.map((_, v) =>
              constraints.flatMap((c, i) => (c.vars.includes(v) ? [i] : [])),
            ),
          };
          return [system, last];
        }),
      ),
  );

/** Every integer point in the box that satisfies every equation (brute force). */
function solutions(system: IntegerSystem): string[] {
  let points: number[][] = [[]];
  system.names.forEach((_, v) => {
    const next: number[][] = [];
    for (const point of points)
      for (let x = system.lo[v] ?? 0; x <= (system.hi[v] ?? 0); x += 1) next.push([...point, x]);
    points = next;
  });
  return points
    .filter((point) =>
      system.constraints.every(
        (c) => c.vars.reduce((sum, v, i) => sum + (c.coefs[i] ?? 0) * (point[v] ?? 0), 0) === c.rhs,
      ),
    )
    .map((point) => point.join(','));
}

describe('withImpliedEquations, against brute force', () => {
  it('adds only equations every solution satisfies, so the solutions are the same', () => {
    fc.assert(
      fc.property(systemArbitrary, ([system, last]) => {
        const augmented = withImpliedEquations(system, system.lo, system.hi, last);
        expect(solutions(augmented)).toEqual(solutions(system));
      }),
      { numRuns: 500 },
    );
  });

  it('when the equations fix the last unknown, says so in one added equation', () => {
    // x0 + x1 = x2 and x0 + x1 = 5: x2 is 5 whatever x0 and x1 are.
    const system: IntegerSystem = {
      names: ['x0', 'x1', 'x2'],
      lo: Float64Array.from([0, 0, 0]),
      hi: Float64Array.from([9, 9, 9]),
      truth: Float64Array.from([2, 3, 5]),
      constraints: [
        { vars: [0, 1, 2], coefs: [1, 1, -1], rhs: 0 },
        { vars: [0, 1], coefs: [1, 1], rhs: 5 },
      ],
      constraintsOf: [[0, 1], [0, 1], [0]],
    };
    const added = withImpliedEquations(system, system.lo, system.hi, 2).constraints.slice(2);
    expect(added).toContainEqual({ vars: [2], coefs: [1], rhs: 5 });
  });
});
