import { describe, expect, it } from 'vitest';
import { formatDrill, parseDrill, type DrillTarget } from './drill-target';

describe('drill targets', () => {
  it.each<[DrillTarget, string]>([
    [
      { kind: 'cell', caseId: 'middlesbrough-billy', themeId: 'multi' },
      'cell:middlesbrough-billy:multi',
    ],
    [{ kind: 'row', caseId: 'Kent: Child H' }, 'row:Kent%3A%20Child%20H'],
    [{ kind: 'col', themeId: 'risk-assessment' }, 'col:risk-assessment'],
    [{ kind: 'nocase' }, 'nocase'],
  ])('%j ⇄ %s', (target, text) => {
    expect(formatDrill(target)).toBe(text);
    expect(parseDrill(text)).toEqual(target);
  });

  it.each([
    undefined,
    '',
    'cell:a',
    'row:',
    'col:a:b',
    'what:a',
    'row:%E0%A4%A',
    'cell:a:b:c',
    'nocase:x',
  ])('reads %j as no drill-down', (text) => {
    expect(parseDrill(text)).toBeNull();
  });
});
