import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance, tileScale, zeroClass } from './tile-map-scale';

/** CIE lightness L* (0–100) of a colour: what a greyscale print keeps. */
function lightness(hex: string): number {
  const y = relativeLuminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

describe('tileScale', () => {
  it.each([
    [1, ['1']],
    [3, ['1', '2', '3']],
    [5, ['1', '2', '3', '4', '5']],
    [6, ['1–2', '3–4', '5–6']],
    [7, ['1–2', '3–4', '5–6', '7–8']],
    [37, ['1–10', '11–20', '21–30', '31–40']],
    [100, ['1–20', '21–40', '41–60', '61–80', '81–100']],
  ])('labels the classes for a largest value of %i', (max, labels) => {
    expect(tileScale(max).classes.map((c) => c.label)).toEqual(labels);
  });

  it('puts each whole number in the class whose range holds it', () => {
    const scale = tileScale(37);
    expect([1, 10, 11, 20, 21, 37].map(scale.classOf)).toEqual([0, 0, 1, 1, 2, 3]);
    expect(tileScale(55, '%').classes.at(-1)?.label).toBe('41–60%');
  });

  it.each([1, 2, 3, 4, 5, 8, 40, 100])(
    'reads in greyscale: lightness falls by at least 10 L* a class, from 0 up (max %i)',
    (max) => {
      const fills = [zeroClass.fill, ...tileScale(max).classes.map((c) => c.fill)];
      const steps = fills.slice(1).map((fill, i) => lightness(fills[i]!) - lightness(fill));
      for (const step of steps) expect(step).toBeGreaterThanOrEqual(10);
    },
  );

  it('writes each tile’s text in a colour with at least 4.5:1 contrast on its fill', () => {
    for (const max of [1, 3, 5, 40]) {
      for (const c of [zeroClass, ...tileScale(max).classes]) {
        expect(contrastRatio(c.fill, c.ink)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
