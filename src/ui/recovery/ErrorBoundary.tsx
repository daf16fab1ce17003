import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What shows instead of the children after a render error. */
  fallback: (failure: { error: unknown; details: string; retry: () => void }) => ReactNode;
  /** A change of this value (another map opened) shows the children again. */
  resetKey: unknown;
  onError?: (error: unknown) => void;
  children: ReactNode;
}

interface State {
  error: unknown;
  details: string;
  failed: boolean;
  resetKey: unknown;
}

/** The error text a user can send: what failed, where in the code, and in which component. */
export function errorReport(error: unknown, componentStack = ''): string {
  const head = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error && error.stack ? error.stack : '';
  const lines = [
    head,
    stack.startsWith(head) ? stack.slice(head.length).trim() : stack,
    componentStack.trim() && `Components:\n${componentStack.trim()}`,
    typeof navigator === 'undefined' ? '' : `Browser: ${navigator.userAgent}`,
  ];
  return lines.filter(Boolean).join('\n\n');
}

/**
 * Catches render errors below it, so a failure shows a recovery screen rather than a white page.
 * React has error boundaries only as class components.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {
    error: null,
    details: '',
    failed: false,
    resetKey: this.props.resetKey,
  };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true, details: errorReport(error) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { resetKey: props.resetKey, failed: false, error: null, details: '' };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ details: errorReport(error, info.componentStack ?? '') });
    this.props.onError?.(error);
  }

  private readonly retry = () => this.setState({ failed: false, error: null, details: '' });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback({
      error: this.state.error,
      details: this.state.details,
      retry: this.retry,
    });
  }
}
