/**
 * Synthetic free text with the shape of real case-review writing: sentences built from phrase
 * banks, with commas and the odd quoted word (so CSV writers must quote), at the lengths the
 * budgets assume (DESIGN.md "Budgets": about 8 MB for 5,000 cases).
 */

const subjects = [
  'Officers attending the address',
  'The call handler',
  "Children's social care",
  'The health visitor',
  'The school',
  'A neighbour',
  'The mother',
  'The father',
  'The multi-agency safeguarding hub',
  'The public protection unit',
  'The GP practice',
  'Response officers',
  'The investigating officer',
  'The youth offending service',
  'Ambulance staff',
  'The early help worker',
];
const actions = [
  'did not record',
  'raised concerns about',
  'shared information about',
  'made a referral about',
  'did not escalate',
  'noted',
  'assessed the risk from',
  'was not told of',
  'spoke to the child about',
  'completed a welfare check after',
  'did not link',
  'recorded, but did not share,',
];
const objects = [
  "the child's repeated absences from school",
  "bruising to the child's arm",
  'domestic abuse incidents at the family home',
  "the father's previous convictions for violence",
  'a missing episode overnight',
  'the condition of the home, described as "chaotic"',
  "the mother's mental health",
  'cannabis use by the adults in the household',
  'an injury that the family could not explain',
  'contact with adults unknown to the family',
  'a disclosure made to a teacher',
  'several calls about noise and shouting',
  'the older sibling going missing',
  'the new partner living at the address',
];
const qualifiers = [
  '',
  ' on three occasions',
  ' in the months before the incident',
  ', but no strategy meeting was held',
  ' without speaking to the child alone',
  ', and the referral was closed within a week',
  ' during a period of staff shortages',
  ' although a flag was present on the police system',
  ', which was not passed to the school',
  ' after the case was transferred between teams',
];

/** A sentence of safeguarding narrative. */
export function narrativeSentence(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return `${pick(subjects)} ${pick(actions)} ${pick(objects)}${pick(qualifiers)}.`;
}

/** Sentences joined up to about `targetChars` characters (at least one sentence). */
export function narrative(random: () => number, targetChars: number): string {
  const sentences = [narrativeSentence(random)];
  let length = sentences[0]?.length ?? 0;
  while (length < targetChars) {
    const next = narrativeSentence(random);
    sentences.push(next);
    length += next.length + 1;
  }
  return sentences.join(' ');
}

/** A characters count between `min` and `max`, drawn uniformly. */
export function lengthBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min));
}
