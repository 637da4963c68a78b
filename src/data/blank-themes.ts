import type { AcceptedLoad } from './add-to-dataset';
import { ambiguousThemesCode } from './theme-coding-report';
import type { BlankThemes } from './types';

/** The code of the load report's note saying which reading the user chose. */
export const blankThemesChosenCode = 'themes-reading-chosen' as const;

/**
 * True when the load has cases whose theme coding its files leave unsaid (a file that only
 * ticks, with rows that tick nothing), or a reading was already chosen: the user can switch it.
 */
export function blankThemesSwitchable(load: AcceptedLoad): boolean {
  return (
    load.dataset.meta.blankThemes !== undefined ||
    load.problems.some((p) => p.code === ambiguousThemesCode)
  );
}

/** How the load reads a case with no theme and no coding status (absent unless chosen). */
export function blankThemesOf(load: AcceptedLoad): BlankThemes {
  return load.dataset.meta.blankThemes ?? 'absent';
}

/**
 * The load with rows that tick no theme read as `reading` (meta.blankThemes, so the choice
 * travels with the dataset, kept or exported), and a note of the choice in the load report.
 */
export function withBlankThemes(load: AcceptedLoad, reading: BlankThemes): AcceptedLoad {
  const { blankThemes: _previous, ...meta } = load.dataset.meta;
  const note = {
    code: blankThemesChosenCode,
    severity: 'info' as const,
    file: '',
    column: 'Themes',
    message:
      reading === 'not-coded'
        ? 'Rows that tick no theme are read as not coded for themes (chosen in Check): they are left out of every theme’s base.'
        : 'Rows that tick no theme are read as coded with no theme (chosen in Check): they count in every theme’s base.',
  };
  return {
    ...load,
    dataset: {
      ...load.dataset,
      meta: reading === 'not-coded' ? { ...meta, blankThemes: reading } : meta,
    },
    problems: [...load.problems.filter((p) => p.code !== blankThemesChosenCode), note],
  };
}
