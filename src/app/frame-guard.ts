/**
 * True when the app runs inside a frame of another site's page. Such a page could lay its own
 * content over the app's buttons and trick a user into clicking them (clickjacking: Keep, Forget,
 * Load). The check fails safe: when the top page's origin cannot be read, the frame is taken to
 * be another origin's.
 */
export function framedByAnotherOrigin(win: Window): boolean {
  if (win.top === win.self) return false;
  try {
    return win.top?.location.origin !== win.location.origin;
  } catch {
    // Reading another origin's location throws a SecurityError: that is the answer, not a
    // failure. Anything else thrown is no proof of safety either, so the answer is "framed".
    return true;
  }
}
