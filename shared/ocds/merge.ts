/**
 * Compiling the releases of one ocid into its current state (a compiled release) or its history
 * (a versioned release), with the results of the reference implementation, Python `ocdsmerge`.
 *
 * ocdsmerge flattens each release into `path -> value` pairs (array positions replaced by the
 * item's `id`), lets newer pairs overwrite older ones, and rebuilds the tree. This module keeps
 * the same pairs as a tree instead, so a merge step touches only the release being added and
 * never re-copies what has been merged so far. The quirks that follow from ocdsmerge's flat model
 * are kept on purpose, because records published by others were built with it:
 * - an empty object or an empty identifier-merged array in a newer release changes nothing;
 * - `null` removes a field, but a field that has held an object or an identifier-merged array
 *   keeps it when a newer release sets it to `null` or to a plain value;
 * - objects in an identifier-merged array without an `id` are never matched: each is appended.
 */
import { DEFAULT_MERGE_RULES } from './merge-rules-1-1-5';
import { ruleTrie } from './merge-rules';
import type { MergeRules } from './merge-rules';
import { buildObject, identity, isObject, mergeFields, newNode } from './merge-tree';
import type { Context, JsonObject, Node } from './merge-tree';
import type { OcdsRelease } from './types';

export { DEFAULT_MERGE_RULES };

export type ReleaseMergeErrorCode =
  'missing-date' | 'null-date' | 'non-string-date' | 'non-object-release';

/** Releases that cannot be put in date order (ocdsmerge's MissingDateKeyError and friends). */
export class ReleaseMergeError extends Error {
  readonly code: ReleaseMergeErrorCode;

  constructor(code: ReleaseMergeErrorCode, message: string) {
    super(message);
    this.name = 'ReleaseMergeError';
    this.code = code;
  }
}

/**
 * Put releases in date order (stable for equal dates). ocdsmerge compares the strings; Bid Desk
 * compares instants when both dates parse, because FTS mixes `Z` and `+01:00` offsets and the
 * newest release must win by time, not by spelling.
 */
export function sortByDate(releases: readonly OcdsRelease[]): OcdsRelease[] {
  for (const release of releases) {
    if (!isObject(release)) {
      throw new ReleaseMergeError('non-object-release', 'At least one release is not an object.');
    }
  }
  if (releases.length === 1) return [...releases];
  for (const release of releases) {
    if (!('date' in release)) {
      throw new ReleaseMergeError(
        'missing-date',
        'The `date` field of at least one release is missing.',
      );
    }
  }
  for (const release of releases) {
    if (release.date === null) {
      throw new ReleaseMergeError('null-date', 'The `date` field of at least one release is null.');
    }
    if (typeof release.date !== 'string') {
      throw new ReleaseMergeError(
        'non-string-date',
        'The `date` field of at least one release is not a string.',
      );
    }
  }
  return [...releases].sort(byDate);
}

function byDate(a: OcdsRelease, b: OcdsRelease): number {
  const x = a.date as string;
  const y = b.date as string;
  const tx = Date.parse(x);
  const ty = Date.parse(y);
  if (!Number.isNaN(tx) && !Number.isNaN(ty)) return tx - ty;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Top-level fields the merge sets itself, whatever the rules say. */
export const RELEASE_META: ReadonlySet<string> = new Set(['id', 'date', 'tag', 'ocid']);

function mergeAll(releases: readonly OcdsRelease[], rules: MergeRules, versioned: boolean) {
  const trie = ruleTrie(rules);
  const root = newNode();
  root.kind = 1;
  root.children = new Map();
  const ctx: Context = {
    versioned,
    seq: 0,
    releaseId: null,
    releaseDate: null,
    releaseTag: null,
    anonymous: 0,
  };
  const sorted = sortByDate(releases);
  for (const release of sorted) {
    ctx.releaseId = release.id ?? null;
    ctx.releaseDate = release.date ?? null;
    ctx.releaseTag = release.tag ?? null;
    mergeFields(root, release, trie, ctx, RELEASE_META);
    ctx.seq++;
  }
  return { root, latest: sorted[sorted.length - 1] };
}

/** Python's `str()` for the compiled release `id`, so a missing ocid or date reads `None`. */
function pyStr(value: unknown): string {
  return value === undefined ? 'None' : identity(value);
}

/**
 * Compile releases of one ocid into the current state: releases are sorted by `date` (newest
 * wins whatever the input order), merged under `rules`, and given tag `["compiled"]`, id
 * `<ocid>-<latest date>` and the latest date. The result shares nothing with the input, which is
 * never mutated. Throws ReleaseMergeError when the releases cannot be put in date order.
 */
export function compileReleases(
  releases: readonly OcdsRelease[],
  rules: MergeRules = DEFAULT_MERGE_RULES,
): OcdsRelease {
  const { root, latest } = mergeAll(releases, rules, false);
  return compiledState(root, latest);
}

/** The compiled release for the merged paths so far, stamped with the newest release merged. */
function compiledState(root: Node, latest: OcdsRelease | undefined): OcdsRelease {
  return stampCompiled(latest, buildObject(root, false));
}

/**
 * A compiled release of merged fields: tag `["compiled"]`, id `<ocid>-<date>` of the newest
 * release merged, its date and ocid, then the fields.
 */
export function stampCompiled(latest: OcdsRelease | undefined, fields: JsonObject): OcdsRelease {
  const out: OcdsRelease = { tag: ['compiled'] };
  if (!latest) return out;
  out.id = `${pyStr(latest.ocid)}-${pyStr(latest.date)}`;
  if (latest.date !== undefined && latest.date !== null) out.date = latest.date;
  if (latest.ocid !== undefined && latest.ocid !== null) out.ocid = latest.ocid;
  return Object.assign(out, fields);
}

/**
 * Merge releases of one ocid into a versioned release: every field holds the list of its values
 * (`releaseID`, `releaseDate`, `releaseTag`, `value`), a new entry only when the value changed.
 * Same ordering, rules and errors as compileReleases.
 */
export function versionedRelease(
  releases: readonly OcdsRelease[],
  rules: MergeRules = DEFAULT_MERGE_RULES,
): OcdsRelease {
  const { root, latest } = mergeAll(releases, rules, true);
  const out: OcdsRelease = {};
  if (latest && latest.ocid !== undefined && latest.ocid !== null) out.ocid = latest.ocid;
  return Object.assign(out, buildObject(root, true));
}
