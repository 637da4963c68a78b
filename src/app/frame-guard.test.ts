import { framedByAnotherOrigin } from './frame-guard';

/** A window whose top is `top` (itself when absent). */
function windowWith(top?: { location: { origin: string } } | 'unreadable'): Window {
  const win = { location: { origin: 'https://app.example' } } as unknown as {
    self: unknown;
    top: unknown;
  };
  win.self = win;
  if (top === undefined) win.top = win;
  else if (top === 'unreadable')
    win.top = {
      get location(): never {
        throw new DOMException(
          'Blocked a frame from accessing a cross-origin frame.',
          'SecurityError',
        );
      },
    };
  else win.top = top;
  return win as unknown as Window;
}

describe('framedByAnotherOrigin', () => {
  const own = { location: { origin: 'https://app.example' } };
  const other = { location: { origin: 'https://evil.example' } };
  // Windows are made in the test: printing one with an unreadable top would throw.
  it.each<[string, () => Window, boolean]>([
    ['a tab of its own', () => windowWith(), false],
    ['a frame of its own origin', () => windowWith(own), false],
    ['a frame of another origin', () => windowWith(other), true],
    ['a frame whose top cannot be read', () => windowWith('unreadable'), true],
  ])('in %s → framed: %s', (_, win, framed) => {
    expect(framedByAnotherOrigin(win())).toBe(framed);
  });
});
