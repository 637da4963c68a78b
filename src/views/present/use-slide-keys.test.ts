import { slideKeyAction } from './use-slide-keys';

function target(html: string, selector: string): Element {
  const host = document.createElement('div');
  host.append(document.createRange().createContextualFragment(html));
  const found = host.querySelector(selector);
  if (!found) throw new Error(selector);
  return found;
}

const body = document.body;
const key = (k: string, on: EventTarget = body, extra: Partial<KeyboardEvent> = {}) =>
  slideKeyAction({
    key: k,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    target: on,
    ...extra,
  });

describe('slideKeyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
    ['a', null],
    ['ArrowDown', null],
  ])('maps %j to %s', (k, action) => {
    expect(key(k)).toBe(action);
  });

  it('steps back with Shift+Space', () => {
    expect(key(' ', body, { shiftKey: true })).toBe('previous');
  });

  it('leaves keys with modifiers to the browser', () => {
    expect(key('ArrowRight', body, { altKey: true })).toBeNull();
    expect(key('Home', body, { ctrlKey: true })).toBeNull();
  });

  it.each([
    ['a text field', '<input type="text">', 'input'],
    ['the heatmap grid', '<div role="grid"><span role="gridcell" id="c">1</span></div>', '#c'],
    ['a select', '<select><option>a</option></select>', 'select'],
  ])('leaves arrows, Home and End to %s', (_name, html, selector) => {
    const inside = target(html, selector);
    for (const k of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageDown', ' '])
      expect(key(k, inside)).toBeNull();
  });

  it('leaves Space to the button it would press, but steps with arrows from it', () => {
    const button = target('<button>Show data</button>', 'button');
    expect(key(' ', button)).toBeNull();
    expect(key('ArrowRight', button)).toBe('next');
  });

  it('leaves Escape to an open dialog', () => {
    const inDialog = target('<div role="dialog"><button>Close</button></div>', 'button');
    expect(key('Escape', inDialog)).toBeNull();
  });
});
