import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  datasetCsvFiles,
  datasetJsonFile,
  filteredDataset,
  type ExportedFile,
} from './export-dataset';
import { loadFiles, type FileLike } from './load-files';
import type { Category, Dataset } from './types';
import { readBundledDataset } from '../../tests/unit/bundled';

const bundled = readBundledDataset();

function asFile(file: ExportedFile): FileLike {
  const bytes = new TextEncoder().encode(file.text);
  return {
    name: file.name,
    size: bytes.length,
    arrayBuffer: () => Promise.resolve(bytes.buffer.slice(0) as ArrayBuffer),
  };
}

async function reload(files: ExportedFile[]): Promise<Dataset> {
  const result = await loadFiles(files.map(asFile));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  return result.dataset;
}

/**
 * Each case as labels (ids may be re-derived when a CSV is loaded, the labels may not change):
 * the comparison a person makes between the two screens.
 */
function caseLabels(dataset: Dataset) {
  const { codebook } = dataset;
  const label = (list: readonly Category[], id: string | undefined) =>
    id === undefined ? undefined : (list.find((c) => c.id === id)?.label ?? id);
  const field = (name: string) => codebook.fields.find((f) => f.field === name)?.categories ?? [];
  return dataset.cases.map((c) => ({
    id: c.id,
    title: c.title,
    outcome: label(codebook.outcomes, c.outcome),
    sub: label(
      codebook.outcomes.flatMap((o) => o.subcategories),
      c.outcomeSubcategory,
    ),
    route: label(codebook.contactRoutes, c.contactRoute),
    force: label(field('force'), c.force),
    region: label(field('region'), c.region),
    period: label(field('period'), c.period),
    focus: c.reviewFocus,
    age: c.childAge?.text,
    incident: c.incidentDate,
    year: c.publishedYear,
    url: c.url,
    themes: c.themes.map((t) => label(codebook.themes, t)).sort(),
    attributes: c.attributes.map((a) => [a.field, label(field(a.field), a.value)]),
    inferred: c.inferred,
  }));
}

function learningLabels(dataset: Dataset) {
  const { codebook } = dataset;
  return dataset.learning.map((item) => ({
    ...item,
    themeId: codebook.themes.find((t) => t.id === item.themeId)?.label,
    barrier: codebook.barriers.find((b) => b.id === item.barrier)?.label ?? item.barrier,
  }));
}

describe('filteredDataset', () => {
  it('keeps the chosen cases and their learning; case-less learning only for the whole set', () => {
    const some = filteredDataset(bundled, [9, 10]);
    expect(some.cases.map((c) => c.id)).toEqual(['stockport-kw-and-kg', 'middlesbrough-billy']);
    expect(
      some.learning.every((l) => ['stockport-kw-and-kg', 'middlesbrough-billy'].includes(l.caseId)),
    ).toBe(true);
    expect(some.published).toBe(bundled.published);
    const all = filteredDataset(
      bundled,
      bundled.cases.map((_, i) => i),
    );
    expect(all.learning).toHaveLength(bundled.learning.length);
  });
});

describe('exported files load back to the same dataset', () => {
  it('the bundled briefing round-trips through CSV: same cases, learning, figures, screening', async () => {
    const files = datasetCsvFiles(bundled, 'vkpp');
    expect(files.map((f) => f.name)).toEqual([
      'vkpp-cases.csv',
      'vkpp-learning.csv',
      'vkpp-published.csv',
      'vkpp-screening.csv',
    ]);
    const back = await reload(files);
    expect(caseLabels(back)).toEqual(caseLabels(bundled));
    expect(learningLabels(back)).toEqual(learningLabels(bundled));
    expect(back.published).toEqual(bundled.published);
    expect(back.screening).toEqual(bundled.screening);
  });

  it('the bundled briefing round-trips through JSON unchanged', async () => {
    const back = await reload([datasetJsonFile(bundled, 'vkpp')]);
    expect(back).toEqual(bundled);
  });

  it('neutralises formula-like cells in every CSV file', () => {
    const hostile = filteredDataset(bundled, [0]);
    const first = hostile.cases[0];
    if (!first) throw new Error('no case');
    hostile.cases = [
      { ...first, title: '=HYPERLINK("http://x","y")', reviewFocus: '+1+1', url: '@SUM(A1)' },
    ];
    hostile.learning = [
      { ...bundled.learning[0]!, caseId: first.id, summary: '-2+3', section: '\tcmd' },
    ];
    const rows = datasetCsvFiles(hostile, 'x').flatMap(
      (f) => Papa.parse<string[]>(f.text.trim()).data,
    );
    const cells = rows.flat();
    for (const bad of ['=HYPERLINK("http://x","y")', '+1+1', '@SUM(A1)', '-2+3', '\tcmd'])
      expect(cells).toContain(`'${bad}`);
    expect(cells.some((c) => /^[=+\-@\t\r]/.test(c))).toBe(false);
  });
});

/** Words whose folded forms differ, so the loader cannot merge two of them into one category. */
const words = ['Alpha', 'Bravo two', 'Charlie, Delta', 'Echo "E"', 'Golf; Hotel', 'Ïndia', 'Kilo'];
const safeText = fc
  .string({ minLength: 1, maxLength: 12 })
  .map((s) => s.replace(/\p{Cc}/gu, ' ').trim())
  .filter((s) => s !== '' && !/^[=+\-@'"]/.test(s));
/** The two outcomes of the briefings: any other outcome is reported when loaded from CSV. */
const outcomeWords = ['Death', 'Significant harm'];
const pick = (list: readonly string[]) => fc.option(fc.constantFrom(...list), { nil: undefined });

function category(label: string): Category {
  return {
    id: label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    label,
  };
}

const randomDataset = fc
  .record({
    ids: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { minLength: 1, maxLength: 8 }),
    titles: fc.array(safeText, { minLength: 8, maxLength: 8 }),
    outcomes: fc.array(pick(outcomeWords), { minLength: 8, maxLength: 8 }),
    routes: fc.array(pick(words.slice(2, 5)), { minLength: 8, maxLength: 8 }),
    forces: fc.array(pick(words), { minLength: 8, maxLength: 8 }),
    years: fc.array(fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined }), {
      minLength: 8,
      maxLength: 8,
    }),
    themes: fc.array(fc.subarray([0, 1, 2]), { minLength: 8, maxLength: 8 }),
    focus: fc.array(fc.option(safeText, { nil: undefined }), { minLength: 8, maxLength: 8 }),
    kinds: fc.array(fc.boolean(), { minLength: 0, maxLength: 4 }),
  })
  .map((r): Dataset => {
    const themes = ['Information sharing', 'Risk, assessment', 'Voice "of" child'].map(category);
    const cases = r.ids.map((id, i) => ({
      id,
      title: r.titles[i] ?? id,
      ...(r.outcomes[i] ? { outcome: category(r.outcomes[i]).id } : {}),
      ...(r.routes[i] ? { contactRoute: category(r.routes[i]).id } : {}),
      ...(r.forces[i] ? { force: category(r.forces[i]).id } : {}),
      ...(r.years[i] !== undefined ? { publishedYear: r.years[i] } : {}),
      ...(r.focus[i] ? { reviewFocus: r.focus[i] } : {}),
      themes: (r.themes[i] ?? []).map((t) => themes[t]?.id ?? ''),
      attributes: [],
      inferred: i % 2 === 0 ? ['contactRoute'] : [],
    }));
    return {
      meta: { title: 'Random', source: 'test', periods: [], notes: '' },
      codebook: {
        outcomes: outcomeWords.map((w) => ({ ...category(w), subcategories: [] })),
        contactRoutes: words.slice(2, 5).map(category),
        themes,
        barriers: [category('Resourcing')],
        fields: [{ field: 'force', label: 'Police force', categories: words.map(category) }],
        derived: false,
      },
      cases,
      learning: r.kinds.map((good, i) => ({
        id: `L${i + 1}`,
        caseId: cases[i % cases.length]?.id ?? '',
        themeId: themes[i % 3]?.id ?? '',
        barrier: i % 2 === 0 ? 'resourcing' : '',
        kind: good ? 'good-practice' : 'missed-opportunity',
        summary: `Summary, "quoted" ${i}\nsecond line`,
        inferred: [],
      })),
      published: [],
      screening: [],
    };
  });

describe('round-trip property: export → load gives the same dataset', () => {
  it('through CSV, for random small datasets and any selection', async () => {
    await fc.assert(
      fc.asyncProperty(randomDataset, fc.array(fc.nat(7)), async (dataset, chosen) => {
        const indices = [...new Set(chosen)].filter((i) => i < dataset.cases.length).sort();
        const subset = filteredDataset(dataset, indices.length > 0 ? indices : [0]);
        const back = await reload(datasetCsvFiles(subset, 'random'));
        expect(caseLabels(back)).toEqual(caseLabels(subset));
        expect(learningLabels(back)).toEqual(learningLabels(subset));
      }),
      { numRuns: 40 },
    );
  });

  it('through JSON, for random small datasets', async () => {
    await fc.assert(
      fc.asyncProperty(randomDataset, async (dataset) => {
        const back = await reload([datasetJsonFile(dataset, 'random')]);
        expect(back.cases).toEqual(dataset.cases);
        expect(back.learning).toEqual(dataset.learning);
      }),
      { numRuns: 40 },
    );
  });
});
