import { describe, expect, it } from 'vitest';
import { accepted, table } from '../../tests/unit/parsed-files';
import { assembleDataset } from '../data/assemble';
import type { Dataset } from '../data/types';
import { measureAgreement } from './agreement';
import { disagreementsCsv, listDisagreements } from './agreement-disagreements';
import { agreementInput, type AgreementInput } from './agreement-input';

const header = [
  'Title',
  'Outcome',
  'Initial police contact',
  'Information sharing',
  'Risk assessment',
];

function load(name: string, rows: string[][], learning?: string[][]): Dataset {
  const files = [table(`${name}-cases.csv`, [header, ...rows])];
  if (learning) files.push(table(`${name}-learning.csv`, learning));
  return accepted(assembleDataset(files)).dataset;
}

const coderA = load(
  'a',
  [
    ['Kent: Child H', 'Death', 'Missing child', '1', ''],
    ['Dorset: Child T', 'Significant harm', 'Domestic violence', '1', '1'],
    ['Cumbria: Child BE', 'Death', 'Missing child', '', ''],
    ['Dudley: Child N', 'Death', 'Crime by parent', '', '1'],
  ],
  [
    ['Case', 'Theme', 'Barrier', 'Kind', 'Summary'],
    ['Kent: Child H', 'Risk assessment', 'Unknown', 'missed-opportunity', 'No risk assessment.'],
    ['Kent: Child H', 'Information sharing', 'Unknown', 'good-practice', 'Shared at once.'],
  ],
);
// Coder B spells two labels differently and has a case coder A has not.
const coderB = load('b', [
  ['Kent: Child H', 'Death', 'Domestic violence', '1', '1'],
  ['Dorset: Child T', 'Significant harm', 'Domestic Violence', '1', '1'],
  ['Cumbria: Child BE', 'Death', 'Missing child', '1', ''],
  ['Dudley: Child N', 'Death', '', '', '1'],
  ['Stockport: Child KW', 'Death', 'Missing child', '1', ''],
]);

function ok(input: AgreementInput) {
  if (!input.ok) throw new Error(input.problems.map((p) => p.message).join('; '));
  return input;
}

describe('agreementInput', () => {
  const input = ok(
    agreementInput([
      { coder: 'Coder A', dataset: coderA },
      { coder: 'Coder B', dataset: coderB },
    ]),
  );
  const item = (id: string) => input.items.find((i) => i.id === id);

  it('compares the fields and themes any coder coded, over the cases both files have', () => {
    expect(input.items.map((i) => [i.id, i.label])).toEqual([
      ['outcome', 'Outcome'],
      ['contactRoute', 'Initial police contact'],
      ['theme:information-sharing', 'Information sharing'],
      ['theme:risk-assessment', 'Risk assessment'],
    ]);
    expect(item('outcome')?.caseTitles).toEqual([
      'Kent: Child H',
      'Dorset: Child T',
      'Cumbria: Child BE',
      'Dudley: Child N',
    ]);
    expect(input.problems).toEqual([
      {
        code: 'cases-not-shared',
        severity: 'warning',
        message:
          '1 case is not in every coder’s file (e.g. “stockport-child-kw”): agreement is ' +
          'measured over the 4 cases every file has.',
      },
    ]);
  });

  it('matches categories across codebooks by label, and leaves blanks not coded', () => {
    expect(item('contactRoute')?.codes).toEqual([
      ['missing-child', 'domestic-violence'],
      ['domestic-violence', 'domestic-violence'],
      ['missing-child', 'missing-child'],
      ['crime-by-parent', null],
    ]);
  });

  it('codes a theme present, absent, or not coded when the case has no theme at all', () => {
    expect(item('theme:information-sharing')?.codes).toEqual([
      ['present', 'present'],
      ['present', 'present'],
      [null, 'present'],
      ['absent', 'absent'],
    ]);
    const custom = ok(
      agreementInput(
        [
          { coder: 'A', dataset: coderA },
          { coder: 'A', dataset: coderB },
        ],
        { isThemeCoded: () => true },
      ),
    );
    expect(custom.coders).toEqual(['A', 'A (2)']);
    expect(custom.items.find((i) => i.id === 'theme:information-sharing')?.codes[2]).toEqual([
      'absent',
      'present',
    ]);
  });

  it('feeds the agreement measures: outcome agrees on all 4 cases both coded', () => {
    const outcome = measureAgreement(item('outcome')!);
    expect(outcome.casesCodedByAll).toBe(4);
    expect(outcome.percentAgreement).toMatchObject({ ok: true, value: 1 });
    expect(outcome.kappa).toMatchObject({ ok: true, value: 1 });
    const route = measureAgreement(item('contactRoute')!);
    expect(route.casesCodedByAll).toBe(3);
    expect(route.percentAgreement).toMatchObject({ ok: true, value: 2 / 3 });
  });

  it('lists the disagreements with what each coder said and the learning beside them', () => {
    const list = listDisagreements(input.items, input.learning);
    expect(list.map((d) => [d.caseTitle, d.itemLabel, d.type, ...d.said])).toEqual([
      [
        'Kent: Child H',
        'Initial police contact',
        'different',
        'Missing child',
        'Domestic violence',
      ],
      ['Dudley: Child N', 'Initial police contact', 'partly-coded', 'Crime by parent', 'not coded'],
      ['Cumbria: Child BE', 'Information sharing', 'partly-coded', 'not coded', 'present'],
      ['Kent: Child H', 'Risk assessment', 'different', 'absent', 'present'],
    ]);
    expect(list[0]?.learning).toEqual(['No risk assessment.', 'Shared at once.']);
    expect(list[3]?.learning).toEqual(['No risk assessment.']);
    expect(disagreementsCsv(list.slice(2), input.coders)).toBe(
      'Case id,Case,Field or theme,Coder A,Coder B,Disagreement,Learning\r\n' +
        'cumbria-child-be,Cumbria: Child BE,Theme: Information sharing,not coded,present,' +
        'not coded by every coder,\r\n' +
        'kent-child-h,Kent: Child H,Theme: Risk assessment,absent,present,different codes,' +
        'No risk assessment.\r\n',
    );
  });

  it('refuses one coder, or files with no case in common, saying why', () => {
    expect(agreementInput([{ coder: 'A', dataset: coderA }])).toMatchObject({
      ok: false,
      problems: [{ code: 'too-few-coders', severity: 'error' }],
    });
    const other = load('c', [['Norfolk: Child Q', 'Death', 'Missing child', '1', '']]);
    expect(
      agreementInput([
        { coder: 'A', dataset: coderA },
        { coder: 'C', dataset: other },
      ]),
    ).toMatchObject({ ok: false, problems: [{ code: 'no-shared-cases', severity: 'error' }] });
  });
});
