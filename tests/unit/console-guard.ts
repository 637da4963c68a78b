import { format } from 'node:util';

/**
 * Catches console errors and warnings between {@link ConsoleGuard.start} and
 * {@link ConsoleGuard.stop}, which gives back what was written and restores the console.
 */
export interface ConsoleGuard {
  start(): void;
  stop(): string[];
}

/** A guard over `console.error` and `console.warn`. */
export function consoleGuard(): ConsoleGuard {
  const written: string[] = [];
  let original: { error: typeof console.error; warn: typeof console.warn } | undefined;
  return {
    start() {
      written.length = 0;
      original = { error: console.error, warn: console.warn };
      console.error = (...args: unknown[]) => written.push(`console.error: ${format(...args)}`);
      console.warn = (...args: unknown[]) => written.push(`console.warn: ${format(...args)}`);
    },
    stop() {
      if (original) Object.assign(console, original);
      original = undefined;
      return [...written];
    },
  };
}
