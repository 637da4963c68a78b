/**
 * What is drilled into, as the store holds it and as one string format in links and decks:
 * a Themes cell, row, column or the learning naming no case, or an Overview list of the cases
 * behind a headline figure or a chart's count. One union, one writer, one reader.
 */
export type Drill =
  | { kind: 'cell'; caseId: string; themeId: string }
  | { kind: 'row'; caseId: string }
  | { kind: 'col'; themeId: string }
  | { kind: 'nocase' }
  | { kind: 'headline'; figure: HeadlineDrillFigure }
  | {
      kind: 'chart';
      /** The dimension the chart leaves out of its filters ('' for none), its dimension, the ids. */
      request: { except: string; dimension: string; categories: readonly string[] };
    };

/** The headline figures whose cases a list can show. */
export const headlineDrillFigures = [
  'cases',
  'deaths',
  'significantHarm',
  'forces',
  'regions',
] as const;
/** One headline figure whose cases a list can show. */
export type HeadlineDrillFigure = (typeof headlineDrillFigures)[number];

/** A drill-down of the Themes view. */
export type ThemesDrill = Extract<Drill, { kind: 'cell' | 'row' | 'col' | 'nocase' }>;
/** A list of cases on the Overview. */
export type CaseListDrill = Extract<Drill, { kind: 'headline' | 'chart' }>;

/** True for a Themes drill-down. */
export function isThemesDrill(drill: Drill | undefined): drill is ThemesDrill {
  return (
    drill?.kind === 'cell' ||
    drill?.kind === 'row' ||
    drill?.kind === 'col' ||
    drill?.kind === 'nocase'
  );
}

/** True for an Overview case list. */
export function isCaseListDrill(drill: Drill | undefined): drill is CaseListDrill {
  return drill?.kind === 'headline' || drill?.kind === 'chart';
}

const enc = encodeURIComponent;

/**
 * Writes a drill as its link string: `cell:<case>:<theme>`, `row:<case>`, `col:<theme>`,
 * `nocase`, `list:headline/<figure>` or `list:chart/<except>/<dimension>/<id>,<id>` (parts
 * URI-encoded; no ids means the cases with no value recorded).
 */
export function formatDrill(drill: Drill): string {
  switch (drill.kind) {
    case 'cell':
      return `cell:${enc(drill.caseId)}:${enc(drill.themeId)}`;
    case 'row':
      return `row:${enc(drill.caseId)}`;
    case 'col':
      return `col:${enc(drill.themeId)}`;
    case 'nocase':
      return 'nocase';
    case 'headline':
      return `list:headline/${drill.figure}`;
    case 'chart': {
      const { except, dimension, categories } = drill.request;
      return `list:chart/${enc(except)}/${enc(dimension)}/${categories.map(enc).join(',')}`;
    }
  }
}

function decode(part: string | undefined): string | undefined {
  if (part === undefined) return undefined;
  try {
    return decodeURIComponent(part);
  } catch (error) {
    // A hand-edited link with a broken escape reads as no drill-down rather than a crash.
    if (error instanceof URIError) return undefined;
    throw error;
  }
}

function parseList(value: string): CaseListDrill | undefined {
  const parts = value.split('/');
  if (parts[0] === 'headline' && parts.length === 2) {
    const figure = headlineDrillFigures.find((k) => k === parts[1]);
    return figure ? { kind: 'headline', figure } : undefined;
  }
  if (parts[0] !== 'chart' || parts.length !== 4) return undefined;
  const except = decode(parts[1]);
  const dimension = decode(parts[2]);
  const categories = parts[3] === '' ? [] : (parts[3] ?? '').split(',').map(decode);
  if (except === undefined || dimension === undefined) return undefined;
  const ids = categories.filter((c) => c !== undefined);
  if (ids.length !== categories.length) return undefined;
  return { kind: 'chart', request: { except, dimension, categories: ids } };
}

/** Reads a drill's link string; anything malformed reads as no drill-down (undefined). */
export function parseDrill(value: string | undefined): Drill | undefined {
  if (!value) return undefined;
  if (value.startsWith('list:')) return parseList(value.slice('list:'.length));
  const [kind, first, second, ...rest] = value.split(':');
  if (rest.length > 0) return undefined;
  if (kind === 'nocase') return first === undefined ? { kind: 'nocase' } : undefined;
  const a = first === '' ? undefined : decode(first);
  if (a === undefined) return undefined;
  if (kind === 'row' && second === undefined) return { kind: 'row', caseId: a };
  if (kind === 'col' && second === undefined) return { kind: 'col', themeId: a };
  const b = second === '' ? undefined : decode(second);
  if (kind === 'cell' && b !== undefined) return { kind: 'cell', caseId: a, themeId: b };
  return undefined;
}
