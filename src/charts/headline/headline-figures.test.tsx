import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HeadlineFigures } from './headline-figures';
import type { HeadlineTile } from './headline-layout';

function tiles(cases: number): HeadlineTile[] {
  return [
    { key: 'cases', label: 'Cases', value: cases, total: 11, percent: null },
    { key: 'deaths', label: 'Deaths', value: cases, total: 6, percent: 1 },
  ];
}

describe('HeadlineFigures', () => {
  it.each([
    [1, 'n = 1 case of 11 (filtered)'],
    [2, 'n = 2 cases of 11 (filtered)'],
  ])('states n in words that agree with it (%i)', (cases, text) => {
    render(<HeadlineFigures tiles={tiles(cases)} filtered showData={false} />);
    expect(screen.getByText(new RegExp(text.replace(/[()]/g, '\\$&')))).toBeInTheDocument();
  });
});
