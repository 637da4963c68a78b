import { projectorColours, projectorTextPairs } from './projector-palette';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const colour = (name: string): string => {
  const value = (projectorColours as Record<string, string>)[name];
  if (!value) throw new Error(`no colour ${name}`);
  return value;
};

describe('the projector theme', () => {
  it('computes contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(projectorTextPairs)('gives %s on %s a contrast of at least 7:1', (ink, background) => {
    expect(contrast(colour(ink), colour(background))).toBeGreaterThanOrEqual(7);
  });
});
