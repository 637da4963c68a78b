/**
 * The integer system a question about one hidden quantity needs: the quantities the reader does
 * not know that are linked to it through equations (a connected component), each in the
 * interval its marker allows, with shown and derived values as constants.
 */
import type { DisclosureEquation } from './disclosure-types';
import type { IntegerSystem, LinearConstraint } from './integer-system';
import { derivedValues, type ReaderKnowledge } from './reader-knowledge';

/** The interval a reader knows a quantity not shown lies in. */
function readerInterval(knowledge: ReaderKnowledge, quantity: string): [number, number] {
  const { k, bound } = knowledge;
  // A 0 behind a marker (never produced here: 0 is shown unless withheld) would read "0, or k or
  // more"; 0 … bound covers both.
  const value = knowledge.truth.get(quantity);
  if (!knowledge.marked.has(quantity) || value === undefined || value === 0) return [0, bound];
  return value < k ? [1, k - 1] : [k, bound];
}

/**
 * The integer system of the unknowns linked to `seed` through equations (a connected
 * component): shown values become constants, each unknown gets the interval the reader knows.
 */
export function componentSystem(knowledge: ReaderKnowledge, seed: string): IntegerSystem {
  const index = new Map<string, number>([[seed, 0]]);
  const names = [seed];
  const seen = new Set<number>();
  const constraints: LinearConstraint[] = [];
  const derived = derivedValues(knowledge);
  const constant = (q: string) =>
    knowledge.shown.has(q) ? (knowledge.truth.get(q) ?? 0) : derived.get(q);
  for (let next = 0; next < names.length; next += 1) {
    for (const e of knowledge.equationsOf.get(names[next] as string) ?? []) {
      if (seen.has(e)) continue;
      seen.add(e);
      const { total, parts } = knowledge.equations[e] as DisclosureEquation;
      const coefByVar = new Map<number, number>();
      let rhs = 0;
      const term = (q: string, coef: number) => {
        const value = constant(q);
        if (value !== undefined) {
          rhs -= coef * value;
          return;
        }
        let v = index.get(q);
        if (v === undefined) {
          v = names.length;
          index.set(q, v);
          names.push(q);
        }
        coefByVar.set(v, (coefByVar.get(v) ?? 0) + coef);
      };
      term(total, 1);
      for (const part of parts) term(part, -1);
      const terms = [...coefByVar].filter(([, coef]) => coef !== 0);
      constraints.push({ vars: terms.map(([v]) => v), coefs: terms.map(([, c]) => c), rhs });
    }
  }
  const lo = new Float64Array(names.length);
  const hi = new Float64Array(names.length);
  const truth = new Float64Array(names.length);
  const constraintsOf: number[][] = names.map(() => []);
  names.forEach((q, v) => {
    [lo[v], hi[v]] = readerInterval(knowledge, q);
    truth[v] = knowledge.truth.get(q) ?? Number.NaN;
  });
  constraints.forEach((c, i) => c.vars.forEach((v) => constraintsOf[v]?.push(i)));
  return { names, lo, hi, truth, constraints, constraintsOf };
}
