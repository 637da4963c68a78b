import type { LoadResult } from '../../data/types';
import { TableFrame } from '../../ui/table-frame';

/** Props of {@link LoadFacts}. */
export interface LoadFactsProps {
  result: LoadResult;
}

const kindNames = new Map([
  ['json', 'JSON dataset'],
  ['cases', 'cases'],
  ['learning', 'learning'],
  ['published', 'published figures'],
  ['screening', 'screening'],
  ['unknown', 'not recognised'],
]);

/** What the loader learned: files, kinds, encodings and delimiters, rows read/loaded/rejected. */
export function LoadFacts({ result }: LoadFactsProps) {
  const { files, codebookDerived } = result.facts;
  const sum = (key: 'rowsRead' | 'rowsLoaded' | 'rowsRejected') =>
    files.reduce((n, f) => n + f[key], 0);
  return (
    <div className="load-facts">
      <p className="check-summary">
        {result.ok ? 'Loaded' : 'Refused'}: {files.length} file{files.length === 1 ? '' : 's'},{' '}
        {sum('rowsRead')} rows read, {sum('rowsLoaded')} loaded, {sum('rowsRejected')} rejected. The
        codebook was{' '}
        {codebookDerived ? 'derived from the values in the files' : 'given by the file'}.
      </p>
      <TableFrame label={'Files read'}>
        <table className="data-table facts-table">
          <caption>Files read</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Kind</th>
              <th scope="col">Size (bytes)</th>
              <th scope="col">Encoding</th>
              <th scope="col">Delimiter</th>
              <th scope="col">Rows read</th>
              <th scope="col">Loaded</th>
              <th scope="col">Rejected</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f, i) => (
              <tr key={`${f.name}-${i}`}>
                <th scope="row">{f.name}</th>
                <td>{kindNames.get(f.kind) ?? f.kind}</td>
                <td>{f.bytes.toLocaleString('en-GB')}</td>
                <td>{f.encoding ?? '–'}</td>
                <td>{f.delimiter ?? '–'}</td>
                <td>{f.rowsRead}</td>
                <td>{f.rowsLoaded}</td>
                <td>{f.rowsRejected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </div>
  );
}
