import { Component, type ReactNode } from 'react';
import { errorMessageOf } from './view-error-boundary';
import './error-boundary.css';

/** Props of {@link ChartErrorBoundary}. */
export interface ChartErrorBoundaryProps {
  /** When this changes (new rows to draw), a failed chart is tried again. */
  resetKey: unknown;
  /** Told when the chart fails, so the frame can turn off its image exports. */
  onError: () => void;
  children: ReactNode;
}

interface ChartErrorBoundaryState {
  error: Error | null;
}

/**
 * Catches a crash while drawing one chart, so the rest of the page (and the chart's own data
 * table) stays on screen; a change of the chart's data tries the drawing again.
 */
export class ChartErrorBoundary extends Component<
  ChartErrorBoundaryProps,
  ChartErrorBoundaryState
> {
  override state: ChartErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ChartErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch() {
    this.props.onError();
  }

  override componentDidUpdate(previous: ChartErrorBoundaryProps) {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary chart-error" role="alert">
        <p>
          <strong>This chart could not be drawn</strong> ({errorMessageOf(error)}). Its data is in
          the table below.
        </p>
      </div>
    );
  }
}
