import type { JSX } from 'react';
import { SlideBars } from './slide-bars';
import { SlideCoOccurrence } from './slide-co-occurrence';
import { SlideHeadline } from './slide-headline';
import { SlideHeatmap } from './slide-heatmap';
import { SlideCase, SlideCheck, SlideLearning } from './slide-lists';
import { SlideMap } from './slide-map';
import type { SlideSubject } from './slide-subject';
import { SlideSummary } from './slide-summary';
import './slides.css';

/** Props of {@link SlideFigure}. */
export interface SlideFigureProps {
  subject: SlideSubject;
}

/** The body of a projected slide: the layout of its subject's kind, drawn for the projector. */
export function SlideFigure({ subject }: SlideFigureProps): JSX.Element {
  switch (subject.kind) {
    case 'headline':
      return <SlideHeadline model={subject.model} />;
    case 'bars':
      return <SlideBars model={subject.model} intervals={subject.intervals} />;
    case 'map':
      return <SlideMap model={subject.model} view={subject.view} measure={subject.measure} />;
    case 'co-occurrence':
      return <SlideCoOccurrence model={subject.model} measure={subject.measure} />;
    case 'summary':
      return <SlideSummary title={subject.title} sentences={subject.sentences} />;
    case 'heatmap':
      return <SlideHeatmap title={subject.title} heatmap={subject.heatmap} />;
    case 'learning':
      return (
        <SlideLearning title={subject.title} entries={subject.entries} hidden={subject.hidden} />
      );
    case 'check':
      return <SlideCheck title={subject.title} summary={subject.summary} rows={subject.rows} />;
    case 'case':
      return <SlideCase title={subject.title} facts={subject.facts} />;
    case 'message':
      return (
        <section className="slide-figure slide-message" aria-label={subject.title}>
          <h2 className="slide-figure-title">{subject.title}</h2>
          <p>{subject.text}</p>
        </section>
      );
  }
}
