import { describe, expect, it, vi } from 'vitest';
import { consoleGuard } from './console-guard';

describe('consoleGuard', () => {
  it('gives back the errors and warnings written while it was on, and restores the console', () => {
    const before = { error: console.error, warn: console.warn };
    const guard = consoleGuard();
    guard.start();
    console.error('An update to %s inside a test was not wrapped in act(...).', 'TrendsView');
    console.warn('deprecated');
    expect(guard.stop()).toEqual([
      'console.error: An update to TrendsView inside a test was not wrapped in act(...).',
      'console.warn: deprecated',
    ]);
    expect(console.error).toBe(before.error);
    expect(console.warn).toBe(before.warn);
  });

  it('lets a test that expects a console error spy on it instead', () => {
    const guard = consoleGuard();
    guard.start();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    console.error('expected');
    expect(spy).toHaveBeenCalledWith('expected');
    spy.mockRestore();
    expect(guard.stop()).toEqual([]);
  });
});
