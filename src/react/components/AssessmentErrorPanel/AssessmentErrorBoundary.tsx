import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of `AssessmentErrorBoundary`. */
export interface AssessmentErrorBoundaryProps {
  /** What to show after a render error instead of the children. */
  fallback: ReactNode;
  /** Told of the error, e.g. to log it. */
  onError?: (error: unknown, info: ErrorInfo) => void;
  children?: ReactNode;
}

/**
 * Keeps a render error inside the kit: the host's page stays up and shows a message in place of the
 * assessment. Answers live in the provider above it, so they survive.
 */
export class AssessmentErrorBoundary extends Component<AssessmentErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
