import { useId } from 'react';

/** Props of {@link RadioSwitch}. */
export interface RadioSwitchProps<V extends string> {
  legend: string;
  /** Each choice: its value and the words beside its radio button. */
  options: ReadonlyArray<readonly [V, string]>;
  value: V;
  onChange: (value: V) => void;
}

/** A chart's small choice between a few ways to show it ("Show forces / regions"), as radios. */
export function RadioSwitch<V extends string>({
  legend,
  options,
  value,
  onChange,
}: RadioSwitchProps<V>) {
  const name = useId();
  return (
    <fieldset className="year-switch">
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
