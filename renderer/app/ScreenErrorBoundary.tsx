import { Component, useId, useState, type ErrorInfo, type ReactNode } from 'react';
import { APP_VERSION } from '../features/backup';

interface Props {
  /** What the user calls the screen or part ("The pipeline", "Your settings"). */
  name: string;
  /** `screen`: a whole screen (its heading is the page's); `section`: one part of a screen. */
  place?: 'screen' | 'section';
  children: ReactNode;
}

interface State {
  error: unknown;
  componentStack: string;
}

/**
 * A screen (or a part of one) that cannot render says so in words and offers what still works,
 * instead of React unmounting the whole window: one unreadable row must not blank every route.
 * Give it a `key` that changes with the route, so moving to another screen tries again.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: '' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
    console.error(`Bid Desk could not show ${this.props.name}:`, error);
  }

  override render(): ReactNode {
    const { error, componentStack } = this.state;
    if (error === null) return this.props.children;
    return (
      <ScreenProblem
        name={this.props.name}
        place={this.props.place ?? 'screen'}
        report={errorReport(this.props.name, error, componentStack)}
        onRetry={() => this.setState({ error: null, componentStack: '' })}
      />
    );
  }
}

/** What a user sends with a report: version, screen, address, the error and where it arose. */
function errorReport(name: string, error: unknown, componentStack: string): string {
  const detail =
    error instanceof Error
      ? `${error.name}: ${error.message}\n${error.stack ?? ''}`
      : String(error);
  return [
    `Bid Desk ${APP_VERSION}`,
    `Screen: ${name} (${window.location.hash || '#/'})`,
    `When: ${new Date().toISOString()}`,
    detail.trim(),
    componentStack.trim() ? `Components:\n${componentStack.trim()}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function ScreenProblem(props: {
  name: string;
  place: 'screen' | 'section';
  report: string;
  onRetry: () => void;
}) {
  const [copied, setCopied] = useState('');
  const headingId = useId();
  const Heading = props.place === 'screen' ? 'h1' : 'h2';
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(props.report);
      setCopied('Copied. Paste it into your report.');
    } catch {
      setCopied('Could not copy: open “Error details” below, select the text and copy it.');
    }
  };
  const onSettings = window.location.hash === '#/settings';
  return (
    <section className="card screen-error" role="alert" aria-labelledby={headingId}>
      <Heading id={headingId}>{props.name} cannot be shown</Heading>
      <p>
        Some of the data it reads is not as Bid Desk wrote it (a damaged or edited backup can do
        this), so Bid Desk stopped rather than show it wrongly. Nothing has been changed or deleted.
      </p>
      <p>What you can do:</p>
      <ul>
        {!onSettings && (
          <li>
            <a href="#/settings">Go to Settings</a>: your settings, backups and snapshots still
            work.
          </li>
        )}
        <li>
          <a href="#/settings">Restore a snapshot</a> taken before the problem (Settings, “Back up
          and restore”). Bid Desk takes a snapshot of what you have now first, so this can be
          undone.
        </li>
        <li>
          <button type="button" className="button" onClick={() => void copy()}>
            Copy the error for a report
          </button>{' '}
          <span role="status">{copied}</span>
        </li>
        <li>
          <button type="button" className="button" onClick={props.onRetry}>
            Try again
          </button>
        </li>
      </ul>
      <details>
        <summary>Error details</summary>
        <pre className="screen-error-report">{props.report}</pre>
      </details>
    </section>
  );
}
