import { useEffect, useRef, useState, type RefObject } from 'react';
import { fitSlide, slideZoomLimits, stageWidth, type SlideFit, type SlideRoom } from './slide-fit';
import { findSubject } from './slide-focus';
import { waitForDrawnView } from './snapshot';

/** The attribute that marks a slide's subject; slide-stage.css shows it alone. */
const subjectAttribute = 'data-slide-subject';

function roomOf(body: HTMLElement): SlideRoom {
  const style = getComputedStyle(body);
  const px = (value: string) => parseFloat(value) || 0;
  return {
    width: body.clientWidth - px(style.paddingLeft) - px(style.paddingRight),
    height: body.clientHeight - px(style.paddingTop) - px(style.paddingBottom),
  };
}

/** Marks the slide's subject (and only it) in the stage; returns it. */
function markSubject(stage: HTMLElement, focus: string | undefined): HTMLElement | null {
  const subject = findSubject(stage, focus);
  for (const old of stage.querySelectorAll(`[${subjectAttribute}]`))
    if (old !== subject) old.removeAttribute(subjectAttribute);
  subject?.setAttribute(subjectAttribute, '');
  return subject;
}

/** How far the subject's bottom lies below the stage's top, in CSS pixels before zoom. */
function bottomOf(stage: HTMLElement, subject: HTMLElement): number {
  const stageBox = stage.getBoundingClientRect();
  // Boxes on screen are zoomed; offset and scroll sizes are not.
  const zoom = stage.offsetWidth > 0 ? stageBox.width / stage.offsetWidth : 1;
  const top = (subject.getBoundingClientRect().top - stageBox.top) / zoom + stage.scrollTop;
  // The whole height, also while the stage scrolls as a frame (so a frame does not undo itself).
  return top + subject.offsetHeight;
}

/** Fits the marked subject (marking it first if it is not) to the room its container gives. */
function fitSubject(
  container: HTMLElement,
  view: HTMLElement,
  focus: string | undefined,
): SlideFit {
  const room = roomOf(container);
  const marked = view.querySelector(`[${subjectAttribute}]`);
  const subject = marked instanceof HTMLElement ? marked : markSubject(view, focus);
  const minWidth = subject
    ? parseFloat(getComputedStyle(subject).getPropertyValue('--slide-min-width')) || 0
    : 0;
  const width = stageWidth(room, minWidth);
  return fitSlide(room, width, subject ? bottomOf(view, subject) : view.scrollHeight);
}

/** A slide's stage: refs for the slide's body and the stage in it, and how the stage is drawn. */
export interface SlideStage {
  body: RefObject<HTMLDivElement | null>;
  stage: RefObject<HTMLDivElement | null>;
  /** The fit; its width is null until the body has been measured. */
  fit: Omit<SlideFit, 'width'> & { width: number | null };
  /** False while a new slide is drawn and fitted (the stage is hidden meanwhile). */
  ready: boolean;
}

/**
 * Fits the slide's subject to the slide body: lays the view out on a stage narrower than the
 * slide and zooms it to fill the room (see slide-fit.ts). The stage stays hidden while a new slide
 * is drawn and fitted; afterwards, any change of the subject's size (a filter clicked on the
 * slide) or of the window's fits it again.
 */
export function useSlideFit(slide: number, focus: string | undefined): SlideStage {
  const body = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<SlideStage['fit']>({
    width: null,
    zoom: slideZoomLimits.max,
    frame: null,
  });
  const key = `${slide}\u0000${focus ?? ''}`;
  const [readyKey, setReadyKey] = useState<string | null>(null);

  useEffect(() => {
    const container = body.current;
    const view = stage.current;
    if (!container || !view) return;
    const refit = () => {
      const next = fitSubject(container, view, focus);
      setFit((old) =>
        old.width === next.width && old.zoom === next.zoom && old.frame === next.frame ? old : next,
      );
    };
    let cancelled = false;
    container.scrollTop = 0;
    view.scrollTop = 0;
    const settled = (timeoutMs: number) =>
      waitForDrawnView(
        () => view,
        () => cancelled,
        { quietMs: 100, timeoutMs },
      );
    void (async () => {
      // The view may still be loading: find the subject once it is drawn, fit it, and fit again
      // once the view has laid itself out at the new size.
      await settled(5000);
      if (cancelled) return;
      markSubject(view, focus);
      refit();
      await settled(2000);
      if (cancelled) return;
      refit();
      setReadyKey(key);
    })();
    // Sizes before zoom: a new zoom reports no resize, so fitting cannot loop.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(refit);
    observer?.observe(container);
    observer?.observe(view);
    return () => {
      cancelled = true;
      observer?.disconnect();
    };
  }, [key, focus]);

  return { body, stage, fit, ready: readyKey === key };
}
