/** Parameters named in the notice; the rest are counted. */
const NAMED = 5;

const count = new Intl.NumberFormat('en-GB');

/**
 * The notice of the parameters a link held that the app could not use: each named when there are
 * a few; past {@link NAMED}, a count with the first few ("37 unknown parameters ignored: a, b, c,
 * d, e and 32 more."), so a link of 20,000 parameters gives one line, not 190 KB of text.
 * `names` are the ones known by name, `more` how many more there were.
 */
export function urlNoticeText(names: readonly string[], more: number): string {
  const total = names.length + more;
  if (total <= NAMED)
    return `The link held settings this app could not use, so they were left out: ${names.join(', ')}.`;
  const shown = names.slice(0, NAMED);
  return `${count.format(total)} unknown parameters ignored: ${shown.join(', ')} and ${count.format(total - shown.length)} more.`;
}
