/** A stand-in for a code chunk, imported by lazy-retry's test under a fresh address. */
export function Method({ heading }: { heading: string }) {
  return <h1>{heading} (fetched again)</h1>;
}
