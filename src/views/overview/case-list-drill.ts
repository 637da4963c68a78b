import type { CasesBehindRequest } from '../../query/cases-behind';
import type { DatasetIndex } from '../../query/dataset-index';
import type { HeadlineFigures } from '../../query/aggregate';

/** A list of cases the Overview can open: behind a headline tile, or behind a chart's count. */
export type CaseListDrill =
  | { kind: 'headline'; figure: keyof HeadlineFigures }
  | { kind: 'chart'; request: Required<CasesBehindRequest> };

const prefix = 'list:';
const headlineKeys: ReadonlyArray<keyof HeadlineFigures> = [
  'cases',
  'deaths',
  'significantHarm',
  'forces',
  'regions',
];

/**
 * Writes a case list as the URL's `drill` value, so a link reopens it:
 * `list:headline/deaths` or `list:chart/<chart>/<dimension>/<id>,<id>` (parts URI-encoded; no
 * ids means the cases with no value recorded).
 */
export function writeCaseListDrill(drill: CaseListDrill): string {
  if (drill.kind === 'headline') return `${prefix}headline/${drill.figure}`;
  const { except, dimension, categories } = drill.request;
  const parts = [except, dimension, categories.map(encodeURIComponent).join(',')];
  return `${prefix}chart/${parts.map((p, i) => (i < 2 ? encodeURIComponent(p) : p)).join('/')}`;
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch (error) {
    // A malformed escape (a hand-edited link) makes the drill unreadable, not the app.
    if (error instanceof URIError) return undefined;
    throw error;
  }
}

/** Reads a `drill` value written by {@link writeCaseListDrill}; undefined for anything else. */
export function readCaseListDrill(value: string | undefined): CaseListDrill | undefined {
  if (!value?.startsWith(prefix)) return undefined;
  const parts = value.slice(prefix.length).split('/');
  if (parts[0] === 'headline' && parts.length === 2) {
    const figure = headlineKeys.find((k) => k === parts[1]);
    return figure ? { kind: 'headline', figure } : undefined;
  }
  if (parts[0] !== 'chart' || parts.length !== 4) return undefined;
  const except = decode(parts[1] ?? '');
  const dimension = decode(parts[2] ?? '');
  const categories = (parts[3] ?? '') === '' ? [] : (parts[3] ?? '').split(',').map(decode);
  if (except === undefined || dimension === undefined || categories.includes(undefined))
    return undefined;
  return {
    kind: 'chart',
    request: { except, dimension, categories: categories.filter((c) => c !== undefined) },
  };
}

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
