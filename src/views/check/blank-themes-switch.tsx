import type { BlankThemes } from '../../data/types';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useBlankThemes } from '../../state/use-blank-themes';

/** Props of {@link BlankThemesSwitch}. */
export interface BlankThemesSwitchProps {
  loaded: LoadedDataset;
}

const choices: ReadonlyArray<[BlankThemes, string]> = [
  ['absent', 'coded with no theme (they count in every theme’s base)'],
  ['not-coded', 'not coded yet (left out of every theme’s base)'],
];

/**
 * For data whose files only tick themes: how rows that tick no theme are read. Shown only where
 * the files leave it unsaid; the load report's note says which reading was taken by default.
 */
export function BlankThemesSwitch({ loaded }: BlankThemesSwitchProps) {
  const { switchable, reading, setReading, busy, error } = useBlankThemes(loaded);
  if (!switchable) return null;
  return (
    <fieldset className="check-choice blank-themes-switch" disabled={busy}>
      <legend>Rows with no theme ticked are</legend>
      {choices.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name="blank-themes"
            value={value}
            checked={reading === value}
            onChange={() => setReading(value)}
          />{' '}
          {label}
        </label>
      ))}
      <p className="check-note">
        The file marks themes with ticks only, so it cannot say whether a row with no tick was
        coded. Writing 0 for an absent theme, or a Themes coded column (yes / no), says it in the
        file.
      </p>
      {error && <p role="alert">The reading could not be changed: {error.message}</p>}
    </fieldset>
  );
}
