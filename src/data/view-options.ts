/**
 * The choices a view offers beyond its filters that change what a chart shows: the Overview map's
 * unit (forces or regions) and colouring (count or share), and the Themes view's chart (the
 * heatmap or theme co-occurrence) and co-occurrence measure. The URL and saved slides hold them,
 * so a link or a slide reproduces the screen; each is left out when it is the default.
 */

/** Each option's URL parameter, its values (the first is the default) and the view it is of. */
export const viewOptionSpecs = {
  map: { values: ['forces', 'regions'], view: 'overview' },
  mapby: { values: ['count', 'share'], view: 'overview' },
  themes: { values: ['heatmap', 'co-occurrence'], view: 'themes' },
  measure: { values: ['count', 'jaccard', 'lift', 'observed-expected'], view: 'themes' },
} as const;

type Specs = typeof viewOptionSpecs;
/** The name of a view option, as its URL parameter is named. */
export type ViewOptionName = keyof Specs;

/** The options chosen; an option not set is at its default. */
export type ViewOptions = {
  readonly [Name in ViewOptionName]?: Specs[Name]['values'][number];
};

const names = Object.keys(viewOptionSpecs) as ViewOptionName[];

/** True when `name` is a view option's URL parameter. */
export function isViewOptionName(name: string): name is ViewOptionName {
  return (names as string[]).includes(name);
}

/** An option's value, or its default when it is not set. */
export function viewOption<Name extends ViewOptionName>(
  options: ViewOptions | undefined,
  name: Name,
): Specs[Name]['values'][number] {
  return options?.[name] ?? viewOptionSpecs[name].values[0];
}

/**
 * The options with `name` set to `value` when it is one of its values (the default is left out,
 * so equal screens have equal options), or null when it is not a value of the option.
 */
export function withViewOption(
  options: ViewOptions,
  name: ViewOptionName,
  value: string,
): ViewOptions | null {
  const values: readonly string[] = viewOptionSpecs[name].values;
  if (!values.includes(value)) return null;
  const next: Record<string, string> = { ...options };
  if (value === values[0]) delete next[name];
  else next[name] = value;
  return next as ViewOptions;
}

/**
 * Reads options from pairs of name and value (a deck's slide): the known ones with a known value;
 * the rest are returned by name in `dropped`.
 */
export function readViewOptions(pairs: Iterable<[string, unknown]>): {
  options: ViewOptions;
  dropped: string[];
} {
  let options: ViewOptions = {};
  const dropped: string[] = [];
  for (const [name, value] of pairs) {
    const next =
      isViewOptionName(name) && typeof value === 'string'
        ? withViewOption(options, name, value)
        : null;
    if (next) options = next;
    else dropped.push(`${name}=${String(value)}`);
  }
  return { options, dropped };
}

/** The options that are of `view` (a slide of the Overview keeps the map's, not the Themes'). */
export function viewOptionsOf(options: ViewOptions | undefined, view: string): ViewOptions {
  const kept: Record<string, string> = {};
  for (const name of names) {
    const value = options?.[name];
    if (value !== undefined && viewOptionSpecs[name].view === view) kept[name] = value;
  }
  return kept as ViewOptions;
}

/** The options as pairs in a stable order, defaults left out. */
export function viewOptionPairs(options: ViewOptions | undefined): Array<[ViewOptionName, string]> {
  return names.flatMap((name) => {
    const value = options?.[name];
    return value === undefined || value === viewOptionSpecs[name].values[0]
      ? []
      : [[name, value] as [ViewOptionName, string]];
  });
}
