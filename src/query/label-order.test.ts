import fc from 'fast-check';
import { numberedLabelKeys } from './label-order';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

describe('numberedLabelKeys', () => {
  it('reads the number of labels that differ only in it', () => {
    expect(Array.from(numberedLabelKeys(['Case 10', 'Case 2', 'Case 100000']) ?? [])).toEqual([
      10, 2, 100000,
    ]);
  });

  it('gives nothing when the words differ or a label has no number', () => {
    expect(numberedLabelKeys(['Case 1', 'Child 2'])).toBeNull();
    expect(numberedLabelKeys(['Case 1', 'a case'])).toBeNull();
    expect(numberedLabelKeys(['Case 1', 'Case 1b'])).toBeNull();
    expect(numberedLabelKeys(['Kent: Child H', 'Dorset: Child T'])).toBeNull();
  });

  it('orders numbered labels as the collator does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 200_000 }), { minLength: 1, maxLength: 60 }),
        (ns) => {
          const labels = ns.map((n) => `Case ${n}`);
          const keys = numberedLabelKeys(labels);
          expect(keys).not.toBeNull();
          const byKeys = labels
            .map((label, i) => ({ label, key: keys?.[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.label);
          expect(byKeys).toEqual([...labels].sort(collator.compare));
        },
      ),
    );
  });
});
