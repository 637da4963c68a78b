/**
 * Presenter-safe display: what a projector may show of sensitive case data. Counts of 1 to k − 1
 * are shown as "< k" (small counts can identify a child); 0 stays 0, because a count of no cases
 * points at no one and hiding it would make every empty category look like a small one.
 */

import { formatCount } from './percent';

/** The default threshold k: counts from 1 to 4 are hidden. */
export const defaultPresenterSafeThreshold = 5;

/** What replaces a learning summary (or any free text from the data) while presenter-safe is on. */
export const hiddenSummaryText = 'Summary hidden (presenter-safe)';

/** True when a count is hidden under threshold `k`: 0 < count < k. */
export function isMaskedCount(count: number, k: number): boolean {
  return count > 0 && count < k;
}

/** A count as presenter-safe shows it: "< k" for 0 < count < k, else the number. */
export function maskCount(count: number, k: number): string {
  return isMaskedCount(count, k) ? `< ${k}` : formatCount(count);
}

/** A percentage whose count is hidden is hidden too (with n on screen it would give the count). */
export function maskPercent(count: number, percent: number | null, k: number): number | null {
  return isMaskedCount(count, k) ? null : percent;
}

/**
 * Case fields that name the case besides its title and id, left out of case-level views while
 * presenter-safe is on: the review's focus and link, and the area (a review's title is
 * "Area: Child X", so the area next to a neutral label gives half the title back).
 */
export const identifyingCaseFields: ReadonlySet<string> = new Set(['reviewFocus', 'url', 'area']);

/** The neutral label that replaces a case title: `neutralCaseLabel(1)` → "Case 1". */
export function neutralCaseLabel(caseNumber: number): string {
  return `Case ${caseNumber}`;
}

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same numbers. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The neutral number (1..size) of each case index, in a seeded shuffled order: numbering cases in
 * file order would let anyone holding the source match "Case 1" to its first review.
 */
export function shuffledCaseNumbers(size: number, seed: number): Int32Array {
  const numbers = new Int32Array(size);
  for (let i = 0; i < size; i += 1) numbers[i] = i + 1;
  const random = seededRandom(seed);
  for (let i = size - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = numbers[i] ?? 0;
    numbers[i] = numbers[j] ?? 0;
    numbers[j] = swap;
  }
  return numbers;
}

/** FNV-1a over 32-bit integers: a list's membership as one number, to seed its numbering. */
function membershipHash(seed: number, sortedMembers: readonly number[]): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (const member of sortedMembers) {
    hash = Math.imul(hash ^ (member & 0xffff), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ (member >>> 16), 0x01000193) >>> 0;
  }
  return Math.imul(hash ^ sortedMembers.length, 0x01000193) >>> 0;
}

/**
 * The neutral number (1..n) of each case of one list (dataset indices), local to that list: a
 * shuffle seeded by `seed` and the list's membership, so the same list always numbers its cases
 * the same way, and two lists with different members number them independently. A label that
 * carried from list to list would let a reader intersect the lists ("Case 7" is among the deaths
 * and among Kent's cases) into a group smaller than k; a list-local number tells nothing beyond
 * the list it is shown in.
 */
export function listCaseNumbers(members: readonly number[], seed: number): Map<number, number> {
  const sorted = [...new Set(members)].sort((a, b) => a - b);
  const numbers = shuffledCaseNumbers(sorted.length, membershipHash(seed, sorted));
  return new Map(sorted.map((member, i) => [member, numbers[i] ?? i + 1]));
}

/**
 * Replaces every case title found in free text (a caption or note the presenter typed) by its
 * neutral label: longest titles first, ignoring letter case, whole words only (so a short title
 * such as "Al" leaves "Alan" alone).
 */
export function replaceCaseTitles(
  text: string,
  titles: ReadonlyArray<{ title: string; label: string }>,
): string {
  const sorted = titles
    .filter((t) => t.title.trim() !== '')
    .sort((a, b) => b.title.length - a.title.length);
  let out = text;
  for (const { title, label } of sorted) {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(pattern, () => label);
  }
  return out;
}

/** What replaces a quoted value in a message while presenter-safe is on. */
export const hiddenQuote = '“…”';

/**
 * A load problem's message with every quoted value ("Kent: Child H", “dorset-child-t”) taken out:
 * messages quote titles, ids and cell values, which presenter-safe must not show, and a refused
 * file's cases have no neutral label to put in their place.
 */
export function redactQuoted(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”|'[^'\n]{2,}'/g, hiddenQuote);
}
