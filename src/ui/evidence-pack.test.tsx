import { render, screen } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcilePublishedFigures } from '../query/reconcile';
import { screeningModel } from '../query/model/screening-model';
import { ChartFrame } from './chart-frame';
import { ChartRegistry, ChartRegistryProvider } from './chart-registry';
import { collectViewEvidence } from './collect-view-evidence';
import {
  evidencePackFiles,
  evidencePackName,
  zipFiles,
  type EvidencePackContent,
} from './evidence-pack';
import { readBundledDataset } from '../../tests/unit/bundled';

const bundled = readBundledDataset();
const madeAt = new Date('2026-03-04T10:20:30Z');

function content(overrides: Partial<EvidencePackContent> = {}): EvidencePackContent {
  return {
    view: 'Method',
    dataset: bundled,
    caseIndices: [0, 1, 2],
    filters: ['Outcome: Death'],
    sources: [{ name: 'vkpp-2019-11.json', bytes: 1234, sha256: 'ab'.repeat(32) }],
    charts: [{ title: 'Screening', svg: '<svg/>', png: new Uint8Array([137, 80, 78, 71]) }],
    tables: [{ caption: 'Screening', csv: 'Status,Count\r\nIncluded,11\r\n' }],
    notes: ['Percentages are rounded half up.'],
    createdAt: madeAt,
    ...overrides,
  };
}

describe('evidencePackFiles', () => {
  it('holds the README, each chart as SVG and PNG, each table as CSV and the rows behind them', () => {
    const files = evidencePackFiles(content());
    expect([...files.keys()]).toEqual([
      'README.txt',
      'charts/screening.svg',
      'charts/screening.png',
      'data/screening.csv',
      'rows/filtered-dataset-cases.csv',
      'rows/filtered-dataset-published.csv',
      'rows/filtered-dataset-screening.csv',
      'rows/filtered-dataset.json',
    ]);
    const cases = strFromU8(files.get('rows/filtered-dataset-cases.csv')!);
    expect(cases.trim().split('\r\n')).toHaveLength(4);
  });

  it('describes the dataset, filters, time and each source file’s SHA-256 in plain words', () => {
    const readme = strFromU8(evidencePackFiles(content()).get('README.txt')!);
    expect(readme).toContain(`Title: ${bundled.meta.title}`);
    expect(readme).toContain('Cases: 11 in the dataset; 3 under the filters.');
    expect(readme).toContain('Filters\r\n  Outcome: Death\r\n');
    expect(readme).toContain('Made: 4 March 2026 at 10:20:30 UTC (2026-03-04T10:20:30.000Z)');
    expect(readme).toContain(`vkpp-2019-11.json (1,234 bytes)\r\n    SHA-256: ${'ab'.repeat(32)}`);
    expect(readme).toContain('charts/screening.png — the chart "Screening" (PNG');
    expect(readme).toContain('Percentages are rounded half up.');
  });

  it('says when there are no filters, a hash is missing or a PNG could not be made', () => {
    const readme = strFromU8(
      evidencePackFiles(
        content({
          filters: [],
          sources: [{ name: 'cases.csv', bytes: 10, sha256: null }],
          charts: [{ title: 'Screening', svg: '<svg/>', png: null, pngError: 'no canvas' }],
        }),
      ).get('README.txt')!,
    );
    expect(readme).toContain('None: every case is included.');
    expect(readme).toContain('SHA-256: not recorded');
    expect(readme).toContain(
      'charts/screening.png — not included: the PNG could not be made (no canvas)',
    );
  });

  it('zips the files so they unzip unchanged', () => {
    const files = evidencePackFiles(content());
    const unzipped = unzipSync(zipFiles(files, madeAt));
    expect(Object.keys(unzipped)).toEqual([...files.keys()]);
    expect(unzipped['charts/screening.png']).toEqual(new Uint8Array([137, 80, 78, 71]));
    expect(strFromU8(unzipped['README.txt']!)).toContain('Evidence pack');
    expect(evidencePackName('Method', madeAt)).toBe('evidence-pack-method-2026-03-04T1020.zip');
  });
});

describe('collectViewEvidence', () => {
  // jsdom has no SVG geometry: give <svg> the width, height and viewBox a browser would.
  const length = (name: string) => ({
    configurable: true,
    get(this: SVGSVGElement) {
      return { baseVal: { value: Number(this.getAttribute(name) ?? 0) } };
    },
  });
  beforeAll(() => {
    Object.defineProperty(SVGSVGElement.prototype, 'width', length('width'));
    Object.defineProperty(SVGSVGElement.prototype, 'height', length('height'));
    Object.defineProperty(SVGSVGElement.prototype, 'viewBox', {
      configurable: true,
      get: () => ({ baseVal: null }),
    });
  });
  afterAll(() => {
    for (const name of ['width', 'height', 'viewBox'])
      Reflect.deleteProperty(SVGSVGElement.prototype, name);
  });
  const screening = bundledScreening();
  const view = () => {
    const registry = new ChartRegistry();
    const utils = render(
      <ChartRegistryProvider registry={registry}>
        <ChartFrame model={screening}>
          <svg width={200} height={100}>
            <rect width={10} height={10} />
          </svg>
        </ChartFrame>
      </ChartRegistryProvider>,
    );
    return { registry, ...utils };
  };
  const png = () => Promise.resolve(new Uint8Array([1, 2, 3]));

  it('takes each chart’s drawing as SVG and PNG and its numbers from its model as CSV', async () => {
    const { registry } = view();
    const sizes: number[][] = [];
    const evidence = await collectViewEvidence(registry.list(), [], (_markup, width, height) => {
      sizes.push([width, height]);
      return png();
    });
    expect(evidence.charts).toHaveLength(1);
    expect(evidence.charts[0]?.svg).toContain('<title>Screening</title>');
    expect(evidence.charts[0]?.png).toEqual(new Uint8Array([1, 2, 3]));
    // The drawing (200 wide) within the finished image's margins and its room for words.
    expect(sizes[0]?.[0]).toBe(528);
    const csv = evidence.tables[0]?.csv.split('\r\n') ?? [];
    expect(evidence.tables[0]?.caption).toBe('Screening');
    expect(csv[1]).toMatch(/^All reviews identified and examined,,36,1,/);
    expect(csv.find((line) => line.startsWith('Included,'))).toMatch(/^Included,,11,0\.30\d*,/);
  });

  it('holds the same numbers when the page’s classes and headings are renamed', async () => {
    const { registry } = view();
    const before = await collectViewEvidence(registry.list(), [], png);
    // Restyling or retitling the page touches no number: the pack reads the models.
    const region = screen.getByRole('region', { name: 'Screening' });
    region.className = 'renamed';
    screen.getByRole('heading', { name: 'Screening' }).textContent = 'Another title';
    const after = await collectViewEvidence(registry.list(), [], png);
    expect(after.tables).toEqual(before.tables);
    expect(after.tables[0]?.csv).toContain('36');
  });

  it('keeps the chart when its PNG fails, with the reason', async () => {
    const { registry } = view();
    const evidence = await collectViewEvidence(registry.list(), [], () =>
      Promise.reject(new Error('no canvas here')),
    );
    expect(evidence.charts[0]).toMatchObject({ png: null, pngError: 'no canvas here' });
  });
});

function bundledScreening() {
  const checks = reconcilePublishedFigures(bundled, 'half-up').filter(
    (c) => c.figure.dimension === 'screening',
  );
  return screeningModel(bundled, 'half-up', checks);
}
