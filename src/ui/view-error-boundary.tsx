import { Component, type ReactNode } from 'react';
import { isLoadFailure, isRepeatedLoadFailure, retryFailedLoads } from './lazy-retry';
import './error-boundary.css';

/** Props of {@link ViewErrorBoundary}. */
export interface ViewErrorBoundaryProps {
  /** What failed, as the heading names it. */
  what?: string;
  /** Leaves the failed view (for the Overview, by default); no such button when absent. */
  onBack?: () => void;
  backLabel?: string;
  /** The heading's level: 1 where the failure replaces a view, 2 in a panel over one. */
  headingLevel?: 1 | 2;
  /** An extra class on the message, e.g. to place it where the panel would have been. */
  className?: string;
  /** When this changes (e.g. another dataset is shown), a failed view is tried again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface ViewErrorBoundaryState {
  error: Error | null;
}

/** The first line of an error's message, without the stack (which may quote data). */
export function errorMessageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n', 1)[0]?.trim() ?? '';
  return firstLine.length > 300 ? `${firstLine.slice(0, 299)}…` : firstLine || 'unknown error';
}

/**
 * Catches a crash while drawing one view so the header, navigation and filters keep working:
 * it says which error happened (its message only, never a stack) and offers a way back.
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, ViewErrorBoundaryState> {
  override state: ViewErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ViewErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: ViewErrorBoundaryProps) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.retry();
  }

  private retry = () => {
    retryFailedLoads();
    this.setState({ error: null });
  };

  private back = () => {
    this.props.onBack?.();
    this.retry();
  };

  override render() {
    const { error } = this.state;
    const { what = 'This view', onBack, backLabel = 'Back to Overview' } = this.props;
    const { headingLevel = 1, className } = this.props;
    const Heading = headingLevel === 1 ? 'h1' : 'h2';
    if (!error) return this.props.children;
    // The code of a view loads when it is first shown; a dropped connection or a newer version
    // of the app on the server stops that, and the message says so rather than quote a URL.
    const notLoaded = isLoadFailure(error);
    const again = notLoaded && isRepeatedLoadFailure(error);
    return (
      <div className={`error-boundary view-error ${className ?? ''}`.trim()} role="alert">
        <Heading>
          {notLoaded
            ? `${what} ${again ? 'still could not be loaded' : 'could not be loaded'}.`
            : `${what} failed: ${errorMessageOf(error)}`}
        </Heading>
        <p>The rest of the app still works: the data on screen is unchanged.</p>
        {notLoaded && !again && (
          <p>
            Its code did not arrive: the connection may have dropped, or the app was updated since
            this page opened. Try again once the connection is back.
          </p>
        )}
        {again && (
          <p>
            Its code did not arrive a second time. If the connection is back, reload the page to
            fetch the app afresh: the view and filters come back from the address, and datasets kept
            on this device come back; a dataset loaded from a file and not kept must be loaded
            again.
          </p>
        )}
        <div className="error-boundary-actions">
          {onBack && (
            <button type="button" onClick={this.back}>
              {backLabel}
            </button>
          )}
          <button type="button" onClick={this.retry}>
            Try again
          </button>
          {again && (
            <button type="button" onClick={() => window.location.reload()}>
              Reload page
            </button>
          )}
        </div>
      </div>
    );
  }
}
