import { z } from 'zod';
import { chartIdOfFocus } from './chart-ids';
import { slideViews, viewIds } from './view-ids';
import { readViewOptions } from './view-options';
import type { LoadProblem } from './types';

/** The deck format this app writes and reads. */
export const deckVersion = 1;

export { slideViews } from './view-ids';

/** A deck file over this size is refused before it is parsed. */
export const deckSizeLimit = 5 * 1024 * 1024;

/** One slide: a saved view with its filters, selection and caption. */
export const slideSchema = z.object({
  id: z.string().min(1),
  caption: z.string().trim().min(1),
  notes: z.string().optional(),
  view: z.enum(viewIds).exclude(['present']),
  /** Filter dimension id → chosen category ids, as pairs (JSON has no Map). */
  filters: z.array(z.tuple([z.string().min(1), z.array(z.string().min(1))])).default([]),
  themeMatch: z.enum(['any', 'all']).default('any'),
  caseId: z.string().min(1).optional(),
  drill: z.string().min(1).optional(),
  /**
   * The model id of the chart the slide opens at (the view is scrolled to it, the handout starts
   * there). Decks from before ids named the chart by its title: read, the title becomes the id.
   */
  focus: z.string().min(1).transform(chartIdOfFocus).optional(),
  /** Trends: the list broken down by period and the two periods compared (ids). */
  trendBy: z.string().min(1).optional(),
  compareFrom: z.string().min(1).optional(),
  compareTo: z.string().min(1).optional(),
  /** The slide was saved with "Show 95% intervals" on: its bar chart draws each share's interval. */
  intervals: z.boolean().optional(),
  /**
   * The view's options as saved (`map: "regions"`, `themes: "co-occurrence"`; see ViewOptions).
   * One a later version added, or a value this one does not know, is left out: the slide still
   * opens, at that option's default.
   */
  options: z
    .record(z.string(), z.unknown())
    .transform((options) => readViewOptions(Object.entries(options)).options)
    .optional(),
});

/** A deck of slides, as kept on the device and exported as JSON. */
export const deckSchema = z
  .object({
    version: z.literal(deckVersion),
    title: z.string().trim().min(1),
    /** The title of the dataset the slides were made on, to warn when another one is shown. */
    datasetTitle: z.string().optional(),
    slides: z.array(slideSchema),
  })
  .superRefine((deck, context) => {
    const seen = new Set<string>();
    deck.slides.forEach((slide, index) => {
      if (seen.has(slide.id))
        context.addIssue({
          code: 'custom',
          path: ['slides', index, 'id'],
          message: `duplicate-id:${slide.id}`,
        });
      seen.add(slide.id);
    });
  });

/** One slide of a deck. */
export type Slide = z.infer<typeof slideSchema>;
/** A deck of slides. */
export type Deck = z.infer<typeof deckSchema>;
/** The view a slide shows. */
export type SlideView = Slide['view'];

/** Reading a deck gives the deck, or every reason it was refused. */
export type DeckLoad = { ok: true; deck: Deck } | { ok: false; problems: LoadProblem[] };

function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A message a person understands for one schema issue, naming the slide and the field. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [first, slideIndex, field] = issue.path;
  const slide = first === 'slides' && typeof slideIndex === 'number';
  const where = slide ? `Slide ${slideIndex + 1}` : 'The deck';
  const name = slide ? (field === undefined ? 'the slide' : String(field)) : jsonPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'custom' && issue.message.startsWith('duplicate-id:'))
    return `${where} has the same id as an earlier slide ("${issue.message.slice(13)}"); each slide needs its own id.`;
  if (issue.path.length === 1 && first === 'version') {
    return input === undefined
      ? `The deck has no version; this app reads version ${deckVersion} decks.`
      : `The deck is version ${describeValue(input)}; this app reads version ${deckVersion} decks.`;
  }
  if (issue.path.length === 0)
    return `The file is ${describeValue(input)}, not a deck (a JSON object with "version", "title" and "slides").`;
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
    return `${where}: ${name} is missing.`;
  if (slide && field === 'view' && issue.code === 'invalid_value')
    return `${where}: view ${describeValue(input)} is not a view of this app (${slideViews.join(', ')}).`;
  if (issue.code === 'too_small' && typeof input === 'string') return `${where}: ${name} is empty.`;
  if (issue.code === 'invalid_type')
    return `${where}: ${slide ? jsonPath(issue.path.slice(2)) : name} should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describeValue(input)}.`;
  return `${where}: ${slide ? jsonPath(issue.path.slice(2)) : name} is not valid (${issue.message}).`;
}

/** Validates a parsed value as a deck: the deck, or one problem per issue, never a throw. */
export function validateDeck(value: unknown, file: string): DeckLoad {
  const parsed = deckSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, deck: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const [first, slideIndex] = issue.path;
      const problem: LoadProblem = {
        code: 'invalid-deck',
        severity: 'error',
        message: describeIssue(issue),
        hint: 'A deck is the JSON file that "Export deck" writes; fix the field named, or export the deck again.',
        file,
        column: jsonPath(issue.path) || '(the whole file)',
      };
      if (first === 'slides' && typeof slideIndex === 'number') problem.row = slideIndex + 1;
      return problem;
    }),
  };
}

/** Reads a deck file's text: bad JSON or a bad deck gives problems naming what is wrong. */
export function parseDeck(text: string, file: string): DeckLoad {
  if (text.trim() === '')
    return {
      ok: false,
      problems: [
        {
          code: 'empty-file',
          severity: 'error',
          message: `${file} is empty.`,
          hint: 'Choose a deck exported with "Export deck".',
          file,
        },
      ],
    };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          code: 'bad-json',
          severity: 'error',
          message: `${file} is not valid JSON: ${(error as Error).message}.`,
          hint: 'A deck is the JSON file that "Export deck" writes; a file edited by hand may have lost a comma or a quote.',
          file,
        },
      ],
    };
  }
  return validateDeck(value, file);
}

export { serialiseDeck } from './deck-text';
