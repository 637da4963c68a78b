/** The category lists synthetic datasets draw from: labels like the briefings', values invented. */
import type { Category } from '../../src/data/types';

/** Practice themes, in the order the briefings list them (then a few more for larger sets). */
export const themeNames = [
  'Multi-agency working and decision-making',
  'Information sharing',
  'Auditing and recording',
  'Risk assessment',
  'Responding to vulnerability',
  'Investigation',
  'Disruption, diversion, pursuit of perpetrators',
  'Engagement with children and/or their families',
  'Supervision and management oversight',
  'Training and awareness',
  'Domestic abuse response',
  'Missing episodes',
  'Child sexual exploitation',
  'Mental health',
  'Substance misuse',
  'Neglect recognition',
  'Professional curiosity',
  'Escalation and challenge',
  'Voice of the child',
  'Record keeping',
];
/** Police forces with their regions. */
export const forces: Array<[string, string]> = [
  ['Kent Police', 'South East'],
  ['Lancashire Constabulary', 'North West'],
  ['West Midlands Police', 'West Midlands'],
  ['Cleveland Police', 'North East'],
  ['Dorset Police', 'South West'],
  ['Greater Manchester Police', 'North West'],
  ['Metropolitan Police Service', 'London'],
  ['Norfolk Constabulary', 'Eastern'],
  ['South Wales Police', 'Wales'],
  ['West Yorkshire Police', 'Yorkshire and the Humber'],
  ['Thames Valley Police', 'South East'],
  ['Devon and Cornwall Police', 'South West'],
];
/** Outcomes (id, label) with their sub-categories. */
export const outcomes: Array<[string, string, Array<[string, string]>]> = [
  [
    'death',
    'Death',
    [
      ['covert-filicide', 'Covert filicide'],
      ['suicide', 'Suicide'],
      ['overt-filicide', 'Overt filicide'],
      ['child-homicide', 'Child homicide'],
    ],
  ],
  [
    'significant-harm',
    'Significant harm',
    [
      ['physical-assault', 'Physical assault'],
      ['neglect', 'Neglect'],
      ['sexual-abuse', 'Sexual abuse'],
      ['other', 'Other'],
    ],
  ],
];
/** Routes of initial police contact. */
export const routes: Array<[string, string]> = [
  ['missing-child', 'Missing child'],
  ['domestic-incident-at-home', 'Domestic incident at home'],
  ['crime-by-parent', 'Crime by parent'],
  ['child-unsupervised-outdoors', 'Child unsupervised outdoors'],
  ['unknown', 'Unknown'],
];
/** The standard barrier list. */
export const barriers: Category[] = [
  { id: 'knowledge-awareness-attitudes', label: 'Knowledge, awareness or attitudes' },
  { id: 'procedural-systemic', label: 'Procedural or systemic' },
  { id: 'resourcing', label: 'Resourcing' },
  { id: 'unknown', label: 'Unknown' },
];
