import { useId, useState, type FormEvent } from 'react';
import type { PendingAdd, PeriodSide } from '../state/use-add-to-current';

/** Props of {@link PeriodQuestion}. */
export interface PeriodQuestionProps {
  needPeriod: PendingAdd['needPeriod'];
  onAnswer: (periods: Partial<Record<PeriodSide, string>>) => void;
  onCancel: () => void;
}

/**
 * Asks the period of cases that have none, when neither a Period column nor the file says it,
 * so each case keeps its period in the combined data. A blank answer leaves them without one.
 */
export function PeriodQuestion({ needPeriod, onAnswer, onCancel }: PeriodQuestionProps) {
  const uid = useId();
  const [answers, setAnswers] = useState<Partial<Record<PeriodSide, string>>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAnswer(answers);
  };
  return (
    <form className="period-question" onSubmit={submit} aria-labelledby={`${uid}-heading`}>
      <h3 id={`${uid}-heading`}>Which period are these cases from?</h3>
      <p>
        Neither a Period column nor the file names the period of these cases. Name it (for example
        2019-Q4, 2020 or 2020-03) so Trends can compare periods, or leave it blank.
      </p>
      {needPeriod.map(({ side, name }) => (
        <p key={side}>
          <label htmlFor={`${uid}-${side}`}>Period of {name}</label>{' '}
          <input
            id={`${uid}-${side}`}
            type="text"
            value={answers[side] ?? ''}
            placeholder="e.g. 2019-Q4"
            onChange={(event) => {
              const value = event.currentTarget.value;
              setAnswers((previous) => ({ ...previous, [side]: value }));
            }}
          />
        </p>
      ))}
      <div className="period-actions">
        <button type="submit">Add with these periods</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
