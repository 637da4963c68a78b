import fc from 'fast-check';
import { auditDisclosure } from './audit';
import { disclose } from './disclose';
import { distinctEquations, suppressState } from './suppress-state';
import { requestArbitrary } from './generated-views';

describe('disclose, on generated views (1,000 a run)', () => {
  it('leaves no count under k that the screen and a neighbour give away together, and no hidden count the screen alone gives away', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        const hidden = disclose(request);
        const screen = { cells: request.current.cells, hidden };
        expect(auditDisclosure([screen], request.current.equations, request.k)).toEqual([]);
        for (const neighbour of request.neighbours) {
          const seenBefore = {
            cells: neighbour.cells,
            hidden: suppressState(neighbour, request.k),
          };
          const equations = distinctEquations([
            request.current.equations,
            neighbour.equations,
            request.links ?? [],
          ]);
          const findings = auditDisclosure([screen, seenBefore], equations, request.k);
          expect(findings.filter((f) => f.exhausted)).toEqual([]);
          // A count under k is left only where the neighbour's screen alone gives it (a sum of
          // its "< k" cells beside its totals): nothing hidden on this screen can help.
          const small = findings.filter((f) => f.small).map((f) => f.quantity);
          const byNeighbour = auditDisclosure([seenBefore], equations, request.k);
          expect(byNeighbour.map((f) => f.quantity)).toEqual(expect.arrayContaining(small));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('only ever hides more than suppressState of the same state (why a neighbour may be taken as its suppressState)', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        const alone = suppressState(request.current, request.k);
        const hidden = disclose(request);
        for (const [quantity, reason] of alone) {
          expect(hidden.has(quantity)).toBe(true);
          if (reason === 'withheld') expect(hidden.get(quantity)).toBe('withheld');
        }
      }),
      { numRuns: 200 },
    );
  });
});
