/**
 * The loader's pathological files (issue 21): 500,000 rows with one title, and one cell of a
 * million themes (the same theme, and a million distinct ones). Each is timed through the whole
 * pipeline (bytes → dataset → index) beside papaparse with `header: true` on the same bytes, so
 * the ratio shows the loader stays linear: a quadratic step would make it grow with the size. (In
 * the app the first is over the load's row limit and the last over the themes a codebook may
 * hold, so both are refused; the pipeline still reads them through, in seconds.)
 */
import Papa from 'papaparse';
import { measure, paired, type BenchFigure } from './harness';
import { assembleDataset } from '../src/data/assemble';
import { buildDatasetIndex } from '../src/query/dataset-index';
import { parseCases } from './load';

/** Each edge file as CSV text. */
export const edgeFiles: ReadonlyArray<{ figure: string; n: number; text: () => string }> = [
  {
    figure: 'duplicate titles',
    n: 500_000,
    text: () => `Case review title\n${'Kent: Child H\n'.repeat(500_000)}`,
  },
  {
    figure: 'one cell, the same theme',
    n: 1_000_000,
    text: () =>
      `Case review title,Themes\nKent: Child H,${Array<string>(1_000_000).fill('Risk assessment').join(';')}\n`,
  },
  {
    figure: 'one cell, distinct themes (half folding to one slug)',
    n: 1_000_000,
    text: () => {
      const han = (i: number) => String.fromCharCode(0x4e00 + (i % 20_000), 0x4e00 + i / 20_000);
      const names = Array.from({ length: 1_000_000 }, (_, i) => (i % 2 === 0 ? `t${i}` : han(i)));
      return `Case review title,Themes\nKent: Child H,${names.join(';')}\n`;
    },
  },
];

/**
 * The whole pipeline without throwing on a refusal: a million distinct themes are read through and
 * then refused (over the categories a list may hold), which is timed as well.
 */
function loadOrRefuse(bytes: Uint8Array): unknown {
  const result = assembleDataset([parseCases(bytes)]);
  return result.ok ? buildDatasetIndex(result.dataset) : result.problems;
}

/** Load pipeline and papaparse `header: true` on each edge file; 5 runs after 1 warm-up. */
export function edgeBenchmarks(): BenchFigure[] {
  const figures: BenchFigure[] = [];
  for (const { figure, n, text } of edgeFiles) {
    const bytes = new TextEncoder().encode(text());
    console.log(`${figure}: ${(bytes.length / 1e6).toFixed(1)} MB`);
    const papa = measure(
      `papaparse header: true (${figure})`,
      n,
      () => Papa.parse(new TextDecoder().decode(bytes), { skipEmptyLines: true, header: true }),
      5,
      1,
    );
    const load = measure(`load pipeline (${figure})`, n, () => loadOrRefuse(bytes), 5, 1);
    figures.push(papa, paired(load, papa));
  }
  return figures;
}
