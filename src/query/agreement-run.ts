/**
 * One whole agreement run, as the Check view shows it: the coders' comparison, every field's and
 * theme's agreement, and the disagreements. Pure, so it runs the same in the agreement worker
 * (off the main thread: the bootstraps of thousands of cases take seconds) and in tests.
 */
import { measureAgreement, type AgreementResult } from './agreement';
import { listDisagreements, type Disagreement } from './agreement-disagreements';
import { agreementInput, type AgreementProblem, type CoderDataset } from './agreement-input';

/** What an agreement run found. */
export interface AgreementRun {
  ok: boolean;
  /** The coders' names as the table and the CSV give them (made unique). */
  coders: string[];
  results: AgreementResult[];
  disagreements: Disagreement[];
  problems: AgreementProblem[];
}

/** Measures the coders' agreement on every field and theme, and lists their disagreements. */
export function runAgreement(coders: readonly CoderDataset[]): AgreementRun {
  const input = agreementInput(coders);
  if (!input.ok)
    return { ok: false, coders: [], results: [], disagreements: [], problems: input.problems };
  return {
    ok: true,
    coders: input.coders,
    results: input.items.map((item) => measureAgreement(item)),
    disagreements: listDisagreements(input.items, input.learning),
    problems: input.problems,
  };
}
