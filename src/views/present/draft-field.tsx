import { useId, useState } from 'react';

/** Props of {@link DraftField}. */
export interface DraftFieldProps {
  label: string;
  value: string;
  /** Called on every change; a required field is not committed while empty. */
  onCommit: (value: string) => void;
  required?: boolean;
  multiline?: boolean;
  className?: string;
}

/**
 * A text field that keeps what is typed even while it is not yet valid (an emptied caption), so
 * the store never has to hold an invalid value; leaving an empty required field restores it.
 */
export function DraftField({
  label,
  value,
  onCommit,
  required = false,
  multiline = false,
  className,
}: DraftFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const change = (next: string) => {
    setDraft(next);
    if (!required || next.trim() !== '') onCommit(next);
  };
  const blur = () => {
    if (required && draft.trim() === '') setDraft(value);
  };
  return (
    <div className={className ? `draft-field ${className}` : 'draft-field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          autoComplete="off"
          id={id}
          value={draft}
          rows={3}
          onChange={(e) => change(e.currentTarget.value)}
          onBlur={blur}
        />
      ) : (
        <input
          autoComplete="off"
          id={id}
          type="text"
          value={draft}
          required={required}
          onChange={(e) => change(e.currentTarget.value)}
          onBlur={blur}
        />
      )}
    </div>
  );
}
