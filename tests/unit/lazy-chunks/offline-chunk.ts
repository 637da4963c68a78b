// A chunk that still does not arrive: what the browser's import() rejects with while offline.
throw new TypeError(`Failed to fetch dynamically imported module: ${import.meta.url}`);
