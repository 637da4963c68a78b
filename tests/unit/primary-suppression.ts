import type {
  DisclosureRequest,
  DisclosureResult,
  HiddenReason,
} from '../../src/query/disclosure/disclosure-types';

/** Primary suppression only: every count from 1 to k − 1 of the current state is hidden. */
export function primarySuppression(request: DisclosureRequest): DisclosureResult {
  const hidden = new Map<string, HiddenReason>();
  for (const cell of request.current.cells)
    if (cell.value > 0 && cell.value < request.k) hidden.set(cell.quantity, 'primary');
  return hidden;
}
