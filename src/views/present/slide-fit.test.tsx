import { render } from '@testing-library/react';
import { fitSlide, slideZoomLimits, stageWidth } from './slide-fit';
import { findSubject } from './slide-focus';

const room = { width: 1200, height: 600 };

describe('stageWidth', () => {
  it.each([
    { minWidth: 0, width: 800, why: 'the room at the largest zoom' },
    { minWidth: 1000, width: 1000, why: 'widened to the subject’s minimum' },
    { minWidth: 5000, width: 1600, why: 'never wider than the smallest zoom allows' },
  ])('$why: $width', ({ minWidth, width }) => {
    expect(stageWidth(room, minWidth)).toBe(width);
  });
});

describe('fitSlide', () => {
  it('zooms a short subject as far as the width allows', () => {
    expect(fitSlide(room, 800, 300)).toEqual({
      width: 800,
      zoom: slideZoomLimits.max,
      frame: null,
    });
  });

  it('zooms a taller subject just enough to show it whole', () => {
    expect(fitSlide(room, 800, 480)).toEqual({ width: 800, zoom: 1.25, frame: null });
  });

  it('keeps a wide subject within the room’s width', () => {
    expect(fitSlide(room, 1000, 300)).toEqual({ width: 1000, zoom: 1.2, frame: null });
  });

  it('shows a subject too tall for the smallest zoom large, scrolling in a frame', () => {
    // 600 / 2000 = 0.3 would be illegible: zoom 1.5 and a frame of 600 / 1.5 = 400 px.
    expect(fitSlide(room, 800, 2000)).toEqual({ width: 800, zoom: 1.5, frame: 400 });
  });

  it('never lets the zoom round up past the room', () => {
    const { zoom } = fitSlide({ width: 1000, height: 700 }, 800, 701);
    expect(zoom * 701).toBeLessThanOrEqual(700);
  });
});

describe('findSubject', () => {
  function overview() {
    const { container } = render(
      <div className="view">
        <div className="view-toolbar">
          <h1>Overview</h1>
        </div>
        <section className="chart" id="first" data-chart="overview.headline">
          <h2>Headline figures</h2>
        </section>
        <section className="chart" id="second" data-chart="overview.outcomeSubcategory">
          <h2>Outcome sub-categories</h2>
        </section>
      </div>,
    );
    return container;
  }

  it('is the chart the slide opens at', () => {
    expect(findSubject(overview(), 'overview.outcomeSubcategory')?.id).toBe('second');
  });

  it('is the view’s first chart without a focus, or when the focus is not found', () => {
    expect(findSubject(overview(), undefined)?.id).toBe('first');
    expect(findSubject(overview(), 'overview.noSuchChart')?.id).toBe('first');
  });

  it('is the whole view when the view has no chart (a list, a table)', () => {
    const { container } = render(
      <div className="view learning-view">
        <ul>
          <li>A summary</li>
        </ul>
      </div>,
    );
    expect(findSubject(container, undefined)?.className).toBe('view learning-view');
  });
});
