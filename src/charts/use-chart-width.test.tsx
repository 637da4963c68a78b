import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useChartWidth } from './use-chart-width';

function Probe({ top }: { top: number }) {
  const { ref, width, measured } = useChartWidth<HTMLDivElement>(300);
  return (
    <div ref={ref} data-top={top}>
      {measured ? `drawn at ${width}` : `waiting (${width})`}
    </div>
  );
}

let frames: FrameRequestCallback[] = [];
let observed: ResizeObserverCallback[] = [];

const runFrames = () =>
  act(() => {
    const due = frames;
    frames = [];
    due.forEach((frame) => frame(0));
  });

describe('useChartWidth', () => {
  beforeEach(() => {
    frames = [];
    observed = [];
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => {
      frames.push(frame);
      return frames.length;
    });
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          observed.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    // jsdom lays nothing out: every element is 640.6px wide, at the top its data-top gives.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const top = Number(this.dataset.top ?? 0);
      return new DOMRect(0, top, 640.6, 0);
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('holds the drawing until the next frame has measured the container', async () => {
    render(<Probe top={10} />);
    expect(screen.getByText('waiting (300)')).toBeInTheDocument();
    await runFrames();
    expect(screen.getByText('drawn at 640')).toBeInTheDocument();
  });

  it('draws a chart below the screen too, once measured', async () => {
    render(<Probe top={window.innerHeight + 500} />);
    await runFrames();
    expect(screen.getByText('drawn at 640')).toBeInTheDocument();
  });

  it('follows the container as it is resized', async () => {
    render(<Probe top={10} />);
    await runFrames();
    act(() =>
      observed[0]?.(
        [
          {
            borderBoxSize: [{ inlineSize: 480.9, blockSize: 10 }],
          } as unknown as ResizeObserverEntry,
        ],
        {} as ResizeObserver,
      ),
    );
    expect(screen.getByText('drawn at 480')).toBeInTheDocument();
  });
});
