import { emptyCodebook } from './codebook-builder';
import { joinResult, splitResult } from './result-parts';
import type { CaseRecord, LearningItem, LoadResult } from './types';

const caseOf = (i: number): CaseRecord => ({
  id: `c${i}`,
  title: `Case ${i}`,
  themes: [],
  attributes: [],
  inferred: [],
});
const learningOf = (i: number): LearningItem => ({
  id: `l${i}`,
  caseId: `c${i}`,
  themeId: 't',
  barrier: '',
  kind: 'missed-opportunity',
  summary: `s${i}`,
  inferred: [],
});

function accepted(cases: number, learning: number): LoadResult {
  return {
    ok: true,
    dataset: {
      meta: { title: 'T', source: 'S', periods: [], notes: '' },
      codebook: emptyCodebook(),
      cases: Array.from({ length: cases }, (_, i) => caseOf(i)),
      learning: Array.from({ length: learning }, (_, i) => learningOf(i)),
      published: [],
      screening: [],
    },
    problems: [{ code: 'codebook-derived', severity: 'info', file: 'f.csv', message: 'm' }],
    facts: { files: [], codebookDerived: true },
  };
}

describe('splitResult and joinResult', () => {
  it('send a large result as ordered parts and put it back together unchanged', () => {
    const result = accepted(2500, 4100);
    const { parts, rest } = splitResult(result, 1000, 2000);
    expect(parts.map((p) => [p.cases.length, p.learning.length])).toEqual([
      [1000, 2000],
      [1000, 2000],
      [500, 100],
    ]);
    if (!rest.ok) throw new Error('expected an accepted rest');
    expect([rest.dataset.cases.length, rest.dataset.learning.length]).toEqual([0, 0]);
    expect(rest.problems).toEqual(result.problems);
    expect(joinResult(parts, rest)).toEqual(result);
  });

  it('leave a result that fits in one part whole', () => {
    const result = accepted(1000, 10);
    const { parts, rest } = splitResult(result, 1000, 2000);
    expect(parts).toEqual([]);
    expect(rest).toBe(result);
    expect(joinResult([], rest)).toBe(result);
  });

  it('leave a refusal whole', () => {
    const refusal: LoadResult = {
      ok: false,
      problems: [{ code: 'no-cases', severity: 'error', file: 'f.csv', message: 'no' }],
      facts: { files: [], codebookDerived: false },
    };
    expect(splitResult(refusal, 1, 1)).toEqual({ parts: [], rest: refusal });
  });
});
