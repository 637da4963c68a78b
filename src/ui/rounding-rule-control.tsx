import { useId } from 'react';
import './rounding-rule-control.css';
import type { RoundingRule } from '../query/percent';

/** Props of {@link RoundingRuleControl}. */
export interface RoundingRuleControlProps {
  value: RoundingRule;
  onChange: (rule: RoundingRule) => void;
}

const choices: ReadonlyArray<[RoundingRule, string]> = [
  ['half-up', 'Half up'],
  ['largest-remainder', 'Largest remainder'],
];

/** Chooses how computed percentages are rounded: half up, or largest remainder (sums to 100). */
export function RoundingRuleControl({ value, onChange }: RoundingRuleControlProps) {
  const name = useId();
  return (
    <fieldset className="rounding-rule">
      <legend>Rounding</legend>
      {choices.map(([rule, label]) => (
        <label key={rule}>
          <input
            type="radio"
            name={name}
            value={rule}
            checked={value === rule}
            onChange={() => onChange(rule)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
