import { tint } from '../palette';

/** A hatched fill: a tinted ground with stripes of the bar's colour. */
export interface HatchFill {
  solid: string;
  stripe: string;
}

/** The id suffix of a hatch pattern, unique per colour pair. */
export function hatchKey(fill: HatchFill): string {
  return `hatch-${fill.solid.replace('#', '')}-${fill.stripe.replace('#', '')}`;
}

/** Props of {@link HatchPatterns}. */
export interface HatchPatternsProps {
  uid: string;
  fills: readonly HatchFill[];
}

/**
 * SVG pattern definitions for inferred shares: diagonal stripes, which stay distinguishable in
 * greyscale print and without colour vision. Defined inside the chart so exports carry them.
 */
export function HatchPatterns({ uid, fills }: HatchPatternsProps) {
  const unique = new Map(fills.map((f) => [hatchKey(f), f]));
  if (unique.size === 0) return null;
  return (
    <defs>
      {[...unique].map(([key, fill]) => (
        <pattern
          key={key}
          id={`${uid}-${key}`}
          patternUnits="userSpaceOnUse"
          width={6}
          height={6}
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill={tint(fill.solid, 0.62)} />
          <rect width={2.5} height={6} fill={fill.stripe} />
        </pattern>
      ))}
    </defs>
  );
}
