import type { CasesBehindRequest } from '../../query/cases-behind';
import type { DatasetIndex } from '../../query/dataset-index';
import type { CaseListDrill } from '../../data/drill';

/**
 * The cases-behind request of a drill and the heading of its list, or undefined when the drill
 * names a dimension or category this dataset does not have (a stale link).
 */
export function resolveCaseListDrill(
  drill: CaseListDrill,
  index: DatasetIndex,
  deathId: string | undefined,
  harmId: string | undefined,
): { request: CasesBehindRequest; heading: string } | undefined {
  if (drill.kind === 'headline') {
    const whole = { dimension: '', categories: [] };
    switch (drill.figure) {
      case 'deaths':
        return deathId
          ? { request: { dimension: 'outcome', categories: [deathId] }, heading: 'Deaths' }
          : undefined;
      case 'significantHarm':
        return harmId
          ? { request: { dimension: 'outcome', categories: [harmId] }, heading: 'Significant harm' }
          : undefined;
      case 'forces':
        return { request: whole, heading: 'Cases across the forces' };
      case 'regions':
        return { request: whole, heading: 'Cases across the regions' };
      default:
        return { request: whole, heading: 'Cases' };
    }
  }
  const { request } = drill;
  const dimension = index.dimensions.get(request.dimension);
  if (!dimension || (request.except !== '' && !index.dimensions.has(request.except)))
    return undefined;
  const labels = request.categories.map(
    (id) => dimension.categories.find((c) => c.id === id)?.label,
  );
  if (labels.includes(undefined)) return undefined;
  const what = labels.length === 0 ? 'not recorded' : labels.join(', ');
  return {
    request: { ...request, except: request.except || undefined },
    heading: `${dimension.label} — ${what}`,
  };
}
