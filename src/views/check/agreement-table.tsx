import type { AgreementCell, AgreementRow } from '../../query/agreement-table';

/** Props of {@link AgreementTable}. */
export interface AgreementTableProps {
  rows: readonly AgreementRow[];
  /** A case count as shown (presenter-safe: "< 5"). */
  count: (n: number) => string;
}

function Cell({ cell }: { cell: AgreementCell }) {
  return (
    <td>
      {cell.text}
      {cell.note && <span className="agreement-note">{cell.note}</span>}
    </td>
  );
}

/**
 * The "Coder agreement" table (DESIGN.md "Contract"): per field and per theme, the cases every
 * coder coded, percent agreement, kappa with its reading, kappa's 95 % interval, and alpha with its
 * reading; an undefined coefficient says why in its cell.
 */
export function AgreementTable({ rows, count }: AgreementTableProps) {
  return (
    <div className="agreement-scroll">
      <table className="data-table agreement-table">
        <caption>Coder agreement</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Cases</th>
            <th scope="col">Percent agreement</th>
            <th scope="col">Kappa</th>
            <th scope="col">Interval</th>
            <th scope="col">Alpha</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.kind === 'theme' ? 'agreement-theme' : undefined}>
              <th scope="row">{row.field}</th>
              <td>
                {count(row.cases)}
                {row.cases !== row.compared && (
                  <span className="agreement-note">of {count(row.compared)} compared</span>
                )}
              </td>
              <Cell cell={row.percentAgreement} />
              <Cell cell={row.kappa} />
              <Cell cell={row.interval} />
              <Cell cell={row.alpha} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
