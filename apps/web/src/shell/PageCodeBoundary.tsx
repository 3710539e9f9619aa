import { Component, type ReactNode } from 'react';
import { PageCodeUnavailable } from '../shared/lazy-page';

interface PageCodeBoundaryProps {
  children: ReactNode;
  /** The address shown: going to another page tries again. */
  address: string;
}

interface PageCodeBoundaryState {
  error: unknown;
}

/**
 * When a page's code cannot be fetched (after a release the old chunks are gone,
 * or the connection dropped), says so and offers a reload instead of a blank
 * screen. Any other error is not this boundary's business and goes on up.
 */
export class PageCodeBoundary extends Component<PageCodeBoundaryProps, PageCodeBoundaryState> {
  override state: PageCodeBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): PageCodeBoundaryState {
    return { error };
  }

  override componentDidUpdate(previous: PageCodeBoundaryProps): void {
    if (this.state.error !== null && previous.address !== this.props.address) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!(error instanceof PageCodeUnavailable)) throw error instanceof Error ? error : new Error('A page failed to render', { cause: error });
    return (
      <div className="page-message" role="alert">
        <p>This page could not be loaded. The app may have been updated since this tab was opened, or the connection dropped.</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
