import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { decodeBytes } from '../../data/decode';
import { deckSizeLimit, parseDeck, serialiseDeck, type DeckLoad } from '../../data/deck-schema';
import type { LoadedDataset } from '../../state/dataset-queries';
import { usePresenterSafe } from '../../state/use-presenter-safe';
import { presenterSafeDeck } from './safe-deck';
import { useSafeText } from './use-safe-text';
import type { LoadProblem } from '../../data/types';
import { useDeckStore } from '../../state/deck-store';
import { useExplorerStore } from '../../state/explorer-store';
import { deviceStorageOff, offlineCopy } from '../../state/offline-copy';
import { readServedFile } from '../../state/served-files';
import { briefingDeckUrl } from '../../state/served-urls';
import { downloadText, fileNameFor } from '../../ui/download';

async function fetchBriefingDeck(): Promise<DeckLoad> {
  const bytes = await readServedFile(briefingDeckUrl).catch((error: Error) => {
    throw new Error(`The briefing deck could not be read: ${error.message}`);
  });
  return parseDeck(new TextDecoder().decode(bytes), 'vkpp-2019-11-deck.json');
}

async function readDeckFile(file: File): Promise<DeckLoad> {
  if (file.size > deckSizeLimit) {
    const problem: LoadProblem = {
      code: 'file-too-large',
      severity: 'error',
      message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a deck is at most ${deckSizeLimit / 1024 / 1024} MB.`,
      hint: 'Choose a deck exported with "Export deck": decks hold views and captions, not data.',
      file: file.name,
    };
    return { ok: false, problems: [problem] };
  }
  // Decoded like data files, so a deck saved as UTF-16 by a text editor still reads.
  return parseDeck(decodeBytes(new Uint8Array(await file.arrayBuffer())).text, file.name);
}

/** Props of {@link DeckFiles}. */
export interface DeckFilesProps {
  loaded: LoadedDataset | undefined;
}

/**
 * Export and import of decks as JSON, the briefing deck, and keeping the deck on this device.
 * While presenter-safe is on, an exported deck holds no case id, name or speaker note.
 */
export function DeckFiles({ loaded }: DeckFilesProps) {
  const safe = usePresenterSafe();
  const safeText = useSafeText(loaded);
  const inputId = useId();
  const keepId = useId();
  const deck = useDeckStore((s) => s.deck);
  const keepOnDevice = useDeckStore((s) => s.keepOnDevice);
  const storageMessage = useDeckStore((s) => s.storageMessage);
  const bundled = useExplorerStore((s) => s.source.kind === 'bundled');
  const { replaceDeck, setKeepOnDevice } = useDeckStore.getState();
  const [problems, setProblems] = useState<{ file: string; list: LoadProblem[] } | null>(null);
  const accept = (file: string) => (result: DeckLoad) => {
    if (result.ok) {
      setProblems(null);
      replaceDeck(result.deck);
    } else setProblems({ file, list: result.problems });
  };
  const importDeck = useMutation({
    mutationFn: readDeckFile,
    onSuccess: (result, file) => accept(file.name)(result),
  });
  const briefing = useMutation({
    mutationFn: fetchBriefingDeck,
    onSuccess: accept('vkpp-2019-11-deck.json'),
  });
  const failure = importDeck.error ?? briefing.error;
  return (
    <div className="deck-files">
      <div className="deck-file-buttons">
        <button
          type="button"
          onClick={() =>
            downloadText(
              serialiseDeck(
                safe.enabled ? presenterSafeDeck(deck, safeText.text, safeText.withheld) : deck,
              ),
              `${fileNameFor(deck.title)}.json`,
              'application/json',
            )
          }
          disabled={deck.slides.length === 0}
        >
          Export deck
        </button>
        {safe.enabled && (
          <span className="deck-hint">
            Presenter-safe is on: an exported deck leaves out case ids, names and speaker notes.
          </span>
        )}
        <label htmlFor={inputId} className="file-label">
          Import deck
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) importDeck.mutate(file);
            event.currentTarget.value = '';
          }}
        />
        {/* Not disabled while loading: a disabled button drops keyboard focus to the page. */}
        {bundled && (
          <button
            type="button"
            aria-busy={briefing.isPending}
            onClick={() => {
              if (!briefing.isPending) briefing.mutate();
            }}
          >
            Load the briefing deck
          </button>
        )}
      </div>
      <p className="deck-hint">
        Importing a deck or loading the briefing deck replaces the slides here
        {deck.slides.length > 0
          ? ` (${deck.slides.length} now): export them first to keep them`
          : ''}
        .
      </p>
      {problems && (
        <div role="alert" className="deck-problems">
          <p>{problems.file} could not be used as a deck; the slides here are unchanged:</p>
          <ul>
            {problems.list.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
          <p className="hint">{problems.list[0]?.hint}</p>
        </div>
      )}
      {failure && (
        <p role="alert" className="deck-problems">
          {failure.message}
        </p>
      )}
      <div className="keep-deck">
        <input
          id={keepId}
          type="checkbox"
          checked={keepOnDevice}
          disabled={offlineCopy}
          onChange={(event) => setKeepOnDevice(event.currentTarget.checked)}
        />
        <label htmlFor={keepId}>Keep decks on this device</label>
        <p className="deck-hint">
          {offlineCopy
            ? deviceStorageOff
            : keepOnDevice
              ? 'This deck is saved in this browser on this computer (its local storage) after every change, so it is still here after a reload. Turn this off to delete it from the computer.'
              : 'Off: the deck lives only in this page and is gone when the page is closed. Turn this on to save it in this browser on this computer (its local storage); nothing is sent anywhere.'}
        </p>
        {storageMessage && (
          <p role="alert" className="deck-problems">
            {storageMessage}
          </p>
        )}
      </div>
    </div>
  );
}
