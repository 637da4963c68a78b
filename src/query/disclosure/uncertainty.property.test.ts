import fc from 'fast-check';
import type { DisclosureEquation, DisclosureState, HiddenReason } from './disclosure-types';
import { breakdown, countArbitrary, table, together } from './generated-views';
import { searchSolution, type IntegerSystem, type LinearConstraint } from './integer-system';
import { searchComponent, searchNear } from './local-search';
import { searchWitness } from './witness-search';
import { inferTruth, mustStayUncertain, readerKnowledge } from './reader-knowledge';
import { judgeUncertainty } from './uncertainty';

/**
 * The question the fast path answers, asked the slow, plain way: one integer system of every
 * quantity not shown, each in the interval its marker allows, every equation a constraint, and
 * the exact depth-first search of integer-system.ts (checked against brute force in
 * integer-system.test.ts) looking for a solution with the quantity off its true value. Nothing
 * here goes through the reader system, the in-place searches, the moves, elimination or caches.
 * Undefined when its budget runs out (rare: a proof by interval reasoning over wide intervals
 * that elimination would give at once); such questions are not compared.
 */
function plainlyUncertain(
  shown: ReadonlySet<string>,
  marked: ReadonlySet<string>,
  equations: readonly DisclosureEquation[],
  truth: ReadonlyMap<string, number>,
  k: number,
  quantity: string,
): boolean | undefined {
  let sum = 0;
  for (const value of truth.values()) sum += Math.abs(value);
  const bound = 2 * sum + k;
  const names: string[] = [];
  const index = new Map<string, number>();
  const unknown = (q: string) => {
    if (!index.has(q)) index.set(q, names.push(q) - 1);
    return index.get(q) as number;
  };
  unknown(quantity);
  const constraints: LinearConstraint[] = equations.map(({ total, parts }) => {
    const coefByVar = new Map<number, number>();
    let rhs = 0;
    for (const [q, coef] of [[total, 1] as const, ...parts.map((p) => [p, -1] as const)]) {
      if (shown.has(q)) rhs -= coef * (truth.get(q) ?? 0);
      else {
        const v = unknown(q);
        coefByVar.set(v, (coefByVar.get(v) ?? 0) + coef);
      }
    }
    const terms = [...coefByVar].filter(([, coef]) => coef !== 0);
    return { vars: terms.map(([v]) => v), coefs: terms.map(([, c]) => c), rhs };
  });
  const intervals = names.map((q): [number, number] => {
    const value = truth.get(q);
    if (!marked.has(q) || value === undefined || value === 0) return [0, bound];
    return value < k ? [1, k - 1] : [k, bound];
  });
  const system: IntegerSystem = {
    names,
    lo: Float64Array.from(intervals, ([lo]) => lo),
    hi: Float64Array.from(intervals, ([, hi]) => hi),
    truth: Float64Array.from(names, (q) => truth.get(q) ?? Number.NaN),
    constraints,
    constraintsOf: names.map((_, v) =>
      constraints.flatMap((c, i) => (c.vars.includes(v) ? [i] : [])),
    ),
  };
  const value = truth.get(quantity) as number;
  const outcomes = [
    [system.lo[0] as number, value - 1],
    [value + 1, system.hi[0] as number],
  ].map(([from, to]) => {
    if ((from as number) > (to as number)) return 'infeasible';
    const lo = system.lo.slice();
    const hi = system.hi.slice();
    lo[0] = from as number;
    hi[0] = to as number;
    return searchSolution(system, lo, hi, { left: 200_000 });
  });
  if (outcomes.some((o) => o instanceof Float64Array)) return true;
  return outcomes.includes('exhausted') ? undefined : false;
}

const k = 3;

/** A small view: a two-way table with totals, or outcomes over sub-categories, or both. */
const stateArbitrary: fc.Arbitrary<DisclosureState> = fc.oneof(
  fc
    .array(fc.array(countArbitrary(k), { minLength: 2, maxLength: 3 }), {
      minLength: 2,
      maxLength: 3,
    })
    .filter((rows) => rows.every((row) => row.length === rows[0]?.length))
    .map((rows) => table('t', rows)),
  fc.array(countArbitrary(k), { minLength: 2, maxLength: 4 }).chain((parts) =>
    fc.array(countArbitrary(k), { minLength: 1, maxLength: 3 }).map((others) => {
      const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
      return together(
        breakdown(
          'a',
          ['n', sum(parts) + sum(others)],
          [...parts.map((v, i) => [`a${i}`, v] as const), ['rest', sum(others)]],
        ),
        breakdown(
          'b',
          ['rest', sum(others)],
          others.map((v, i) => [`b${i}`, v] as const),
        ),
      );
    }),
  ),
);

/** How each cell is shown: its own marker, hidden anyway, withheld, or not on screen at all. */
const displayArbitrary = stateArbitrary.chain((state) =>
  fc
    .array(fc.constantFrom('show', 'hide', 'withhold', 'absent'), {
      minLength: state.cells.length,
      maxLength: state.cells.length,
    })
    .map((choices) => {
      const hidden = new Map<string, HiddenReason>();
      const cells = state.cells.filter((cell, i) => {
        const choice = choices[i];
        const small = cell.value > 0 && cell.value < k;
        if (choice === 'withhold') hidden.set(cell.quantity, 'withheld');
        else if (small) hidden.set(cell.quantity, 'primary');
        else if (choice === 'hide' && cell.value >= k) hidden.set(cell.quantity, 'secondary');
        return choice !== 'absent' || hidden.has(cell.quantity);
      });
      return { state, cells, hidden };
    }),
);

describe('judgeUncertainty, against the plain exact search (300 generated screens a run)', () => {
  it('says a hidden count keeps two values exactly when it does, and settles only such counts', () => {
    fc.assert(
      fc.property(displayArbitrary, ({ state, cells, hidden }) => {
        const truth = inferTruth(state.cells, state.equations);
        const knowledge = readerKnowledge([{ cells, hidden }], state.equations, truth, k);
        const shown = new Set(cells.map((c) => c.quantity).filter((q) => !hidden.has(q)));
        const marked = new Set([...hidden].filter(([, r]) => r !== 'withheld').map(([q]) => q));
        const settled = new Set<string>();
        const quantities = new Set([
          ...state.cells.map((c) => c.quantity),
          ...state.equations.flatMap((e) => [e.total, ...e.parts]),
        ]);
        for (const quantity of quantities) {
          if (!mustStayUncertain(knowledge, quantity)) continue;
          const verdict = judgeUncertainty(knowledge, quantity, settled, 10_000_000);
          expect(verdict.exhausted).toBe(false);
          const plain = plainlyUncertain(shown, marked, state.equations, truth, k, quantity);
          if (plain !== undefined) expect(verdict.uncertain).toBe(plain);
        }
        // Every count a solution found along the way settled keeps two values.
        for (const quantity of settled)
          expect(plainlyUncertain(shown, marked, state.equations, truth, k, quantity)).not.toBe(
            false,
          );
      }),
      { numRuns: 300 },
    );
  });
});

describe('the searches in place, against the plain exact search', () => {
  it('report only real solutions, and "none" only where there is none', () => {
    fc.assert(
      fc.property(displayArbitrary, ({ state, cells, hidden }) => {
        const truth = inferTruth(state.cells, state.equations);
        const knowledge = readerKnowledge([{ cells, hidden }], state.equations, truth, k);
        const { system } = knowledge;
        const shown = new Set(cells.map((c) => c.quantity).filter((q) => !hidden.has(q)));
        const marked = new Set([...hidden].filter(([, r]) => r !== 'withheld').map(([q]) => q));
        const bound = knowledge.bound;
        /** Whether the moves a search reported make a solution the reader allows. */
        const isSolution = (moves: ReadonlyMap<number, number>) => {
          const at = (q: string) => {
            const v = system.index.get(q) as number;
            return moves.get(v) ?? (truth.get(q) as number);
          };
          for (const [v, value] of moves) {
            const q = system.names[v] as string;
            const t = truth.get(q) as number;
            const [lo, hi] = shown.has(q)
              ? [t, t]
              : !marked.has(q) || t === 0
                ? [0, bound]
                : t < k
                  ? [1, k - 1]
                  : [k, bound];
            if (value < lo || value > hi) return false;
          }
          return state.equations.every(
            ({ total, parts }) => at(total) === parts.reduce((sum, p) => sum + at(p), 0),
          );
        };
        for (const quantity of system.names.slice(0, system.size)) {
          if (!mustStayUncertain(knowledge, quantity)) continue;
          const x = system.index.get(quantity) as number;
          const t = truth.get(quantity) as number;
          const plain = plainlyUncertain(shown, marked, state.equations, truth, k, quantity);
          const sides = [
            [system.lo[x] as number, t - 1],
            [t + 1, system.hi[x] as number],
          ].filter(([from, to]) => (from as number) <= (to as number));
          // A complete search's 'found' must be a solution (and then the plain search finds one
          // too); its 'infeasible' on every side, the plain search's none. Out of budget: no claim.
          const complete = (search: (moves: Map<number, number>) => string) => {
            const moves = new Map<number, number>();
            const outcome = search(moves);
            if (outcome === 'found') {
              expect(isSolution(moves)).toBe(true);
              expect(moves.get(x)).not.toBe(t);
              expect(plain).not.toBe(false);
            }
            return outcome;
          };
          const near = sides.map((side) =>
            complete((moves) =>
              searchNear(
                system,
                x,
                side[0] as number,
                side[1] as number,
                { left: 200_000 },
                (v, value) => moves.set(v, value),
              ),
            ),
          );
          if (near.every((outcome) => outcome === 'infeasible')) expect(plain).not.toBe(true);
          const whole = complete((moves) =>
            searchComponent(system, x, sides, 1000, { left: 200_000 }, (v, value) =>
              moves.set(v, value),
            ),
          );
          if (whole === 'infeasible') expect(plain).not.toBe(true);
          for (const value of [t - 1, t + 1]) {
            const moves = new Map<number, number>();
            if (
              searchWitness(system, x, value, { left: 1e5 }, (v, at) => moves.set(v, at)) ===
              'found'
            ) {
              expect(plain).not.toBe(false);
              expect(isSolution(moves)).toBe(true);
              expect(moves.get(x)).toBe(value);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
