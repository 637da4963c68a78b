/** Where the files served with the app sit, relative to the page (see served-files.ts). */

/** The bundled November 2019 briefing. */
export const bundledDatasetUrl = 'data/vkpp-2019-11.json';
/** Its load prepared ahead (src/data/prepared-load.ts); the one-file copy does not hold it. */
export const bundledPreparedUrl = 'data/vkpp-2019-11.prepared.json';
/** The briefing deck, beside the bundled dataset. */
export const briefingDeckUrl = 'data/vkpp-2019-11-deck.json';
/** The synthetic multi-period demonstration dataset. */
export const syntheticDemoUrl = 'data/synthetic-trends.json';
