import './framed-notice.css';

/**
 * What the app shows inside another site's frame: why it does not run, and the address to open it
 * at, as text. No button, link or input, so there is nothing for the framing page to trick a user
 * into clicking.
 */
export function FramedNotice({ address }: { address: string }) {
  return (
    <main className="framed-notice">
      <h1>Case Review Explorer does not run inside another site’s page</h1>
      <p>
        This page has put the explorer in a frame. To protect the data you load, the explorer only
        runs in a tab of its own. Open this address in a new tab:
      </p>
      <p className="framed-notice-address">{address}</p>
    </main>
  );
}
