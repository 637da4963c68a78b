/**
 * Long work written as a generator that yields the fraction done after each step and returns its
 * result, so one piece of code can run straight through, report progress, be cancelled between
 * steps, or give the event loop a turn between steps (to hear a cancel message).
 */
export type Steps<T> = Generator<number, T, void>;

/** What a caller can ask of a run: progress reports and a way to stop it. */
export interface StepOptions {
  onProgress?: (fraction: number) => void;
  shouldStop?: () => boolean;
}

/** Runs the steps to the end on the spot and returns their result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps to the end on the spot, reporting progress; 'cancelled' when asked to stop. */
export function runSteps<T>(steps: Steps<T>, options: StepOptions = {}): T | 'cancelled' {
  for (;;) {
    if (options.shouldStop?.()) return 'cancelled';
    const next = steps.next();
    if (next.done) {
      options.onProgress?.(1);
      return next.value;
    }
    options.onProgress?.(next.value);
  }
}

/**
 * Resolves after the current task, letting queued events (a cancel message, a click) run. A
 * MessageChannel message rather than `setTimeout(0)`, which browsers clamp to 4 ms when nested.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs the steps, giving the event loop a turn after each one so `shouldStop` can change. */
export async function runStepsAsync<T>(
  steps: Steps<T>,
  options: StepOptions = {},
): Promise<T | 'cancelled'> {
  for (;;) {
    if (options.shouldStop?.()) return 'cancelled';
    const next = steps.next();
    if (next.done) {
      options.onProgress?.(1);
      return next.value;
    }
    options.onProgress?.(next.value);
    await nextTask();
  }
}
