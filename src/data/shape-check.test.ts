import fc from 'fast-check';
import { z } from 'zod';
import './zod-config';
import {
  caseSchema,
  learningItemSchema,
  publishedFigureSchema,
  screeningRowSchema,
} from './schema';
import { matchesShape } from './shape-check';

/** Values near the schemas' edges: blanks, bounds, wrong types, extra and prototype keys. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('', 'a', '2019', '2019-13', '2019-07', 'missed-opportunity', 'good-practice'),
  fc.constantFrom(0, -1, 1, 1.5, 1899, 1900, 2100, 2101, Number.NaN, 2 ** 53),
  fc.constantFrom(null, true, undefined),
  fc.constant([]),
  fc.constant(['a', 'b']),
  fc.constant([{ field: 'x', value: 'y' }]),
  fc.constant([{ field: '', value: 'y' }]),
  fc.constant({ text: '3 months', months: 3 }),
  fc.constant({ text: '3 months', months: -3 }),
);

/** An item shaped like `example`, each field kept, changed, dropped, or joined by another key. */
function itemsLike(example: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(example);
  return fc
    .record({
      changes: fc.array(fc.tuple(fc.constantFrom(...keys), anyValue), { maxLength: 3 }),
      dropped: fc.subarray(keys, { maxLength: 2 }),
      extra: fc.option(fc.constantFrom('colour', '__proto__', 'constructor', 'toString')),
    })
    .map(({ changes, dropped, extra }) => {
      const item: Record<string, unknown> = JSON.parse(JSON.stringify(example));
      for (const [key, value] of changes) item[key] = value;
      for (const key of dropped) delete item[key];
      // As JSON.parse makes it: "__proto__" becomes an own key, not the prototype.
      if (extra) Object.defineProperty(item, extra, { value: 1, enumerable: true });
      return item;
    });
}

const examples: Array<[string, z.ZodType, Record<string, unknown>]> = [
  [
    'case',
    caseSchema,
    {
      id: 'a',
      title: 'Kent: Child A',
      outcome: 'death',
      childAge: { text: '3 months', months: 3 },
      incidentDate: '2019-07',
      publishedYear: 2020,
      themes: ['risk'],
      attributes: [{ field: 'x', value: 'y' }],
      inferred: [],
    },
  ],
  [
    'learning item',
    learningItemSchema,
    {
      id: 'L1',
      caseId: '',
      themeId: 'risk',
      barrier: '',
      kind: 'good-practice',
      summary: 'Text.',
      page: 4,
      inferred: [],
    },
  ],
  [
    'published figure',
    publishedFigureSchema,
    {
      id: 'F1',
      label: 'Deaths',
      dimension: 'outcome',
      category: 'death',
      count: 6,
      percent: 55,
      denominator: null,
    },
  ],
  ['screening row', screeningRowSchema, { status: 'included', source: 'repo', count: 11 }],
];

describe('matchesShape agrees with zod', () => {
  it.each(examples)('accepts a well-formed %s', (_, schema, example) => {
    expect(matchesShape(schema, JSON.parse(JSON.stringify(example)))).toBe(true);
  });

  it.each(examples)('says yes to a %s only when zod accepts it unchanged', (_, schema, example) => {
    fc.assert(
      fc.property(itemsLike(example), (item) => {
        if (!matchesShape(schema, item)) return;
        const parsed = schema.safeParse(item);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(item);
      }),
      { numRuns: 1_000 },
    );
  });

  it.each(examples)(
    'says yes to every %s zod accepts with nothing stripped',
    (_, schema, example) => {
      fc.assert(
        fc.property(itemsLike(example), (item) => {
          const parsed = schema.safeParse(item);
          const unchanged =
            parsed.success &&
            Object.keys(item).every((key) => Object.hasOwn(parsed.data as object, key));
          if (unchanged && !Object.values(item).includes(undefined))
            expect(matchesShape(schema, item)).toBe(true);
        }),
        { numRuns: 1_000 },
      );
    },
  );

  it('asks zod about a schema it cannot read (a refinement, a transform), and reads a union of what it can', () => {
    expect(
      matchesShape(
        z.string().refine((s) => s !== 'x'),
        'a',
      ),
    ).toBe(false);
    expect(
      matchesShape(
        z.string().transform((s) => s.length),
        'a',
      ),
    ).toBe(false);
    expect(matchesShape(z.union([z.string(), z.number()]), 'a')).toBe(true);
    expect(matchesShape(z.union([z.string(), z.number()]), true)).toBe(false);
    expect(matchesShape(z.looseObject({ a: z.string() }), { a: 'x' })).toBe(false);
  });
});
