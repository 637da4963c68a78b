import fc from 'fast-check';
import { claimId, madeUpId } from './table';
import { nextFreeCount, numberedId } from './unique-ids';

/** The numbering as it was written before: count up from 2 on every repeat. */
function claimByCounting(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n += 1) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

function madeUpByCounting(
  prefix: string,
  n: number,
  taken: Set<string>,
  given: ReadonlySet<string>,
): string {
  let count = n;
  while (taken.has(`${prefix}${count}`) || given.has(`${prefix}${count}`)) count += 1;
  taken.add(`${prefix}${count}`);
  return `${prefix}${count}`;
}

describe('numberedId', () => {
  it('numbers repeats -2, -3, ... and steps over ids taken in between', () => {
    const taken = new Set(['a', 'a-3']);
    const claim = () => {
      const id = numberedId('a', taken, (candidate) => taken.has(candidate));
      taken.add(id);
      return id;
    };
    expect([claim(), claim(), claim()]).toEqual(['a-2', 'a-4', 'a-5']);
  });

  it('keeps one count per set of taken ids', () => {
    const first = new Set(['x']);
    const second = new Set(['x']);
    expect(numberedId('x', first, (id) => first.has(id))).toBe('x-2');
    expect(numberedId('x', second, (id) => second.has(id))).toBe('x-2');
  });
});

describe('claimId and madeUpId give what counting up from the start gives', () => {
  const ids = fc.array(fc.constantFrom('a', 'b', 'a-2', 'a-3', 'b-2', 'a-2-2'), {
    maxLength: 60,
  });

  it('claimId', () => {
    fc.assert(
      fc.property(ids, (sequence) => {
        const taken = new Set<string>();
        const expected = new Set<string>();
        for (const id of sequence) expect(claimId(id, taken)).toBe(claimByCounting(id, expected));
      }),
    );
  });

  it('madeUpId, with ids given in the file and counts that jump', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 40 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 20 }),
        (starts, givenCounts) => {
          const given = new Set(givenCounts.map((c) => `F${c}`));
          const taken = new Set<string>();
          const expected = new Set<string>();
          for (const n of starts)
            expect(madeUpId('F', n, taken, given)).toBe(madeUpByCounting('F', n, expected, given));
        },
      ),
    );
  });
});

describe('nextFreeCount', () => {
  it('starts afresh below a run it knows', () => {
    const taken = new Set([1, 2, 3]);
    const free = (from: number) => {
      const count = nextFreeCount(from, 'k', taken, (c) => taken.has(c));
      taken.add(count);
      return count;
    };
    expect(free(1)).toBe(4);
    expect(free(2)).toBe(5);
    expect(free(10)).toBe(10);
    expect(free(6)).toBe(6);
  });
});
