import type { CSSProperties } from 'react';

/**
 * The projector theme: the app's colour variables, darkened so that every text colour keeps a
 * contrast of at least 7:1 (WCAG AAA) on its background, because projectors wash colours out.
 */
export const projectorColours = {
  '--ink': '#000000',
  '--ink-muted': '#262626',
  '--paper': '#ffffff',
  '--panel': '#f0f0f0',
  '--rule': '#4d4d4d',
  '--accent': '#00306b',
  '--accent-ink': '#ffffff',
  '--selected': '#00306b',
  '--focus': '#b3300a',
  '--death': '#003c78',
  '--harm': '#7a3400',
  '--error-bg': '#fde2df',
  '--error-ink': '#6e0f07',
  '--warn-bg': '#fff3c4',
  '--warn-ink': '#3d2c00',
  /** For "match" / success text; views should write `var(--ok-ink, #1e6b34)`. */
  '--ok-ink': '#0f4d25',
} as const;

/** Text colour → the backgrounds it is drawn on, each pair checked for 7:1 by the tests. */
export const projectorTextPairs: ReadonlyArray<readonly [string, string]> = [
  ['--ink', '--paper'],
  ['--ink', '--panel'],
  ['--ink-muted', '--paper'],
  ['--ink-muted', '--panel'],
  ['--accent', '--paper'],
  ['--accent', '--panel'],
  ['--accent-ink', '--accent'],
  ['--death', '--paper'],
  ['--death', '--panel'],
  ['--harm', '--paper'],
  ['--harm', '--panel'],
  ['--error-ink', '--error-bg'],
  ['--warn-ink', '--warn-bg'],
  ['--ok-ink', '--paper'],
  ['--ok-ink', '--panel'],
];

/** The projector theme as a style: CSS custom properties set through the DOM (CSP-safe). */
export const projectorStyle = projectorColours as unknown as CSSProperties;
