import { describe, expect, it } from 'vitest';
import { formatDrill, isCaseListDrill, isThemesDrill, parseDrill, type Drill } from './drill';

describe('drill', () => {
  it.each<[Drill, string]>([
    [
      { kind: 'cell', caseId: 'middlesbrough-billy', themeId: 'multi' },
      'cell:middlesbrough-billy:multi',
    ],
    [{ kind: 'row', caseId: 'Kent: Child H' }, 'row:Kent%3A%20Child%20H'],
    [{ kind: 'col', themeId: 'risk-assessment' }, 'col:risk-assessment'],
    [{ kind: 'nocase' }, 'nocase'],
    [{ kind: 'headline', figure: 'deaths' }, 'list:headline/deaths'],
    [
      {
        kind: 'chart',
        request: { except: 'outcome', dimension: 'outcome', categories: ['death'] },
      },
      'list:chart/outcome/outcome/death',
    ],
    [
      {
        kind: 'chart',
        request: {
          except: 'outcomeSubcategory',
          dimension: 'outcomeSubcategory',
          categories: ['a/b,c', 'x'],
        },
      },
      'list:chart/outcomeSubcategory/outcomeSubcategory/a%2Fb%2Cc,x',
    ],
    [
      { kind: 'chart', request: { except: 'attr:x/y', dimension: 'attr:x/y', categories: [] } },
      'list:chart/attr%3Ax%2Fy/attr%3Ax%2Fy/',
    ],
  ])('%j ⇄ %s', (drill, text) => {
    expect(formatDrill(drill)).toBe(text);
    expect(parseDrill(text)).toEqual(drill);
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
    'theme:risk',
    'list:headline/nothing',
    'list:chart/a/b',
    'list:chart/%E0%A4/outcome/death',
  ])('reads %j as no drill-down', (text) => {
    expect(parseDrill(text)).toBeUndefined();
  });

  it('tells a Themes drill-down from an Overview case list', () => {
    expect(isThemesDrill(parseDrill('row:a'))).toBe(true);
    expect(isCaseListDrill(parseDrill('row:a'))).toBe(false);
    expect(isCaseListDrill(parseDrill('list:headline/cases'))).toBe(true);
    expect(isThemesDrill(undefined)).toBe(false);
  });
});
