/** What the drill-down panel shows: a cell, a whole case, a whole theme, or the items naming no case. */
export type DrillTarget =
  | { kind: 'cell'; caseId: string; themeId: string }
  | { kind: 'row'; caseId: string }
  | { kind: 'col'; themeId: string }
  | { kind: 'nocase' };

/** Writes a drill target as the store's (and the URL's) `drill` string, e.g. `cell:<case>:<theme>`. */
export function formatDrill(target: DrillTarget): string {
  const enc = encodeURIComponent;
  switch (target.kind) {
    case 'cell':
      return `cell:${enc(target.caseId)}:${enc(target.themeId)}`;
    case 'row':
      return `row:${enc(target.caseId)}`;
    case 'col':
      return `col:${enc(target.themeId)}`;
    default:
      return 'nocase';
  }
}

function decode(part: string | undefined): string | null {
  if (part === undefined || part === '') return null;
  try {
    return decodeURIComponent(part);
  } catch (error) {
    // A hand-edited link with a broken escape: treat it as no drill-down rather than crash.
    if (error instanceof URIError) return null;
    throw error;
  }
}

/** Reads a `drill` string; anything malformed reads as no drill-down. */
export function parseDrill(drill: string | undefined): DrillTarget | null {
  if (!drill) return null;
  const [kind, first, second, ...rest] = drill.split(':');
  if (rest.length > 0) return null;
  if (kind === 'nocase' && first === undefined) return { kind: 'nocase' };
  const a = decode(first);
  if (a === null) return null;
  if (kind === 'row' && second === undefined) return { kind: 'row', caseId: a };
  if (kind === 'col' && second === undefined) return { kind: 'col', themeId: a };
  const b = decode(second);
  if (kind === 'cell' && b !== null) return { kind: 'cell', caseId: a, themeId: b };
  return null;
}
