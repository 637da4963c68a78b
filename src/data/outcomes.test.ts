import { describe, expect, it } from 'vitest';
import { nearOutcome, outcomeKindOf } from './outcomes';

describe('outcomeKindOf', () => {
  it.each([
    ['Death', 'death'],
    ['died', 'death'],
    ['significant-harm', 'harm'],
    ['Serious harm', 'harm'],
    ['SIGNIFICANT HARM', 'harm'],
    ['Signficant harm', undefined],
    ['Injury', undefined],
  ])('%s is %s', (name, kind) => {
    expect(outcomeKindOf(name)).toBe(kind);
  });
});

describe('nearOutcome', () => {
  it.each([
    ['Signficant harm', 'Significant harm'],
    ['Significant harn', 'Significant harm'],
    ['Deaht', 'Death'],
    ['Dead', 'Death'],
    ['Murder', undefined],
    ['Harm to others', undefined],
  ])('%s → %s', (name, near) => {
    expect(nearOutcome(name)).toBe(near);
  });
});
