import type { SaveState } from './save-state';
import './workspace.css';

/**
 * "Saving…", "Saved" or "Not saved: <why>" beside something the user edits. Announced politely to
 * screen readers; a failure is an alert in the danger colour and stays until the next save.
 */
export function SaveStatus({
  state,
  savedText = 'Saved',
}: {
  state: SaveState | undefined;
  /** What to say once saved, where "Saved" would not say what happened ("Event added"). */
  savedText?: string;
}) {
  const text =
    state === undefined
      ? ''
      : state.status === 'saving'
        ? 'Saving…'
        : state.status === 'saved'
          ? savedText
          : `Not saved: ${state.message}`;
  return (
    <span
      className={`save-status ${state ? `save-${state.status}` : ''}`}
      role={state?.status === 'failed' ? 'alert' : 'status'}
    >
      {text}
    </span>
  );
}
