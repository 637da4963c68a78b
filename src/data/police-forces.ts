/**
 * The 43 territorial police forces of England and Wales, their police regions, and the other
 * forces a file may name that are not among them.
 *
 * Sources: the forces and the region of each are those of the Home Office's "Police workforce,
 * England and Wales" statistics (its open data tables give each force's region: the nine English
 * regions and Wales); names as the forces style themselves on police.uk, with Hampshire under its
 * name at the time of the 2019 briefing ("Hampshire and Isle of Wight Constabulary", its later
 * name, is an alias). The briefing's codebook calls these regions "NPCC regions" and uses the same ids.
 * Aliases are the common short forms met in case files (GMP, the Met, TVP, county names).
 */

import { slugify } from './headers';

/** A police region: the nine English regions and Wales. */
export interface PoliceRegion {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** A territorial police force of England and Wales. */
export interface PoliceForce {
  id: string;
  name: string;
  /** The id of its {@link PoliceRegion}. */
  region: string;
  aliases: readonly string[];
}

/** Why a force a file names is not a territorial force of England and Wales. */
export type NotOnMapReason = 'not-territorial' | 'outside-england-and-wales';

/** A force that is not on the map of territorial forces, and why. */
export interface OtherForce {
  name: string;
  reason: NotOnMapReason;
  aliases: readonly string[];
}

/** The police regions, north to south (ids as the bundled briefing codes them). */
export const policeRegions: readonly PoliceRegion[] = [
  { id: 'north-east', name: 'North East', aliases: [] },
  { id: 'north-west', name: 'North West', aliases: [] },
  {
    id: 'yorkshire-and-the-humber',
    name: 'Yorkshire and the Humber',
    aliases: ['Yorkshire and Humber', 'Yorkshire and Humberside', 'Yorkshire'],
  },
  { id: 'east-midlands', name: 'East Midlands', aliases: [] },
  { id: 'west-midlands', name: 'West Midlands', aliases: [] },
  { id: 'eastern', name: 'Eastern', aliases: ['East of England', 'East'] },
  { id: 'london', name: 'London', aliases: [] },
  { id: 'south-east', name: 'South East', aliases: [] },
  { id: 'south-west', name: 'South West', aliases: [] },
  { id: 'wales', name: 'Wales', aliases: ['Cymru'] },
];

const force = (name: string, region: string, aliases: readonly string[]): PoliceForce => ({
  id: slugify(name),
  name,
  region,
  aliases,
});

/** The 43 territorial forces, ids as the bundled briefing codes them (its name, kebab-case). */
export const territorialForces: readonly PoliceForce[] = [
  force('Avon and Somerset Constabulary', 'south-west', ['Avon and Somerset']),
  force('Bedfordshire Police', 'eastern', ['Bedfordshire', 'Beds Police']),
  force('Cambridgeshire Constabulary', 'eastern', ['Cambridgeshire', 'Cambs Police']),
  force('Cheshire Constabulary', 'north-west', ['Cheshire']),
  force('City of London Police', 'london', ['City of London', 'CoLP']),
  force('Cleveland Police', 'north-east', ['Cleveland']),
  force('Cumbria Constabulary', 'north-west', ['Cumbria']),
  force('Derbyshire Constabulary', 'east-midlands', ['Derbyshire']),
  force('Devon and Cornwall Police', 'south-west', ['Devon and Cornwall', 'Devon', 'Cornwall']),
  force('Dorset Police', 'south-west', ['Dorset']),
  force('Durham Constabulary', 'north-east', ['Durham', 'County Durham']),
  force('Dyfed-Powys Police', 'wales', ['Dyfed-Powys', 'Heddlu Dyfed-Powys']),
  force('Essex Police', 'eastern', ['Essex']),
  force('Gloucestershire Constabulary', 'south-west', ['Gloucestershire', 'Glos Police']),
  force('Greater Manchester Police', 'north-west', ['GMP', 'Greater Manchester', 'Manchester']),
  force('Gwent Police', 'wales', ['Gwent', 'Heddlu Gwent']),
  force('Hampshire Constabulary', 'south-east', [
    'Hampshire and Isle of Wight Constabulary',
    'Hampshire and Isle of Wight',
    'Hampshire',
    'Isle of Wight',
  ]),
  force('Hertfordshire Constabulary', 'eastern', ['Hertfordshire', 'Herts Police']),
  force('Humberside Police', 'yorkshire-and-the-humber', ['Humberside']),
  force('Kent Police', 'south-east', ['Kent']),
  force('Lancashire Constabulary', 'north-west', ['Lancashire']),
  force('Leicestershire Police', 'east-midlands', ['Leicestershire', 'Leics Police']),
  force('Lincolnshire Police', 'east-midlands', ['Lincolnshire', 'Lincs Police']),
  force('Merseyside Police', 'north-west', ['Merseyside']),
  force('Metropolitan Police Service', 'london', [
    'Met',
    'The Met',
    'Met Police',
    'Metropolitan Police',
    'Metropolitan',
    'MPS',
  ]),
  force('Norfolk Constabulary', 'eastern', ['Norfolk']),
  force('North Wales Police', 'wales', ['North Wales', 'Heddlu Gogledd Cymru']),
  force('North Yorkshire Police', 'yorkshire-and-the-humber', ['North Yorkshire']),
  force('Northamptonshire Police', 'east-midlands', ['Northamptonshire', 'Northants Police']),
  force('Northumbria Police', 'north-east', ['Northumbria']),
  force('Nottinghamshire Police', 'east-midlands', ['Nottinghamshire', 'Notts Police']),
  force('South Wales Police', 'wales', ['South Wales', 'Heddlu De Cymru']),
  force('South Yorkshire Police', 'yorkshire-and-the-humber', ['South Yorkshire']),
  force('Staffordshire Police', 'west-midlands', ['Staffordshire', 'Staffs Police']),
  force('Suffolk Constabulary', 'eastern', ['Suffolk']),
  force('Surrey Police', 'south-east', ['Surrey']),
  force('Sussex Police', 'south-east', ['Sussex']),
  force('Thames Valley Police', 'south-east', ['Thames Valley', 'TVP']),
  force('Warwickshire Police', 'west-midlands', ['Warwickshire']),
  force('West Mercia Police', 'west-midlands', ['West Mercia']),
  force('West Midlands Police', 'west-midlands', ['West Midlands', 'WMP']),
  force('West Yorkshire Police', 'yorkshire-and-the-humber', ['West Yorkshire', 'WYP']),
  force('Wiltshire Police', 'south-west', ['Wiltshire']),
];

/** Forces a case file may name that are not territorial forces of England and Wales. */
export const forcesNotOnMap: readonly OtherForce[] = [
  { name: 'British Transport Police', reason: 'not-territorial', aliases: ['BTP'] },
  { name: 'Ministry of Defence Police', reason: 'not-territorial', aliases: ['MDP', 'MoD Police'] },
  { name: 'Civil Nuclear Constabulary', reason: 'not-territorial', aliases: ['CNC'] },
  { name: 'National Crime Agency', reason: 'not-territorial', aliases: ['NCA'] },
  {
    name: 'Police Scotland',
    reason: 'outside-england-and-wales',
    aliases: ['Police Service of Scotland', 'Scotland'],
  },
  {
    name: 'Police Service of Northern Ireland',
    reason: 'outside-england-and-wales',
    aliases: ['PSNI', 'Northern Ireland'],
  },
  {
    name: 'Isle of Man Constabulary',
    reason: 'outside-england-and-wales',
    aliases: ['Isle of Man Police', 'Isle of Man'],
  },
  {
    name: 'States of Jersey Police',
    reason: 'outside-england-and-wales',
    aliases: ['Jersey Police', 'Jersey'],
  },
  {
    name: 'Guernsey Police',
    reason: 'outside-england-and-wales',
    aliases: ['States of Guernsey Police', 'Guernsey'],
  },
];
