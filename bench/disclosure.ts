/**
 * Disclosure control benchmarks: suppressState of one state, and disclose of a current state
 * with 5 neighbours, for the view of bench/disclosure-view.ts (8 charts × 10–40 rows) at the
 * dataset's size. Cold: every state is new (nothing cached); warm: the neighbours' own
 * suppression is already known (as when the same state objects come back).
 */
import { possibleValues } from '../src/query/disclosure/audit';
import { disclose } from '../src/query/disclosure/disclose';
import type { DisclosureRequest, DisclosureState } from '../src/query/disclosure/disclosure-types';
import { suppressState } from '../src/query/disclosure/suppress-state';
import { benchmarkRequest } from './disclosure-view';
import { measure, type BenchFigure } from './harness';

const k = 5;

/** The same states as new objects, so nothing is taken from suppressState's cache. */
function fresh(request: DisclosureRequest): DisclosureRequest {
  const copy = (s: DisclosureState): DisclosureState => ({
    cells: [...s.cells],
    equations: s.equations,
  });
  return { ...request, current: copy(request.current), neighbours: request.neighbours.map(copy) };
}

/** What the suppression hides at this size, and how many small counts keep all k − 1 values. */
export function disclosureSummary(n: number): string {
  const request = benchmarkRequest(n, k);
  const hidden = disclose(request);
  const reasons = new Map<string, number>();
  for (const reason of hidden.values()) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const screen = [{ cells: request.current.cells, hidden }];
  const small = [...hidden].filter(([, reason]) => reason === 'primary').map(([q]) => q);
  const full = small.filter(
    (q) => possibleValues(screen, request.current.equations, k, q, k).values.length >= k - 1,
  ).length;
  return (
    `N = ${n}: ${request.current.cells.length} cells a state, hidden ${hidden.size} ` +
    `(${[...reasons].map(([r, c]) => `${c} ${r}`).join(', ')}); ` +
    `${full} of ${small.length} counts under k keep all of 1…${k - 1} on the screen alone`
  );
}

/** The three disclosure figures at `n` cases. */
export function disclosureBenchmarks(n: number): BenchFigure[] {
  const request = benchmarkRequest(n, k);
  const runs = 15;
  const alone = measure(
    'disclosure: suppressState, one state (8 charts, 10-40 rows)',
    n,
    () => suppressState(fresh(request).current, k).size,
    runs,
  );
  const cold = measure(
    'disclosure: disclose, current + 5 neighbours, cold',
    n,
    () => disclose(fresh(request)).size,
    runs,
  );
  const warm = measure(
    'disclosure: disclose, neighbours already suppressed',
    n,
    () => disclose({ ...request, current: fresh(request).current }).size,
    runs,
  );
  return [alone, cold, warm];
}
