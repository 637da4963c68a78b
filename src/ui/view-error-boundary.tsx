import { Component, type ReactNode } from 'react';
import './error-boundary.css';

/** Props of {@link ViewErrorBoundary}. */
export interface ViewErrorBoundaryProps {
  /** Leaves the failed view for the Overview. */
  onBack: () => void;
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

  private retry = () => this.setState({ error: null });

  private back = () => {
    this.props.onBack();
    this.retry();
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary view-error" role="alert">
        <h1>This view failed: {errorMessageOf(error)}</h1>
        <p>The rest of the app still works: the data on screen is unchanged.</p>
        <div className="error-boundary-actions">
          <button type="button" onClick={this.back}>
            Back to Overview
          </button>
          <button type="button" onClick={this.retry}>
            Try again
          </button>
        </div>
      </div>
    );
  }
}
