import type { LoadProblem } from '../data/types';

/** A refused load's errors, one line each with file, row and column: why it could not be used. */
export function ErrorProblemList({ problems }: { problems: readonly LoadProblem[] }) {
  return (
    <ul>
      {problems
        .filter((p) => p.severity === 'error')
        .map((p, i) => (
          <li key={`${p.code}-${i}`}>
            {p.file}
            {p.row !== undefined ? `, row ${p.row}` : ''}
            {p.column !== undefined ? `, column "${p.column}"` : ''}: {p.message}
          </li>
        ))}
    </ul>
  );
}
