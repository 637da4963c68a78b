import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledModel } from '../../tests/unit/chart-models';
import { copyChartImage } from './chart-export';

const model = bundledModel('overview.contactRoute');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('copyChartImage', () => {
  it('says plainly when the browser cannot put images on the clipboard', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const outcome = await copyChartImage({ model, drawing: null });
    expect(outcome).toEqual({
      ok: false,
      message:
        'This browser does not let a page put images on the clipboard. Use PNG to save the image and insert it instead.',
    });
  });

  it('passes on the browser’s refusal as a message, not a throw', async () => {
    class FakeItem {
      constructor(readonly items: Record<string, Promise<Blob>>) {
        // The image promise is not awaited by a refusing clipboard: keep it from rejecting loose.
        Object.values(items).forEach((p) => p.catch(() => undefined));
      }
    }
    vi.stubGlobal('ClipboardItem', FakeItem);
    const write = vi.fn(() =>
      Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')),
    );
    vi.stubGlobal('navigator', { userAgent: navigator.userAgent, clipboard: { write } });
    const outcome = await copyChartImage({ model, drawing: null });
    expect(write).toHaveBeenCalledTimes(1);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe(
      'The browser did not copy the image (Document is not focused.). Use PNG to save the image and insert it instead.',
    );
  });

  it('hands the clipboard a PNG item and says where to paste it', async () => {
    const made: Array<Record<string, Promise<Blob>>> = [];
    class FakeItem {
      constructor(readonly items: Record<string, Promise<Blob>>) {
        made.push(items);
        Object.values(items).forEach((p) => p.catch(() => undefined));
      }
    }
    vi.stubGlobal('ClipboardItem', FakeItem);
    const write = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { userAgent: navigator.userAgent, clipboard: { write } });
    const outcome = await copyChartImage({ model, drawing: null });
    expect(Object.keys(made[0] ?? {})).toEqual(['image/png']);
    expect(outcome).toEqual({
      ok: true,
      message: 'Copied “Initial police contact” as an image: paste it into a slide or a document.',
    });
  });
});
