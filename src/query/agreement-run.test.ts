import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accepted, table } from '../../tests/unit/parsed-files';
import { assembleDataset } from '../data/assemble';
import { runAgreement } from './agreement-run';

/** An e2e fixture (plain CSV, no quoted cells) as a dataset. */
function coder(name: string) {
  const text = readFileSync(resolve(process.cwd(), 'tests/e2e/fixtures', name), 'utf8');
  const rows = text
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  return accepted(assembleDataset([table(name, rows)])).dataset;
}

describe('runAgreement', () => {
  it('measures every field and theme of two coders and lists their disagreements', () => {
    const run = runAgreement([
      { coder: 'A', dataset: coder('coder-a.csv') },
      { coder: 'B', dataset: coder('coder-b.csv') },
    ]);
    expect(run.ok).toBe(true);
    const outcome = run.results.find((r) => r.id === 'outcome');
    expect(outcome?.kappa).toMatchObject({ ok: true, reading: { label: 'substantial' } });
    expect(outcome?.kappa.ok && outcome.kappa.value).toBeCloseTo(2 / 3, 12);
    expect(outcome?.alpha.ok && outcome.alpha.value).toBeCloseTo(1 - 2 / 12 / (70 / 132), 12);
    expect(run.disagreements.map((d) => [d.caseId, d.itemId])).toEqual([
      ['c5', 'outcome'],
      ['c4', 'contactRoute'],
      ['c6', 'theme:information-sharing'],
    ]);
  });

  it('says why there is nothing to measure with one coder', () => {
    const run = runAgreement([{ coder: 'A', dataset: coder('coder-a.csv') }]);
    expect(run).toMatchObject({ ok: false, problems: [{ code: 'too-few-coders' }] });
  });
});
