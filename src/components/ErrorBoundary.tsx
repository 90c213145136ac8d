import { Component, Fragment, createRef } from 'react';
import type { ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What the boundary guards ("quiz", "pod network simulator"), on the error box as data-boundary. */
  name?: string;
  /** What to call the island in the message and button (default "simulator"; e.g. "quiz"). */
  subject?: string;
}

interface ErrorBoundaryState {
  error: Error | null;
  /** Bumped on reset so the children remount with their initial state. */
  generation: number;
}

/** Turns anything thrown into an Error, so the message can always be shown. */
function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * Keeps a bug in one island from blanking the page: shows what broke and a button that remounts
 * the island with its initial state. Learner mistakes (InputError) never get here; islands show them inline.
 * No componentDidCatch logging: React 19 already reports every caught error once with console.error.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, generation: 0 };

  /** An empty hidden element after the children, so the mounted boundary can find its island. */
  private readonly marker = createRef<HTMLSpanElement>();

  /**
   * Marks the Astro island as ready once React has committed it. Astro drops the island's `ssr`
   * attribute when hydration starts, but React hydrates in a transition that can yield, so the
   * markup can be live-looking before its handlers are attached. `data-island-ready` is the
   * signal that input now reaches the component (the browser tests wait for it).
   */
  override componentDidMount(): void {
    this.marker.current?.closest('astro-island')?.setAttribute('data-island-ready', '');
  }

  /** Switches to the error message when a child throws while rendering. */
  static getDerivedStateFromError(thrown: unknown): Partial<ErrorBoundaryState> {
    return { error: asError(thrown) };
  }

  /** Clears the error and remounts the children from scratch. */
  private readonly reset = (): void => {
    this.setState((state) => ({ error: null, generation: state.generation + 1 }));
  };

  /** Renders the children, or the bug message with a reset button. */
  override render(): ReactNode {
    const { error, generation } = this.state;
    const subject = this.props.subject ?? 'simulator';
    if (error) {
      return (
        <div role="alert" className="island-error" data-boundary={this.props.name}>
          <p>
            This {subject} hit a bug: {error.message}
          </p>
          <button type="button" className="button" onClick={this.reset}>
            Reset this {subject}
          </button>
        </div>
      );
    }
    return (
      <>
        <Fragment key={generation}>{this.props.children}</Fragment>
        <span hidden ref={this.marker} />
      </>
    );
  }
}
