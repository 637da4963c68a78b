/** Checks of the lists of a JSON dataset document, item by item, that report what they drop. */
import { z } from 'zod';
import './zod-config';
import { publishedFigureSchema } from './schema';
import { matchesShape } from './shape-check';
import { claimId, type ProblemLog } from './table';

function issuePath(prefix: string, issue: z.core.$ZodIssue): string {
  return [
    prefix,
    ...issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)),
  ]
    .join('')
    .replace(/\.\[/g, '[');
}

/** True for a JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const exactNumber = z.number().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/**
 * The published-figure schema as loaded from JSON: JSON.parse rounds integers beyond 2^53 silently,
 * so a figure holding one is refused (and reported) instead.
 */
export const loadedFigureSchema = publishedFigureSchema.extend({
  count: exactNumber.nullable(),
  percent: exactNumber.nullable(),
  denominator: exactNumber.nullable(),
});

/** The field names of an item schema, to spot the fields of an item that would be dropped. */
function fieldsOf(schema: z.ZodObject): ReadonlySet<string> {
  return new Set(Object.keys(schema.shape));
}

/** Warns once per unknown field of a list's items, at the first item that has it. */
function reportIgnoredFields(
  items: readonly unknown[],
  name: string,
  fields: ReadonlySet<string>,
  log: ProblemLog,
): void {
  const ignored = new Map<string, { first: number; count: number }>();
  items.forEach((item, index) => {
    if (!isRecord(item)) return;
    for (const key of Object.keys(item)) {
      if (fields.has(key)) continue;
      const seen = ignored.get(key);
      if (seen) seen.count += 1;
      else ignored.set(key, { first: index, count: 1 });
    }
  });
  for (const [key, { first, count }] of ignored) {
    log.add(
      'warning',
      'ignored-field',
      `"${key}" is not a field of ${name} items, so it was not loaded (${count} item${count === 1 ? '' : 's'}).`,
      {
        row: first + 1,
        column: `${name}[${first}].${key}`,
        hint: 'See docs/data-format.md or public/data/dataset.schema.json for the expected fields.',
      },
    );
  }
}

/**
 * Validates each item of a JSON array on its own, so one bad item is rejected and reported
 * (with its index as the row and the JSON path as the column) while the rest load.
 */
export function validItems<T>(
  value: unknown,
  name: string,
  schema: z.ZodType<T> & z.ZodObject,
  log: ProblemLog,
): { items: T[]; rows: number[]; read: number; rejected: number } {
  if (value === undefined) return { items: [], rows: [], read: 0, rejected: 0 };
  if (!Array.isArray(value)) {
    log.add('warning', 'wrong-shape', `"${name}" should be a list; it was ignored.`, {
      column: name,
      hint: `Write "${name}": [ ... ].`,
    });
    return { items: [], rows: [], read: 0, rejected: 0 };
  }
  const items: T[] = [];
  const rows: number[] = [];
  let rejected = 0;
  value.forEach((item, index) => {
    // Nearly every item of a dataset document is well-formed: checked in place, not copied.
    if (matchesShape(schema, item)) {
      items.push(item as T);
      rows.push(index + 1);
      return;
    }
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      items.push(parsed.data);
      rows.push(index + 1);
    } else {
      rejected += 1;
      const issue = parsed.error.issues[0];
      log.add(
        'warning',
        'invalid-item',
        `${name} item ${index + 1} was not loaded: ${issue?.message ?? 'invalid'}.`,
        {
          row: index + 1,
          column: issue ? issuePath(`${name}[${index}]`, issue) : `${name}[${index}]`,
          hint: 'See docs/data-format.md or public/data/dataset.schema.json for the expected fields.',
        },
      );
    }
  });
  reportIgnoredFields(value, name, fieldsOf(schema), log);
  return { items, rows, read: value.length, rejected };
}

/** Views key learning items and figures by id, so a repeated id is replaced by a fresh one. */
export function withUniqueIds<T extends { id: string }>(
  items: readonly T[],
  rows: readonly number[],
  name: string,
  log: ProblemLog,
): T[] {
  const taken = new Set<string>();
  return items.map((item, i) => {
    const id = claimId(item.id, taken);
    if (id === item.id) return item;
    const row = rows[i] ?? i + 1;
    log.add(
      'warning',
      'duplicate-id',
      `The ${name} id "${item.id}" appears more than once; item ${row} was loaded as "${id}".`,
      { row, column: `${name}[${row - 1}].id`, hint: 'Give each item its own id.' },
    );
    return { ...item, id };
  });
}
