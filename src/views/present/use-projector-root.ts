import { useEffect } from 'react';

/**
 * Puts the projector type scale on the page root while mounted: the views size their text in
 * rem, so only a larger root font makes all of it bigger (see present.css).
 */
export function useProjectorRoot(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('projector');
    return () => root.classList.remove('projector');
  }, []);
}
