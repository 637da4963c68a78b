import { useId } from 'react';

/** Props of {@link SubcategoryBaseSwitch}. */
export interface SubcategoryBaseSwitchProps {
  ofOutcome: boolean;
  onChange: (ofOutcome: boolean) => void;
}

/**
 * What a sub-category's percentage is of: all cases with a sub-category coded, or its own
 * outcome's (the briefing's convention: "2 of the 6 deaths"). The chart says which it shows.
 */
export function SubcategoryBaseSwitch({ ofOutcome, onChange }: SubcategoryBaseSwitchProps) {
  const name = useId();
  return (
    <fieldset className="year-switch">
      <legend>Percentages of</legend>
      <label>
        <input type="radio" name={name} checked={!ofOutcome} onChange={() => onChange(false)} />
        all cases coded
      </label>
      <label>
        <input type="radio" name={name} checked={ofOutcome} onChange={() => onChange(true)} />
        their outcome (of deaths, of harm)
      </label>
    </fieldset>
  );
}
