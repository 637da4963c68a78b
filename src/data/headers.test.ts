import { describe, expect, it } from 'vitest';
import { caseFieldForHeader, headerKey, readTick, slugify, splitList } from './headers';

describe('caseFieldForHeader', () => {
  it.each([
    ['contactRoute', 'contactRoute'],
    ['contact_route', 'contactRoute'],
    ['Contact route', 'contactRoute'],
    ['CONTACT-ROUTE', 'contactRoute'],
    ['Initial police contact', 'contactRoute'],
    ['Outcome sub-category', 'outcomeSubcategory'],
    ['outcome_subcategory', 'outcomeSubcategory'],
    ['Police force', 'force'],
    ['Case review title', 'title'],
    ['Case review title and link', 'title'],
    ['Review focus', 'reviewFocus'],
    ['Published year', 'publishedYear'],
    ['Publication year', 'publishedYear'],
    ['Case ID', 'id'],
    ['id', 'id'],
    ['Themes', 'themes'],
  ])('reads %j as %s', (header, field) => {
    expect(caseFieldForHeader(header)).toBe(field);
  });

  it.each(['Information sharing', 'Report available', '__proto__', 'constructor', 'toString'])(
    'does not take %j for a case field',
    (header) => {
      expect(caseFieldForHeader(header)).toBeUndefined();
    },
  );
});

describe('readTick', () => {
  it.each(['1', 'y', 'Y', 'yes', 'YES', 'true', 'x', 'X', '✓', '✔', ' yes '])(
    '%j is ticked',
    (value) => {
      expect(readTick(value)).toBe(true);
    },
  );
  it.each(['', '0', 'n', 'no', 'false', 'FALSE', '  '])('%j is not ticked', (value) => {
    expect(readTick(value)).toBe(false);
  });
  it.each(['maybe', '2', '?'])('%j is neither', (value) => {
    expect(readTick(value)).toBeUndefined();
  });
});

describe('slugify and headerKey', () => {
  it.each([
    ['Missing child', 'missing-child'],
    [
      'Disruption, diversion, pursuit of perpetrators',
      'disruption-diversion-pursuit-of-perpetrators',
    ],
    ['Kent: Child H', 'kent-child-h'],
    ['Café', 'cafe'],
    ['???', 'blank'],
  ])('slugify(%j) = %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
  it('folds case and separators', () => {
    expect(headerKey('Contact_Route')).toBe(headerKey('contact route'));
  });
  it('splits ;-lists and drops blanks', () => {
    expect(splitList(' a; b ;;c ')).toEqual(['a', 'b', 'c']);
  });
});
