/** True while some element of the page is shown full screen. */
export function isFullscreen(): boolean {
  return Boolean(document.fullscreenElement);
}

/** True when this browser lets the page ask for full screen (it may still refuse a request). */
export function fullscreenAvailable(): boolean {
  return (
    typeof document.documentElement.requestFullscreen === 'function' &&
    document.fullscreenEnabled !== false
  );
}
