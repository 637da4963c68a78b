import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bundledModel, filtersOf, primaryMasked } from '../../../tests/unit/chart-models';
import type { ChartModel } from './chart-model';
import { chartCsv, csvHeaderBlock } from './chart-csv';

const made = new Date(2025, 4, 5, 12);

/** The CSV as a spreadsheet tool reads it after skipping the lines the first line names. */
function readTable(csv: string) {
  const lines = csv.split('\r\n');
  const skip = Number(/skip the (\d+) lines/.exec(lines[0] ?? '')?.[1]);
  const table = Papa.parse<string[]>(lines.slice(skip).join('\r\n'), { skipEmptyLines: true });
  return { skip, header: table.data[0] ?? [], rows: table.data.slice(1) };
}

describe('chartCsv', () => {
  const routes = bundledModel('overview.contactRoute', filtersOf(['outcome', ['death']]));

  it('starts with a header block of title, filters, n, notes, source and date', () => {
    const block = csvHeaderBlock(routes, made);
    expect(block.every((line) => line.startsWith('# '))).toBe(true);
    expect(block).toContain('# Title: Initial police contact');
    expect(block).toContain('# Filters: Outcome: Death');
    expect(block).toContain(
      '# Unit: cases. n = 6 of 11 cases. Percentages are of the cases coded.',
    );
    expect(block.some((l) => l.startsWith('# Note: Small base'))).toBe(true);
    expect(block.some((l) => l.startsWith('# Source: Learning for the police'))).toBe(true);
    expect(block).toContain('# Made: 2025-05-05 with Case Review Explorer');
    expect(block[0]).toBe(
      `# Case Review Explorer chart data. The table starts on line ${block.length + 1}: skip the ${block.length} lines that start with #`,
    );
  });

  it('keeps each header line in one cell, so its commas make no columns', () => {
    const lines = chartCsv(routes, made).split('\r\n');
    const { skip } = readTable(chartCsv(routes, made));
    for (const line of lines.slice(0, skip)) {
      const cells = Papa.parse<string[]>(line).data[0] ?? [];
      expect(cells, line).toHaveLength(1);
      expect(cells[0]).toMatch(/^# /);
    }
  });

  it('has a tidy table with numbers in number columns: count, share, interval, bases, n', () => {
    const { header, rows } = readTable(chartCsv(routes, made));
    expect(header).toEqual([
      'Initial police contact',
      'Category id',
      'Cases',
      'Share',
      'Interval low (95%)',
      'Interval high (95%)',
      'Share base',
      'n',
      'Of which inferred',
      'Hidden',
    ]);
    const missing = rows.find((r) => r[0] === 'Missing child');
    expect(missing?.slice(0, 3)).toEqual(['Missing child', 'missing-child', expect.any(String)]);
    for (const row of rows.filter((r) => r[1] !== '(not coded)')) {
      for (const cell of row.slice(2, 9)) expect(cell, row.join(',')).toMatch(/^\d+(\.\d+)?$/);
      expect(Number(row[3])).toBeGreaterThanOrEqual(0);
      expect(Number(row[3])).toBeLessThanOrEqual(1);
      expect(Number(row[4])).toBeLessThanOrEqual(Number(row[3]));
      expect(Number(row[5])).toBeGreaterThanOrEqual(Number(row[3]));
      expect(row[7]).toBe('6');
      expect(row[9]).toBe('');
    }
    // Numbers are never written as text: no "36%", no "–" for a missing value.
    expect(rows.flat().join(',')).not.toMatch(/%|–/);
  });

  it('writes what presenter-safe hides as empty number cells, and says why in words', () => {
    const masked = primaryMasked(bundledModel('overview.contactRoute'));
    const csv = chartCsv(masked, made);
    const { rows } = readTable(csv);
    const small = rows.find((r) => r[0] === 'Crime by parent');
    expect(small?.[2]).toBe('');
    expect(small?.[3]).toBe('');
    expect(small?.at(-1)).toMatch(/count < 5/);
    // The true count of 2 is nowhere in the row.
    expect(small?.slice(2, -1).join(',')).not.toMatch(/\b2\b/);
    expect(csv).toMatch(/# Note: Presenter-safe/);
  });

  it('neutralises formulas in labels and titles', () => {
    const evil: ChartModel = {
      ...routes,
      title: '=HYPERLINK("x")',
      rows: routes.rows.map((r) => ({ ...r, label: `@${r.label}` })),
    };
    const csv = chartCsv(evil, made);
    expect(csv).toContain('# Title: =HYPERLINK');
    expect(csv).toContain("'@Missing child");
    expect(csv).not.toMatch(/^[=+\-@]/m);
  });
});
