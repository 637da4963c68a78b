/** Finds a Chromium for the end-to-end tests, or undefined. */
export function findChromium(): string | undefined;
/** The Chromium Playwright installed itself, or undefined. */
export function playwrightChromium(): Promise<string | undefined>;
