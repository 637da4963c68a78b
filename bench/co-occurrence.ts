/**
 * Theme co-occurrence benchmarks: the theme × theme matrix over bitsets, and matrix + measure +
 * seriation of its rows and columns, as the Themes view's co-occurrence matrix needs them.
 */
import { seededRandom } from '../scripts/synthetic/generate';
import { addBit, emptyBitset, type Bitset } from '../src/query/bitset';
import {
  coOccurrence,
  coOccurrenceOrder,
  coOccurrenceValues,
  type CoOccurrenceInput,
} from '../src/query/co-occurrence';
import { measure, type BenchFigure } from './harness';

/**
 * `cases` × `themes` of synthetic coding, seeded: theme t is present in a share of the coded
 * cases that falls from 55 % to 4 %; one case in five is not coded for themes yet; the last
 * quarter of the themes joined the codebook half way, so only the later half of the cases is
 * coded for them. `independent` instead leaves each theme uncoded in its own random 5 % of cases
 * besides (the worst case: no two themes coded on the same cases). The selection holds about two
 * thirds of the cases.
 */
export function coOccurrenceInput(
  cases: number,
  themes: number,
  independent = false,
): CoOccurrenceInput {
  const random = seededRandom(42);
  const members: Bitset[] = [];
  const coded: Bitset[] = [];
  const codedAtAll = Array.from({ length: cases }, () => random() >= 0.2);
  for (let t = 0; t < themes; t += 1) {
    const chance = 0.04 + 0.51 * ((themes - t) / themes) ** 1.5;
    const firstCase = t >= themes * 0.75 ? Math.floor(cases / 2) : 0;
    const withTheme = emptyBitset(cases);
    const codedFor = emptyBitset(cases);
    for (let i = firstCase; i < cases; i += 1) {
      if (!codedAtAll[i] || (independent && random() < 0.05)) continue;
      addBit(codedFor, i);
      if (random() < chance) addBit(withTheme, i);
    }
    members.push(withTheme);
    coded.push(codedFor);
  }
  const selection = emptyBitset(cases);
  for (let i = 0; i < cases; i += 1) if (random() < 0.67) addBit(selection, i);
  return { members, coded, selection };
}

/**
 * Times the co-occurrence matrix, and matrix + a measure + seriation of the themes, at `cases` ×
 * `themes`: on the realistic coding above, and on the worst case (every theme coded apart).
 */
export function coOccurrenceBenchmarks(cases: number, themes: number): BenchFigure[] {
  const label = `${cases} × ${themes}`;
  return [false, true].flatMap((independent) => {
    const input = coOccurrenceInput(cases, themes, independent);
    const kind = independent ? ', every theme coded apart' : '';
    return [
      measure(`co-occurrence matrix ${label}${kind}`, cases, () => coOccurrence(input), 30),
      measure(
        `co-occurrence matrix + measure + seriation ${label}${kind}`,
        cases,
        () => {
          const matrix = coOccurrence(input);
          coOccurrenceValues(matrix, 'lift');
          return coOccurrenceOrder(matrix);
        },
        30,
      ),
    ];
  });
}
