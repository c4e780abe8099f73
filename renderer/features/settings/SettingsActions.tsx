import { useState, type ReactNode } from 'react';

/**
 * A settings form's buttons: save, the unsaved-changes note, and "Restore defaults", which asks
 * first (`question` says what will be lost) and only then calls `onRestore`.
 */
export function SettingsActions(props: {
  saveLabel: string;
  saving: boolean;
  dirty: boolean;
  /** Id of the question, so the dialog is named by it. */
  questionId: string;
  question: ReactNode;
  onRestore: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const restore = async (): Promise<void> => {
    setConfirming(false);
    await props.onRestore();
  };
  return (
    <>
      <div className="settings-actions">
        <button type="submit" className="button button-primary" disabled={props.saving}>
          {props.saveLabel}
        </button>
        {props.dirty && <span className="unsaved">You have unsaved changes.</span>}
        {!confirming && (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Restore defaults
          </button>
        )}
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby={props.questionId}>
          <p id={props.questionId}>{props.question}</p>
          <button type="button" className="button button-danger" onClick={() => void restore()}>
            Yes, restore the defaults
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}
