import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** what to show instead of a blank screen; `retry` re-renders the children */
  readonly fallback: (retry: () => void) => ReactNode;
}

interface State {
  readonly failed: boolean;
}

/** The top-level boundary: a friendly page with "Start over", never a blank screen. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The error only, never state: answers are not logged anywhere.
    console.error('Cl@ve Wizard crashed:', error instanceof Error ? error.message : 'unknown error', info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return this.props.fallback(() => {
        this.setState({ failed: false });
      });
    }
    return this.props.children;
  }
}
