/**
 * What a caught error means, in the user's words. Dexie and IndexedDB explain themselves to
 * developers ("Transaction committed too early. See http://bit.ly/…"); a user needs to know what
 * happened, what to do and what was kept. Errors Bid Desk writes itself (a refused backup, a
 * newer database, a field a form rejected) already speak to the user and pass through, without
 * any link or stack. The original error is for "Copy the error for a report", never the screen.
 */

/** Said when a write failed inside a transaction: IndexedDB stores all of it or none of it. */
const KEPT = 'This change was not saved; everything saved before it is kept.';

/** A fault in Bid Desk's own code: nothing the user did, and trying again may well work. */
const FAULT = `Bid Desk stopped this part-way because of a fault of its own. ${KEPT} Try again; if it keeps happening, reload Bid Desk.`;

/** Storage that could not be opened or reached at all. */
const UNREACHABLE =
  'Bid Desk could not reach the data it keeps in this browser (storage may be blocked, as in a private window, or damaged). Nothing has been changed. Close other Bid Desk windows and reload.';

/** By error name: Dexie's (`Dexie.errnames`) and IndexedDB's `DOMException` names. */
const SENTENCES: Readonly<Record<string, string>> = {
  QuotaExceededError: `Your disk is full (or the browser's storage for Bid Desk is), so this could not be saved. ${KEPT} Free some space, then try again.`,
  DatabaseClosedError: `Bid Desk's data was closed while this was being saved (another Bid Desk window may have updated it). ${KEPT} Reload Bid Desk and try again.`,
  VersionChangeError: `Another Bid Desk window updated your data, so this window let go of it. ${KEPT} Reload Bid Desk to carry on.`,
  VersionError:
    'Your data was saved by a different version of Bid Desk than this window expects. Nothing has been changed. Close other Bid Desk windows, then reload; if this keeps happening, update Bid Desk.',
  UpgradeError:
    'Bid Desk could not bring your data up to date for this version. Nothing has been changed. Close other Bid Desk windows and reload; if this keeps happening, restore a backup from Settings.',
  AbortError:
    'This was stopped before it finished, so nothing from it was stored. Everything saved before it is kept. Try again.',
  TimeoutError: `The browser's storage took too long to answer. ${KEPT} Try again in a moment.`,
  ConstraintError: `This could not be saved because Bid Desk already holds a record with the same identity (another window may have saved it first). ${KEPT} Reload Bid Desk and try again.`,
  DataError: `Some of this could not be stored as data. ${KEPT}`,
  DataCloneError: `Some of this could not be stored as data. ${KEPT}`,
  OpenFailedError: UNREACHABLE,
  MissingAPIError: UNREACHABLE,
  NoSuchDatabaseError: UNREACHABLE,
  UnknownError: UNREACHABLE,
  NotFoundError: UNREACHABLE,
  TransactionInactiveError: FAULT,
  PrematureCommitError: FAULT,
  InvalidStateError: FAULT,
  ReadOnlyError: FAULT,
  SubTransactionError: FAULT,
  ForeignAwaitError: FAULT,
  SchemaError: FAULT,
  InvalidTableError: FAULT,
  InvalidArgumentError: FAULT,
  InvalidAccessError: FAULT,
  InternalError: FAULT,
  UnsupportedError: FAULT,
  // JavaScript's own: a bug, whose message ("x.find is not a function") means nothing to a user.
  TypeError: FAULT,
  RangeError: FAULT,
  ReferenceError: FAULT,
};

/** Names that only wrap another error: the wrapped one says more. */
const WRAPPERS = new Set([
  'AbortError',
  'BulkError',
  'ModifyError',
  'OpenFailedError',
  'UpgradeError',
]);

/**
 * An error's sentence for the user: Dexie/IndexedDB errors mapped by name (the most telling one
 * when one wraps another, so an abort caused by a full disk says the disk is full), Bid Desk's
 * own errors as written, never a URL or a stack. `fallback` when there is nothing to say.
 */
export function errorInWords(error: unknown, fallback = 'Something went wrong.'): string {
  const chain = causes(error);
  const full = chain.find((e) => e.name === 'QuotaExceededError');
  if (full) return sentenceFor(full.name);
  const named = chain.find((e) => !WRAPPERS.has(e.name) && sentenceFor(e.name)) ?? chain[0];
  if (named && sentenceFor(named.name)) return sentenceFor(named.name);
  if (error instanceof Error || (typeof error === 'object' && error !== null)) {
    return ownWords((error as { message?: unknown }).message) || fallback;
  }
  return ownWords(error) || fallback;
}

/** Whether `error`, or an error it wraps, has this name (`ConstraintError`, `DataError`…). */
export function hasCause(error: unknown, name: string): boolean {
  return causes(error).some((e) => e.name === name);
}

function sentenceFor(name: string): string {
  return Object.hasOwn(SENTENCES, name) ? (SENTENCES[name] ?? '') : '';
}

interface NamedError {
  name: string;
}

/** The error, then what it wraps (Dexie's `inner`, a bulk write's `failures`, `cause`). */
function causes(error: unknown, depth = 0): NamedError[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const own = typeof e.name === 'string' ? [{ name: e.name }] : [];
  const failures: unknown[] = Array.isArray(e.failures)
    ? e.failures
    : typeof e.failures === 'object' && e.failures !== null
      ? Object.values(e.failures)
      : [];
  return [...own, ...[e.inner, e.cause, ...failures].flatMap((inner) => causes(inner, depth + 1))];
}

/** A message Bid Desk wrote, without links or stack lines: never "[object Object]". */
function ownWords(message: unknown): string {
  if (typeof message !== 'string') return '';
  return message
    .split('\n')
    .filter((line) => !/^\s*at\s/.test(line))
    .join(' ')
    .replace(/\s*\(?\b(?:see\s+)?(?:https?:\/\/|www\.)\S+\)?/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}
