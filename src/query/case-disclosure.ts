/**
 * Per-case detail under presenter-safe: which of a case's quasi-identifying attributes (outcome,
 * sub-category, contact route, force, region, age band, years, review type, ...) a screen may
 * show beside its neutral label. Each value alone is harmless; the combination names the child
 * ("Death · Overt filicide · Crime by parent · Kent Police, age 5"). The rule is k-anonymity by
 * local suppression: every combination shown for a case is shared by at least k cases, and a
 * case's attributes are withheld one at a time, the most identifying first (the one whose removal
 * most enlarges the group of cases sharing what is left), until it is.
 */

import { runToEnd, type Steps } from '../data/run-steps';
import { denseCodes, Partitions } from './case-partitions';

/** Members whose suppression is decided in one step of {@link suppressSteps}, at most. */
const membersPerStep = 4096;
/**
 * Members' codes read by refinements in one step, at most: the first members of a large
 * population build most of the partitions (each a pass over every member), so a step also ends
 * once this much of that work is done.
 */
const refinedPerStep = 1_000_000;

/** One quasi-identifying attribute: each case's value as a code (equal codes, equal values). */
export interface AttributeColumn {
  id: string;
  /** Per case, its value's code; "not recorded" is a value like any other (say -1). */
  codes: ArrayLike<number>;
}

/** What may be shown of each case of a population (the dataset, or one list of its cases). */
export interface CaseDisclosure {
  k: number;
  /** The attributes decided on, most important first. */
  attributes: readonly string[];
  /** The cases decided on (indices into the dataset's cases), in population order. */
  cases: readonly number[];
  /** Per case: a bit mask of the attributes (bit a for `attributes[a]`) whose value may be shown. */
  masks: Int32Array;
  /** Per case: how many cases of the population share the combination it shows. */
  groupSize: Int32Array;
  /** True when the population has fewer than k cases: nothing of any case is shown. */
  tooSmall: boolean;
}

/** The most attributes one disclosure decides on: a case's shown set is a 30-bit mask. */
export const maxAttributes = 30;

/**
 * k-anonymity by local suppression over a population, for each member from its mask in `start`:
 *
 * 1. while the combination it shows is shared by fewer than k members, it loses one attribute:
 *    the one whose removal most enlarges its group; among equals the rarest value (the most
 *    identifying on its own), then the one listed last (the least important);
 * 2. then each attribute it lost is given back, most important first, where its group still
 *    holds k with it (a value lost on the way down may not have been needed once others went).
 *
 * Pure: returns each member's mask of shown columns and its group's size. In steps of at most
 * {@link membersPerStep} members or {@link refinedPerStep} codes refined.
 */
function* suppressSteps(
  columns: ReadonlyArray<{ codes: Int32Array; count: number }>,
  start: Int32Array,
  k: number,
): Steps<{ masks: Int32Array; groupSize: Int32Array }> {
  const size = start.length;
  const width = columns.length;
  const masks = start.slice();
  const groupSize = new Int32Array(size);
  const partitions = new Partitions(columns, size);
  let stepStart = 0;
  let refinedBefore = 0;
  for (let member = 0; member < size; member += 1) {
    if (
      member - stepStart >= membersPerStep ||
      partitions.refined - refinedBefore >= refinedPerStep
    ) {
      yield member / size;
      stepStart = member;
      refinedBefore = partitions.refined;
    }
    let mask = masks[member] ?? 0;
    let group = partitions.groupSize(mask, member);
    let lost = 0;
    while (group < k && mask !== 0) {
      let best = -1;
      let bestSize = -1;
      let bestRarity = Number.POSITIVE_INFINITY;
      for (let a = 0; a < width; a += 1) {
        const bit = 1 << a;
        if ((mask & bit) === 0) continue;
        const enlarged = partitions.groupSize(mask & ~bit, member);
        const rarity = partitions.groupSize(bit, member);
        // `<=` on rarity: among equals the later (less important) attribute goes first.
        if (enlarged > bestSize || (enlarged === bestSize && rarity <= bestRarity)) {
          best = a;
          bestSize = enlarged;
          bestRarity = rarity;
        }
      }
      mask &= ~(1 << best);
      lost |= 1 << best;
      group = bestSize;
    }
    if (group >= k)
      for (let a = 0; a < width; a += 1) {
        const bit = 1 << a;
        if ((lost & bit) === 0) continue;
        const back = partitions.groupSize(mask | bit, member);
        if (back < k) continue;
        mask |= bit;
        group = back;
      }
    masks[member] = mask;
    groupSize[member] = group;
  }
  return { masks, groupSize };
}

/**
 * What may be shown of every case of a dataset (`size` cases): the values of `attributes` (most
 * important first, at most {@link maxAttributes}), each case keeping the largest combination the
 * greedy suppression allows that at least k cases share. With fewer than k cases, nothing is
 * shown.
 */
export function discloseCases(
  attributes: readonly AttributeColumn[],
  size: number,
  k: number,
): CaseDisclosure {
  return runToEnd(discloseCasesSteps(attributes, size, k));
}

/** {@link discloseCases} in steps, so a large dataset's can run between other work. */
export function discloseCasesSteps(
  attributes: readonly AttributeColumn[],
  size: number,
  k: number,
): Steps<CaseDisclosure> {
  if (attributes.length > maxAttributes)
    throw new RangeError(`At most ${maxAttributes} attributes, not ${attributes.length}`);
  const cases = Array.from({ length: size }, (_, i) => i);
  const all = attributes.length === 0 ? 0 : 2 ** attributes.length - 1;
  return discloseSteps(attributes, cases, new Int32Array(size).fill(all | 0), k);
}

/**
 * A disclosure that shows nothing of any case: what a screen may use while the real one is still
 * being worked out (it withholds more, never less).
 */
export function discloseNothing(
  attributes: readonly AttributeColumn[],
  size: number,
  k: number,
): CaseDisclosure {
  return {
    k,
    attributes: attributes.map((a) => a.id),
    cases: Array.from({ length: size }, (_, i) => i),
    masks: new Int32Array(size),
    groupSize: new Int32Array(size).fill(size),
    tooSmall: size < k,
  };
}

/**
 * What may be shown of each case of one list (the cases behind a count, the rows of a table):
 * a reader knows every listed case meets the list's criteria, so each case's combination must be
 * shared by k cases of the list itself. Starts from what the dataset allows (`dataset`), plus
 * the values every listed case shares (the list's own criteria, such as "Death" in the list of
 * deaths: shared by the whole list, they tell nothing about one case that the list does not). A
 * list of fewer than k cases shows nothing.
 */
export function discloseList(
  dataset: CaseDisclosure,
  attributes: readonly AttributeColumn[],
  members: readonly number[],
): CaseDisclosure {
  const position = positionIn(dataset);
  let shared = 0;
  attributes.forEach(({ codes }, a) => {
    const first = codes[members[0] ?? 0];
    if (members.every((m) => codes[m] === first)) shared |= 1 << a;
  });
  const start = Int32Array.from(members, (member) => {
    const at = position(member);
    return (at === undefined ? 0 : (dataset.masks[at] ?? 0)) | shared;
  });
  return runToEnd(discloseSteps(attributes, members, start, dataset.k));
}

/**
 * Where a case (by dataset index) sits in a disclosure's population: the index itself for a
 * whole dataset's (no map of 100,000 entries to build), else looked up.
 */
function positionIn(disclosure: CaseDisclosure): (caseIndex: number) => number | undefined {
  const { cases } = disclosure;
  const whole = cases.length === 0 || cases[cases.length - 1] === cases.length - 1;
  if (whole && cases.every((c, i) => c === i))
    return (caseIndex) => (caseIndex >= 0 && caseIndex < cases.length ? caseIndex : undefined);
  const position = new Map(cases.map((c, i) => [c, i]));
  return (caseIndex) => position.get(caseIndex);
}

function* discloseSteps(
  attributes: readonly AttributeColumn[],
  cases: readonly number[],
  start: Int32Array,
  k: number,
): Steps<CaseDisclosure> {
  const ids = attributes.map((a) => a.id);
  if (cases.length < k)
    return {
      k,
      attributes: ids,
      cases,
      masks: new Int32Array(cases.length),
      groupSize: new Int32Array(cases.length).fill(cases.length),
      tooSmall: true,
    };
  const columns: Array<{ codes: Int32Array; count: number }> = [];
  for (const attribute of attributes) {
    columns.push(denseCodes(attribute.codes, cases));
    yield 0;
  }
  const { masks, groupSize } = yield* suppressSteps(columns, start, k);
  return { k, attributes: ids, cases, masks, groupSize, tooSmall: false };
}

/** What a disclosure lets one case show (by dataset index): the attribute ids, none if absent. */
export function caseShows(disclosure: CaseDisclosure): (caseIndex: number) => ReadonlySet<string> {
  const position = positionIn(disclosure);
  const none: ReadonlySet<string> = new Set();
  return (caseIndex) => {
    const at = position(caseIndex);
    if (at === undefined) return none;
    const mask = disclosure.masks[at] ?? 0;
    return new Set(disclosure.attributes.filter((_, a) => (mask & (1 << a)) !== 0));
  };
}

/**
 * Whether a disclosure lets one case (by dataset index) show one attribute: the same answer as
 * {@link caseShows}, read from the masks without building sets (a table asks it per cell).
 */
export function showsValue(
  disclosure: CaseDisclosure,
): (caseIndex: number, attribute: string) => boolean {
  const position = positionIn(disclosure);
  const bit = new Map(disclosure.attributes.map((id, a) => [id, 1 << a]));
  return (caseIndex, attribute) => {
    const at = position(caseIndex);
    const mask = at === undefined ? 0 : (disclosure.masks[at] ?? 0);
    return (mask & (bit.get(attribute) ?? 0)) !== 0;
  };
}
