import { runSteps, runStepsAsync, runToEnd, type Steps } from './run-steps';

function* threeSteps(log: string[]): Steps<string> {
  log.push('step 1');
  yield 0.25;
  log.push('step 2');
  yield 0.5;
  log.push('step 3');
  return 'done';
}

describe('runSteps', () => {
  it('runs to the end, reporting each fraction and then 1', () => {
    const fractions: number[] = [];
    expect(runSteps(threeSteps([]), { onProgress: (f) => fractions.push(f) })).toBe('done');
    expect(fractions).toEqual([0.25, 0.5, 1]);
  });

  it.each([
    [0, [] as string[]],
    [1, ['step 1']],
    [2, ['step 1', 'step 2']],
  ])('stops after %d reports when asked', (after, steps) => {
    const log: string[] = [];
    let reports = 0;
    const result = runSteps(threeSteps(log), {
      onProgress: () => reports++,
      shouldStop: () => reports >= after,
    });
    expect(result).toBe('cancelled');
    expect(log).toEqual(steps);
  });
});

describe('runToEnd', () => {
  it('returns the result', () => {
    const log: string[] = [];
    expect(runToEnd(threeSteps(log))).toBe('done');
    expect(log).toHaveLength(3);
  });
});

describe('runStepsAsync', () => {
  it('waits for the next task, not just a microtask, between steps', async () => {
    const log: string[] = [];
    const result = runStepsAsync(threeSteps(log));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(log).toEqual(['step 1']);
    expect(await result).toBe('done');
    expect(log).toHaveLength(3);
  });

  it('stops when a task in between asks it to', async () => {
    let stop = false;
    queueMicrotask(() => {
      stop = true;
    });
    expect(await runStepsAsync(threeSteps([]), { shouldStop: () => stop })).toBe('cancelled');
  });
});
