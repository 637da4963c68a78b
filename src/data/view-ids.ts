/**
 * The views of the app, in navigation order: the one list the URL, the store, the navigation and
 * the deck format take their view ids from.
 */
export const viewIds = [
  'overview',
  'themes',
  'learning',
  'case',
  'check',
  'method',
  'trends',
  'present',
] as const;

/** One view of the app. */
export type ViewId = (typeof viewIds)[number];

/** The views a slide can show: every view but Present itself. */
export const slideViews = viewIds.filter((v): v is Exclude<ViewId, 'present'> => v !== 'present');
