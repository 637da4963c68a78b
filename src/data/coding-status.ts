import type { BlankThemes, CaseRecord } from './types';

/**
 * A case's coding status for one theme (DESIGN.md "Data"): coded with the theme, coded without
 * it, or not coded (not known). Not coded is never absent.
 */
export type ThemeStatus = 'present' | 'absent' | 'not-coded';

/**
 * The themes a case was coded for: `all`, or only those in `themes` (its ticks always count as
 * coded) plus the ids listed. Read from `themesCoded`; a case without it follows `blankThemes`
 * (a case with no theme is not coded under `not-coded`, coded with no theme otherwise).
 */
export function themesCodedOf(
  record: Pick<CaseRecord, 'themes' | 'themesCoded'>,
  blankThemes: BlankThemes | undefined,
): 'all' | readonly string[] {
  const coded = record.themesCoded;
  if (coded === undefined)
    return blankThemes === 'not-coded' && record.themes.length === 0 ? [] : 'all';
  if (coded === true) return 'all';
  return coded === false ? [] : coded;
}

/** True when the case was coded for every theme. */
export function themesFullyCoded(
  record: Pick<CaseRecord, 'themes' | 'themesCoded'>,
  blankThemes: BlankThemes | undefined,
): boolean {
  return themesCodedOf(record, blankThemes) === 'all';
}

/** The case's status for one theme. */
export function themeStatus(
  record: Pick<CaseRecord, 'themes' | 'themesCoded'>,
  themeId: string,
  blankThemes: BlankThemes | undefined,
): ThemeStatus {
  if (record.themes.includes(themeId)) return 'present';
  const coded = themesCodedOf(record, blankThemes);
  return coded === 'all' || coded.includes(themeId) ? 'absent' : 'not-coded';
}

/**
 * `themesCoded` in its leanest form for a case whose explicitly coded themes are `coded` (ids,
 * ticked or marked absent), or `all`: absent when every theme is coded and the case has a tick
 * (no reading of blanks can change it), `true` when every theme is coded and none is ticked,
 * `false` when nothing beyond the ticks is coded, else the ids coded beyond the ticks.
 */
export function leanThemesCoded(
  themes: readonly string[],
  coded: 'all' | readonly string[],
): CaseRecord['themesCoded'] {
  if (coded === 'all') return themes.length > 0 ? undefined : true;
  const beyond = coded.filter((id) => !themes.includes(id));
  return beyond.length === 0 ? false : [...new Set(beyond)];
}
