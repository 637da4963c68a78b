/** A run of text, marked when it matches a search term. */
export interface TextPart {
  text: string;
  match: boolean;
}

const special = /[.*+?^${}()|[\]\\]/g;

/** The search terms of a query: whitespace-separated, de-duplicated, longest first. */
export function searchTerms(query: string): string[] {
  const terms = [
    ...new Set(
      query
        .trim()
        .split(/\s+/)
        .filter((t) => t !== ''),
    ),
  ];
  return terms.sort((a, b) => b.length - a.length).slice(0, 20);
}

/**
 * Splits `text` into matching and non-matching runs, ignoring case. Terms are escaped, never read
 * as patterns, and the text is only ever split: nothing in it is interpreted.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const usable = terms.filter((t) => t !== '');
  if (usable.length === 0 || text === '') return [{ text, match: false }];
  const pattern = new RegExp(usable.map((t) => t.replace(special, '\\$&')).join('|'), 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** Props of {@link HighlightText}. */
export interface HighlightTextProps {
  text: string;
  terms: readonly string[];
}

/** Text with its search matches in `<mark>`; rendered as text nodes, so no HTML is interpreted. */
export function HighlightText({ text, terms }: HighlightTextProps) {
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
