import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles, type FileLike } from './load-files';
import type { Dataset } from './types';

function file(name: string): FileLike {
  const bytes = readFileSync(resolve(process.cwd(), 'public/data', name));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { name, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(buffer) };
}

async function load(names: string[]): Promise<Dataset> {
  const result = await loadFiles(names.map(file));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  return result.dataset;
}

/** Each case as labels (not ids), so a derived codebook compares equal to the given one. */
function caseLabels(dataset: Dataset): string[][] {
  const { codebook } = dataset;
  const label = (list: ReadonlyArray<{ id: string; label: string }>, id?: string) =>
    list.find((c) => c.id === id)?.label ?? '';
  const field = (name: string) => codebook.fields.find((f) => f.field === name)?.categories ?? [];
  return dataset.cases.map((c) => [
    c.title,
    label(codebook.outcomes, c.outcome),
    label(
      codebook.outcomes.flatMap((o) => o.subcategories),
      c.outcomeSubcategory,
    ),
    label(codebook.contactRoutes, c.contactRoute),
    label(field('force'), c.force),
    label(field('region'), c.region),
    label(field('period'), c.period),
    String(c.publishedYear ?? ''),
    c.themes.map((t) => label(codebook.themes, t)).join(';'),
    JSON.stringify(c.themesCoded),
    [...c.inferred].sort().join(';'),
  ]);
}

describe('the bundled briefing in its CSV forms', () => {
  it('loads to the same cases, learning, figures and screening as the JSON document', async () => {
    const json = await load(['vkpp-2019-11.json']);
    const csv = await load([
      'vkpp-2019-11-cases.csv',
      'vkpp-2019-11-learning.csv',
      'vkpp-2019-11-published.csv',
      'vkpp-2019-11-screening.csv',
    ]);
    expect(caseLabels(csv)).toEqual(caseLabels(json));
    expect(csv.learning.map((l) => [l.id, l.caseId, l.kind, l.summary])).toEqual(
      json.learning.map((l) => [l.id, l.caseId, l.kind, l.summary]),
    );
    expect(csv.published.map((f) => [f.id, f.count, f.percent, f.denominator])).toEqual(
      json.published.map((f) => [f.id, f.count, f.percent, f.denominator]),
    );
    expect(csv.screening).toEqual(json.screening);
  });
});
