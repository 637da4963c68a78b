// jest-dom matchers for Testing Library; cleanup after each test is automatic with vitest globals.
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { consoleGuard } from './console-guard';

/**
 * A test fails on any console error or warning it did not ask for (React's act(...) warnings, a
 * component logging a failure), so such warnings cannot come back silently. A test that expects
 * one spies on the console itself, which takes the place of this guard for that test.
 */
const guard = consoleGuard();

beforeEach(() => guard.start());

afterEach(() => {
  const written = guard.stop();
  if (written.length > 0) {
    const first = written[0]!.split('\n').slice(0, 6).join('\n');
    throw new Error(`The test wrote ${written.length} unexpected console message(s):\n${first}`);
  }
});
