import { useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { isUkDay } from '../../../shared/calendar';

/**
 * The user's draft of a stored value: follows the stored value when it changes (another window,
 * an Undo), otherwise keeps what the user is typing until they commit it.
 */
function useDraft(value: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  if (stored !== value) {
    setStored(value);
    setDraft(value);
  }
  return [draft, setDraft];
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'>;

/** A text input that saves when the user leaves it (or presses Enter), only if it changed. */
export function DraftInput({
  value,
  onCommit,
  ...props
}: InputProps & { value: string; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useDraft(value);
  const commit = (): void => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <input
      {...props}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

type TextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange' | 'onBlur'
>;

/** A text area that saves when the user leaves it, only if it changed. */
export function DraftTextarea({
  value,
  onCommit,
  ...props
}: TextareaProps & { value: string; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useDraft(value);
  return (
    <textarea
      {...props}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft !== value) onCommit(draft);
      }}
    />
  );
}

/** A whole, plausible day: Chromium reports "0002-05-06" while the user is still typing the year. */
function plausibleDay(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return isUkDay(day) && year >= 2000 && year <= 2100;
}

/**
 * A date input (`yyyy-MM-dd`, empty for none). A date picked from the calendar saves at once; a
 * typed one saves once the year is whole, or when the user leaves the field.
 */
export function DraftDateInput({
  value,
  onCommit,
  ...props
}: InputProps & { value: string; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useDraft(value);
  return (
    <input
      {...props}
      type="date"
      value={draft}
      onChange={(e) => {
        const next = e.target.value;
        setDraft(next);
        if (next !== value && plausibleDay(next)) onCommit(next);
      }}
      onBlur={() => {
        if (draft !== value && (draft === '' || plausibleDay(draft))) onCommit(draft);
      }}
    />
  );
}
