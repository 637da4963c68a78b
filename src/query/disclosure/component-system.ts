/**
 * The integer system a question about one hidden quantity needs: the quantities the reader does
 * not know that are linked to it through equations (a connected component), each in the
 * interval the reader knows, with shown values as constants. Taken from the reader's whole
 * system (reader-system.ts), for the searches of integer-system.ts.
 */
import type { IntegerSystem, LinearConstraint } from './integer-system';
import type { ReaderSystem } from './reader-system';

/**
 * The component of unknown `seed` (its unknown 0), or undefined when it has more than
 * `maxUnknowns` unknowns.
 */
export function componentSystem(
  reader: ReaderSystem,
  seed: number,
  maxUnknowns = Number.POSITIVE_INFINITY,
): IntegerSystem | undefined {
  const { start, vars, coefs, occStart, occ, lo, hi } = reader;
  const local = new Map<number, number>([[seed, 0]]);
  const members = [seed];
  const seen = new Set<number>();
  const constraints: LinearConstraint[] = [];
  for (let next = 0; next < members.length; next += 1) {
    const u = members[next] as number;
    for (let i = occStart[u] as number; i < (occStart[u + 1] as number); i += 1) {
      const e = occ[i] as number;
      if (seen.has(e)) continue;
      seen.add(e);
      const terms: number[] = [];
      const factors: number[] = [];
      let rhs = 0;
      for (let j = start[e] as number; j < (start[e + 1] as number); j += 1) {
        const w = vars[j] as number;
        const coef = coefs[j] as number;
        if (lo[w] === hi[w]) {
          rhs -= coef * (lo[w] as number);
          continue;
        }
        let v = local.get(w);
        if (v === undefined) {
          if (members.length >= maxUnknowns) return undefined;
          v = members.length;
          local.set(w, v);
          members.push(w);
        }
        terms.push(v);
        factors.push(coef);
      }
      constraints.push({ vars: terms, coefs: factors, rhs });
    }
  }
  const constraintsOf: number[][] = members.map(() => []);
  constraints.forEach((c, i) => c.vars.forEach((v) => constraintsOf[v]?.push(i)));
  return {
    names: members.map((w) => reader.names[w] as string),
    lo: Float64Array.from(members, (w) => lo[w] as number),
    hi: Float64Array.from(members, (w) => hi[w] as number),
    truth: Float64Array.from(members, (w) => reader.reference[w] as number),
    constraints,
    constraintsOf,
  };
}
