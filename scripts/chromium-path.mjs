/**
 * Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, then /usr/bin/chromium, then a
 * browser Playwright installed itself. Returns undefined when there is none.
 */
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  return undefined;
}

export async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch (error) {
    // No Playwright browser is registered: the caller installs one.
    return error instanceof Error ? undefined : undefined;
  }
}
