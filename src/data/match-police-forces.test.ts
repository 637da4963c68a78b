import { describe, expect, it } from 'vitest';
import { readBundledDataset } from '../../tests/unit/bundled';
import { matchForces, matchRegions } from './match-police-forces';
import { forcesNotOnMap, policeRegions, territorialForces } from './police-forces';

const named = (label: string, aliases?: string[]) => ({ id: label, label, aliases });

describe('the reference list', () => {
  it('holds the 43 territorial forces, each in one of the 10 police regions', () => {
    expect(territorialForces).toHaveLength(43);
    expect(new Set(territorialForces.map((f) => f.id)).size).toBe(43);
    expect(policeRegions).toHaveLength(10);
    const regions = new Set(policeRegions.map((r) => r.id));
    for (const force of territorialForces) expect(regions.has(force.region)).toBe(true);
    const perRegion = policeRegions.map(
      (r) => territorialForces.filter((f) => f.region === r.id).length,
    );
    // North East 3, North West 5, Yorkshire 4, East Midlands 5, West Midlands 4, Eastern 6,
    // London 2, South East 5, South West 5, Wales 4.
    expect(perRegion).toEqual([3, 5, 4, 5, 4, 6, 2, 5, 5, 4]);
  });

  it('matches every name and alias of every force to that force, and of no other', () => {
    for (const force of territorialForces) {
      const names = [force.name, force.id, ...force.aliases];
      const { matched, unmatched } = matchForces(names.map((n) => named(n)));
      expect(unmatched).toEqual([]);
      expect(new Set(matched.map((m) => m.targetId))).toEqual(new Set([force.id]));
    }
    for (const other of forcesNotOnMap) {
      const { matched } = matchForces([other.name, ...other.aliases].map((n) => named(n)));
      expect(matched).toEqual([]);
    }
  });
});

describe('matchForces', () => {
  it.each([
    ['GMP', 'greater-manchester-police'],
    ['Greater Manchester Police', 'greater-manchester-police'],
    ['Greater Manchester', 'greater-manchester-police'],
    ['greater_manchester_police', 'greater-manchester-police'],
    ['Met', 'metropolitan-police-service'],
    ['the Met', 'metropolitan-police-service'],
    ['Metropolitan Police Service', 'metropolitan-police-service'],
    ['Avon & Somerset Police', 'avon-and-somerset-constabulary'],
    ['Kent Constabulary', 'kent-police'],
    ['Hampshire & Isle of Wight Constabulary', 'hampshire-constabulary'],
    ['DYFED POWYS', 'dyfed-powys-police'],
  ])('matches “%s” to %s', (label, force) => {
    expect(matchForces([named(label)]).matched).toEqual([
      { categoryId: label, label, targetId: force },
    ]);
  });

  it('matches through the codebook’s aliases of a category', () => {
    const result = matchForces([{ id: 'f1', label: 'Force one', aliases: ['South Yorkshire'] }]);
    expect(result.matched).toEqual([
      { categoryId: 'f1', label: 'Force one', targetId: 'south-yorkshire-police' },
    ]);
  });

  it('returns forces not on the map as unmatched, with the reason, never drops them', () => {
    const result = matchForces([
      named('British Transport Police'),
      named('Police Scotland'),
      named('Knet Police'),
      named('Atlantis Constabulary'),
    ]);
    expect(result.matched).toEqual([]);
    expect(result.unmatched).toEqual([
      {
        categoryId: 'British Transport Police',
        label: 'British Transport Police',
        reason: 'not-territorial',
        note: 'British Transport Police is not one of the 43 territorial forces of England and Wales the map shows.',
      },
      {
        categoryId: 'Police Scotland',
        label: 'Police Scotland',
        reason: 'outside-england-and-wales',
        note: 'Police Scotland is outside England and Wales.',
      },
      {
        categoryId: 'Knet Police',
        label: 'Knet Police',
        reason: 'not-recognised',
        note:
          '“Knet Police” is not a territorial police force of England and Wales the map knows ' +
          '(did you mean Kent Police?). If it is another name for one, add it to that ' +
          'category’s aliases in the codebook.',
        suggestion: 'Kent Police',
      },
      expect.objectContaining({ label: 'Atlantis Constabulary', reason: 'not-recognised' }),
    ]);
    expect(result.unmatched[3]).not.toHaveProperty('suggestion');
  });

  it('matches every force and region of the bundled briefing', () => {
    const { codebook } = readBundledDataset();
    const forces = codebook.fields.find((f) => f.field === 'force')?.categories ?? [];
    const regions = codebook.fields.find((f) => f.field === 'region')?.categories ?? [];
    expect(matchForces(forces).unmatched).toEqual([]);
    expect(matchForces(forces).matched.map((m) => m.targetId)).toEqual(forces.map((f) => f.id));
    expect(matchRegions(regions).matched.map((m) => m.targetId)).toEqual(regions.map((r) => r.id));
  });
});

describe('matchRegions', () => {
  it('matches common spellings and lists the rest', () => {
    const result = matchRegions([
      named('East of England'),
      named('Yorkshire & Humber'),
      named('South East Region'),
      named('Scotland'),
    ]);
    expect(result.matched.map((m) => m.targetId)).toEqual([
      'eastern',
      'yorkshire-and-the-humber',
      'south-east',
    ]);
    expect(result.unmatched).toMatchObject([{ label: 'Scotland', reason: 'not-recognised' }]);
  });
});
