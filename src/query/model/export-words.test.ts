import { describe, expect, it } from 'vitest';
import { bundledModel, filtersOf, primaryMasked } from '../../../tests/unit/chart-models';
import { baseSentence, exportFileName, exportWords, filtersSentence, slug } from './export-words';

const made = new Date(2025, 4, 5, 12);

describe('exportWords', () => {
  it('gives title, filters, n and n coded, notes, source and date from the model', () => {
    const model = bundledModel('overview.contactRoute', filtersOf(['outcome', ['death']]));
    const words = exportWords(model, made);
    expect(words.title).toBe('Initial police contact');
    expect(words.filters).toBe('Filters: Outcome: Death');
    expect(words.base).toBe('n = 6 of 11 cases. Percentages are of the cases coded.');
    expect(words.notes.some((n) => n.startsWith('Small base (6 cases coded'))).toBe(true);
    expect(words.source).toBe(
      'Source: Learning for the police from reviews of death or serious harm: November 2019. Vulnerability Knowledge and Practice Programme (VKPP) police briefing, November 2019.',
    );
    expect(words.made).toBe('Made with Case Review Explorer on 5 May 2025.');
  });

  it('says when there are no filters, and n coded where it differs from n', () => {
    const years = bundledModel('overview.incidentYear');
    expect(filtersSentence(years)).toBe('All cases, no filters');
    expect(baseSentence(years)).toBe('n = 11 cases; n coded = 0.');
  });

  it('reads a masked model as presenter-safe shows it', () => {
    const masked = primaryMasked(bundledModel('overview.contactRoute'));
    const words = exportWords(masked, made);
    expect(words.notes.at(-1)).toMatch(/^Presenter-safe: counts from 1 to 4 read "< 5"/);
    // No hidden count can appear in any word of the export.
    const text = Object.values(words).flat().join(' ');
    expect(text).not.toMatch(/\b[1-4] cases?\b/);
  });
});

describe('exportFileName', () => {
  it('says the chart and its filters, the size of a PNG and presenter-safe', () => {
    const plain = bundledModel('overview.contactRoute');
    const death = bundledModel('overview.contactRoute', filtersOf(['outcome', ['death']]));
    expect(exportFileName(plain, 'csv')).toBe('initial-police-contact.csv');
    expect(exportFileName(death, 'csv')).toBe('initial-police-contact_outcome-death.csv');
    expect(exportFileName(death, 'png', 2)).toBe('initial-police-contact_outcome-death@2x.png');
    expect(exportFileName(death, 'png', 1)).toBe('initial-police-contact_outcome-death.png');
    expect(exportFileName(primaryMasked(plain), 'svg')).toBe(
      'initial-police-contact_presenter-safe.svg',
    );
  });

  it('joins several filters and keeps the name short', () => {
    const two = bundledModel(
      'overview.contactRoute',
      filtersOf(['outcome', ['death']], ['region', ['north-west']]),
    );
    expect(exportFileName(two, 'csv')).toMatch(
      /^initial-police-contact_outcome-death_police-region-north-west\.csv$/,
    );
    const many = bundledModel(
      'overview.outcome',
      filtersOf([
        'contactRoute',
        [
          'missing-child',
          'domestic-incident-at-home',
          'crime-by-parent',
          'child-unsupervised-outdoors',
          'unknown',
        ],
      ]),
    );
    const name = exportFileName(many, 'csv');
    expect(name.length).toBeLessThan(130);
    expect(name).toMatch(
      /^outcome-categories_initial-police-contact-missing-child-.*_and-more\.csv$/,
    );
  });

  it('slugs accents and punctuation away', () => {
    expect(slug('Région: Île-de-France (north)')).toBe('region-ile-de-france-north');
  });
});
