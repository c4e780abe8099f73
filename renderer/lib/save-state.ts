/**
 * Save-as-you-go bookkeeping for the bid workspace screens: each edited thing (a checklist item, a
 * criterion's plan, an event's plan) has a save state the screen shows beside it, so the user
 * knows their change is stored, or why it was not.
 */
import { errorInWords } from './error-words';

/** Where one thing's latest save stands. */
export type SaveState =
  { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string };

/** The part of a feature store that holds save states, by key (usually a record id). */
export interface SaveStates {
  saves: Record<string, SaveState>;
}

type Setter<S> = (update: (state: S) => Partial<S>) => void;

/**
 * Run `work` and record its progress under `key`: saving, then saved or failed (with the
 * message). Resolves true when it saved. Never rejects: the failure is shown, not thrown.
 */
export async function trackSave<S extends SaveStates>(
  set: Setter<S>,
  key: string,
  work: () => Promise<unknown>,
): Promise<boolean> {
  const put = (state: SaveState): void =>
    set((s) => ({ saves: { ...s.saves, [key]: state } }) as Partial<S>);
  put({ status: 'saving' });
  try {
    await work();
    put({ status: 'saved' });
    return true;
  } catch (error: unknown) {
    put({ status: 'failed', message: errorInWords(error, 'Something went wrong while saving.') });
    return false;
  }
}
