import { summaryChartId } from '../../data/chart-ids';
import { formatDrill } from '../../data/drill';
import { viewOptionsOf } from '../../data/view-options';
import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { LoadedDataset } from '../../state/dataset-queries';
import { useDeckStore } from '../../state/deck-store';
import { useExplorerStore } from '../../state/explorer-store';
import { describeFilters } from '../../query/filter-description';
import { useChartRegistry } from '../../ui/chart-registry';
import { viewLabel } from './slide-place';
import { useSafeText } from './use-safe-text';

/** Props of {@link SaveSlideForm}. */
export interface SaveSlideFormProps {
  id: string;
  loaded: LoadedDataset;
  /** Called after saving, with what to tell the user. */
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Outside a registry there is nothing to follow. */
const noSubscription = () => () => undefined;
const noVersion = () => 0;

/** A caption suggested from the view and its filters: "Overview — Outcome: Death". */
function suggestedCaption(loaded: LoadedDataset, caseName: (id: string) => string): string {
  const { view, filters, caseId } = useExplorerStore.getState();
  const parts = describeFilters(loaded.index, filters.values, filters.themeMatch).map(
    (p) => p.text,
  );
  if (view === 'case' && caseId) parts.unshift(caseName(caseId));
  return parts.length > 0 ? `${viewLabel(view)} — ${parts.join('; ')}` : viewLabel(view);
}

/** The small form behind "Save view as slide": caption (required) and speaker notes. */
export function SaveSlideForm({ id, loaded, onSaved, onCancel }: SaveSlideFormProps) {
  const headingId = useId();
  const captionId = useId();
  const notesId = useId();
  const focusId = useId();
  const safe = useSafeText(loaded);
  const [caption, setCaption] = useState(() => suggestedCaption(loaded, safe.caseName));
  const [notes, setNotes] = useState('');
  // The charts of the view the slide is saved from, by model id, as they are now: one whose
  // code is still loading when the form opens is offered once it is drawn.
  const registry = useChartRegistry();
  useSyncExternalStore(registry?.subscribe ?? noSubscription, registry?.version ?? noVersion);
  const charts = [
    ...(registry?.list() ?? []).map(({ model }) => ({ id: model.id, title: model.title })),
    // The Overview's view in words is a slide of its own, though it is no chart.
    ...(useExplorerStore.getState().view === 'overview'
      ? [{ id: summaryChartId, title: 'Summary (the view in words)' }]
      : []),
  ];
  const [focus, setFocus] = useState('');
  const captionInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const element = form.current;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onCancel();
    };
    element?.addEventListener('keydown', onKeyDown);
    return () => element?.removeEventListener('keydown', onKeyDown);
  }, [onCancel]);
  useEffect(() => {
    captionInput.current?.focus();
    captionInput.current?.select();
  }, []);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (caption.trim() === '') return;
    const { view, filters, caseId, drill, options, intervals, trendBy, compareFrom, compareTo } =
      useExplorerStore.getState();
    if (view === 'present') return;
    const viewOptions = viewOptionsOf(options, view);
    const slide = {
      caption: caption.trim(),
      view,
      filters: [...filters.values].map(([d, ids]): [string, string[]] => [d, [...ids]]),
      themeMatch: filters.themeMatch,
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      ...(caseId ? { caseId } : {}),
      ...(drill ? { drill: formatDrill(drill) } : {}),
      ...(focus ? { focus } : {}),
      // Trends keeps its breakdown and the periods compared, so the slide shows the same.
      ...(view === 'trends' && trendBy ? { trendBy } : {}),
      ...(view === 'trends' && compareFrom ? { compareFrom } : {}),
      ...(view === 'trends' && compareTo ? { compareTo } : {}),
      // Intervals drawn on screen (the Overview's and Trends' bars) are drawn on the slide too.
      ...(intervals && (view === 'overview' || view === 'trends') ? { intervals: true } : {}),
      ...(Object.keys(viewOptions).length > 0 ? { options: viewOptions } : {}),
    };
    useDeckStore.getState().addSlide(slide, loaded.dataset.meta.title);
    const { deck } = useDeckStore.getState();
    onSaved(`Saved as slide ${deck.slides.length} of “${deck.title}”.`);
  };
  return (
    // No autofill: a caption can name a case, and the browser would keep it on disk.
    <form
      autoComplete="off"
      id={id}
      className="save-slide-form"
      aria-labelledby={headingId}
      ref={form}
      onSubmit={save}
    >
      <h2 id={headingId}>Save this view as a slide</h2>
      <label htmlFor={captionId}>Caption</label>
      <input
        autoComplete="off"
        ref={captionInput}
        id={captionId}
        type="text"
        required
        value={caption}
        onChange={(e) => setCaption(e.currentTarget.value)}
      />
      <label htmlFor={notesId}>Speaker notes (optional)</label>
      <textarea
        autoComplete="off"
        id={notesId}
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
      />
      {charts.length > 1 && (
        <>
          <label htmlFor={focusId}>Opens at</label>
          <select id={focusId} value={focus} onChange={(e) => setFocus(e.currentTarget.value)}>
            <option value="">The top of the view</option>
            {charts.map((chart) => (
              <option key={chart.id} value={chart.id}>
                {chart.title}
              </option>
            ))}
          </select>
        </>
      )}
      <p className="save-slide-hint">
        The slide keeps this view, its filters and what is selected. The deck is on the Present
        page.
      </p>
      <div className="save-slide-buttons">
        <button type="submit" className="primary" disabled={caption.trim() === ''}>
          Add to deck
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
