/**
 * Matches the force and region names of a file to the territorial forces and police regions of
 * England and Wales, through each category's id, label and codebook aliases and the forces' own
 * aliases. A name that matches none is returned as unmatched with the reason, never dropped.
 */
import { headerKey } from './headers';
import { editDistance } from './outcomes';
import {
  forcesNotOnMap,
  policeRegions,
  territorialForces,
  type NotOnMapReason,
  type OtherForce,
} from './police-forces';

/** A category of the data as its codebook gives it: id, label and any aliases. */
export interface NamedCategory {
  id: string;
  label: string;
  aliases?: readonly string[];
}

/** A data category matched to a force or region of the map. */
export interface MatchedName {
  categoryId: string;
  label: string;
  /** The force's or region's id. */
  targetId: string;
}

/** A data category not on the map, and why, in words. */
export interface UnmatchedName {
  categoryId: string;
  label: string;
  reason: NotOnMapReason | 'not-recognised';
  note: string;
  /** For a name not recognised: the force or region it is closest to, if any is close. */
  suggestion?: string;
}

/** Every category of the data, matched or not. */
export interface NameMatching {
  matched: MatchedName[];
  unmatched: UnmatchedName[];
}

/** Folds a name: case, punctuation and "&" versus "and" aside, without a leading "the". */
function nameKey(text: string): string {
  return headerKey(text.replace(/&/g, ' and ').replace(/^\s*the\s+/i, ''));
}

/** The name without "Police", "Constabulary", "Police Service" or "Region" at the end. */
function bareKey(key: string): string {
  return key.replace(/(policeservice|policeforce|constabulary|police|region)$/, '');
}

type Target = { kind: 'map'; id: string; name: string } | { kind: 'other'; other: OtherForce };

interface NameIndex {
  byKey: Map<string, Target>;
  /** Bare keys of the map's names, for suggestions. */
  names: Array<{ key: string; name: string }>;
}

function nameIndex(
  entries: ReadonlyArray<{ id: string; name: string; aliases: readonly string[] }>,
  others: readonly OtherForce[],
): NameIndex {
  const byKey = new Map<string, Target>();
  const names: NameIndex['names'] = [];
  const add = (name: string, target: Target) => {
    const key = nameKey(name);
    for (const k of [key, bareKey(key)]) if (k !== '' && !byKey.has(k)) byKey.set(k, target);
  };
  for (const entry of entries) {
    const target: Target = { kind: 'map', id: entry.id, name: entry.name };
    for (const name of [entry.name, entry.id, ...entry.aliases]) {
      add(name, target);
      names.push({ key: bareKey(nameKey(name)), name: entry.name });
    }
  }
  for (const other of others) {
    for (const name of [other.name, ...other.aliases]) add(name, { kind: 'other', other });
  }
  return { byKey, names };
}

const forceIndex = nameIndex(territorialForces, forcesNotOnMap);
const regionIndex = nameIndex(policeRegions, []);

const reasonNote: Readonly<Record<NotOnMapReason, (name: string) => string>> = {
  'not-territorial': (name) =>
    `${name} is not one of the 43 territorial forces of England and Wales the map shows.`,
  'outside-england-and-wales': (name) => `${name} is outside England and Wales.`,
};

function closest(index: NameIndex, key: string): string | undefined {
  let best: string | undefined;
  let distance = key.length >= 4 ? 3 : 2;
  for (const entry of index.names) {
    const d = editDistance(key, entry.key);
    if (d < distance) {
      distance = d;
      best = entry.name;
    }
  }
  return best;
}

function match(categories: readonly NamedCategory[], index: NameIndex, what: string): NameMatching {
  const matched: MatchedName[] = [];
  const unmatched: UnmatchedName[] = [];
  for (const category of categories) {
    const names = [category.label, category.id, ...(category.aliases ?? [])];
    let target: Target | undefined;
    for (const name of names) {
      const key = nameKey(name);
      target = index.byKey.get(key) ?? index.byKey.get(bareKey(key));
      if (target) break;
    }
    const { id: categoryId, label } = category;
    if (target?.kind === 'map') matched.push({ categoryId, label, targetId: target.id });
    else if (target?.kind === 'other') {
      const { reason, name } = target.other;
      unmatched.push({ categoryId, label, reason, note: reasonNote[reason](name) });
    } else {
      const suggestion = closest(index, bareKey(nameKey(label)));
      const near = suggestion ? ` (did you mean ${suggestion}?)` : '';
      unmatched.push({
        categoryId,
        label,
        reason: 'not-recognised',
        note:
          `“${label}” is not a ${what} of England and Wales the map knows${near}. If it is ` +
          'another name for one, add it to that category’s aliases in the codebook.',
        ...(suggestion ? { suggestion } : {}),
      });
    }
  }
  return { matched, unmatched };
}

/** Matches force categories to the territorial forces (ids of {@link territorialForces}). */
export function matchForces(categories: readonly NamedCategory[]): NameMatching {
  return match(categories, forceIndex, 'territorial police force');
}

/** Matches region categories to the police regions (ids of {@link policeRegions}). */
export function matchRegions(categories: readonly NamedCategory[]): NameMatching {
  return match(categories, regionIndex, 'police region');
}
