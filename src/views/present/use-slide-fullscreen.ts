import { useCallback, useEffect, useRef, useState } from 'react';
import { fullscreenAvailable, isFullscreen } from './fullscreen';

/** Full screen while presenting: its state, and why it is not on when it could not be. */
export interface SlideFullscreen {
  on: boolean;
  /** Why full screen is off although it was asked for, in plain words; null otherwise. */
  problem: string | null;
  enter: () => void;
  /** Leaves full screen on purpose (so it is not taken as the user leaving the slides). */
  exit: () => void;
}

const fallback = 'the slides fill this window instead (F11 makes the window full screen)';

/**
 * Asks for full screen once when the slides open (the click on Present still counts as the
 * user's gesture) and calls `onUserExit` when the user leaves full screen with the browser's own
 * Escape, which the page may never see as a key press.
 */
export function useSlideFullscreen(onUserExit: () => void): SlideFullscreen {
  const [on, setOn] = useState(isFullscreen);
  const [problem, setProblem] = useState<string | null>(null);
  const requested = useRef(false);
  const exitingOnPurpose = useRef(false);

  const available = fullscreenAvailable();

  const enter = useCallback(() => {
    if (!fullscreenAvailable()) return;
    document.documentElement.requestFullscreen().then(
      () => setProblem(null),
      (error: Error) => setProblem(`Full screen was refused (${error.message}): ${fallback}.`),
    );
  }, []);

  const exit = useCallback(() => {
    if (!isFullscreen()) return;
    exitingOnPurpose.current = true;
    document.exitFullscreen().catch((error: Error) => {
      exitingOnPurpose.current = false;
      setProblem(`Full screen could not be left (${error.message}).`);
    });
  }, []);

  useEffect(() => {
    const onChange = () => {
      const now = isFullscreen();
      setOn(now);
      if (!now && !exitingOnPurpose.current) onUserExit();
      exitingOnPurpose.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    // Refs survive React's development double effects, so full screen is asked for only once.
    if (!requested.current) {
      requested.current = true;
      if (!isFullscreen()) enter();
    }
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [enter, onUserExit]);

  return {
    on,
    problem: available ? problem : `Full screen is not available in this browser: ${fallback}.`,
    enter,
    exit,
  };
}
