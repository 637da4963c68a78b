import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { highlightParts, HighlightText, searchTerms } from './highlight-text';

describe('searchTerms', () => {
  it('splits on whitespace, drops repeats and puts longer terms first', () => {
    expect(searchTerms('  risk  DASH risk ')).toEqual(['risk', 'DASH']);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('highlightParts', () => {
  it.each([
    ['A DASH risk assessment', ['dash'], ['A ', '[DASH]', ' risk assessment']],
    ['no match here', ['zzz'], ['no match here']],
    ['(a+b)*c', ['a+b', '*c'], ['(', '[a+b]', ')', '[*c]']],
    ['Risky risk', ['risk'], ['[Risk]', 'y ', '[risk]']],
    ['text', [], ['text']],
  ])('%j with %j', (text, terms, expected) => {
    expect(highlightParts(text, terms).map((p) => (p.match ? `[${p.text}]` : p.text))).toEqual(
      expected,
    );
  });
});

describe('HighlightText', () => {
  it('marks matches and renders markup in the data as plain text', () => {
    const text = '<img src=x onerror=alert(1)> police <b>bold</b>';
    render(
      <p data-testid="summary">
        <HighlightText text={text} terms={['police']} />
      </p>,
    );
    expect(screen.getByText('police').tagName).toBe('MARK');
    const summary = screen.getByTestId('summary');
    expect(summary).toHaveTextContent(text, { normalizeWhitespace: false });
    expect(within(summary).queryByRole('img')).toBeNull();
  });
});
