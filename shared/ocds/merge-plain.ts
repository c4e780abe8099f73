/**
 * The compiled release an import reads, built by sharing what the releases already hold.
 *
 * compileReleases keeps ocdsmerge's `path -> value` pairs as a tree (a node and a Map per path)
 * and rebuilds the release from it, copying every value: faithful to every quirk, but half of
 * everything an import allocated. A re-published notice mostly repeats its previous release, so
 * this merge never copies what did not change: the merged state is the oldest release itself
 * (minus its nulls and empty values), and each newer release copies only the objects on the
 * paths it changes (copy on write; nothing is ever written into a release). When the releases
 * reach a case whose answer depends on a path's history (a plain value and nested fields at one
 * path, an object becoming a list, a null or object id, an identifier-merged list over 64 items,
 * a `__proto__` key) they are handed to compileReleases. The result equals compileReleases'
 * (tested on the reference cases, the corpus and mutated releases); it shares objects with the
 * releases, so it is for reading only.
 */
import {
  compileReleases,
  DEFAULT_MERGE_RULES,
  RELEASE_META,
  sortByDate,
  stampCompiled,
} from './merge';
import { ruleTrie, RULE_OMIT } from './merge-rules';
import type { MergeRules, RuleNode } from './merge-rules';
import { identity, isLeaf, type JsonObject } from './merge-tree';
import type { OcdsRelease } from './types';

/** Thrown (never out of this module) when the releases need compileReleases. */
const NEEDS_TREE = new Error('needs the full merge');

/** A path a release set to null: left out of the result, but it counts as written (see below). */
const REMOVED = Symbol('removed');

/** Identifier-merged lists longer than this are matched by compileReleases' Map, not a scan. */
const MAX_SCANNED_ITEMS = 64;

const ID_ONLY: ReadonlySet<string> = new Set(['id']);

/** A merged value; undefined: nothing was written there (ocdsmerge leaves no trace). */
type Merged = unknown;

/**
 * compileReleases of all the releases and of all but the newest (null for one release: the
 * state the change log compares with), in one merge that shares objects with the releases:
 * never change the results or the input. Throws ReleaseMergeError as compileReleases does.
 */
export function compileStatesForReading(
  releases: readonly OcdsRelease[],
  rules: MergeRules = DEFAULT_MERGE_RULES,
): { current: OcdsRelease; previous: OcdsRelease | null } {
  const sorted = sortByDate(releases);
  const plain = mergePlain(sorted, rules);
  if (plain) return plain;
  return {
    current: compileReleases(sorted, rules),
    previous: sorted.length < 2 ? null : compileReleases(sorted.slice(0, -1), rules),
  };
}

/**
 * compileReleases of the releases up to and including each one from `from` on, for a notice's
 * history: `[state after sorted[from], state after sorted[from + 1], …, current]`. One merge
 * shares objects with the releases and between the states (for reading only); releases that need
 * compileReleases are compiled once per state, so keep `releases.length - from` small.
 */
export function compileEveryStateForReading(
  releases: readonly OcdsRelease[],
  from: number,
  rules: MergeRules = DEFAULT_MERGE_RULES,
): OcdsRelease[] {
  const sorted = sortByDate(releases);
  const trie = ruleTrie(rules);
  const states: OcdsRelease[] = [];
  let state: JsonObject = {};
  try {
    for (let i = 0; i < sorted.length; i++) {
      const release = sorted[i] as OcdsRelease;
      state =
        i === 0
          ? (cleanFields(release, trie, RELEASE_META) ?? {})
          : mergeFields(state, release, trie, RELEASE_META);
      if (i >= from) states.push(stampCompiled(release, state));
    }
    return states;
  } catch (error: unknown) {
    if (error !== NEEDS_TREE) throw error;
  }
  const compiled: OcdsRelease[] = [];
  for (let i = Math.max(0, from); i < sorted.length; i++) {
    compiled.push(compileReleases(sorted.slice(0, i + 1), rules));
  }
  return compiled;
}

/**
 * The plain merge of releases already in date order, and the state before the newest one; null
 * when they need compileReleases.
 */
export function mergePlain(
  sorted: readonly OcdsRelease[],
  rules: MergeRules,
): { current: OcdsRelease; previous: OcdsRelease | null } | null {
  const trie = ruleTrie(rules);
  let state: JsonObject = {};
  let previous: OcdsRelease | null = null;
  try {
    for (let i = 0; i < sorted.length; i++) {
      const release = sorted[i] as OcdsRelease;
      if (i === sorted.length - 1 && i > 0) previous = stampCompiled(sorted[i - 1], state);
      state =
        i === 0
          ? (cleanFields(release, trie, RELEASE_META) ?? {})
          : mergeFields(state, release, trie, RELEASE_META);
    }
  } catch (error: unknown) {
    if (error === NEEDS_TREE) return null;
    throw error;
  }
  return { current: stampCompiled(sorted[sorted.length - 1], state), previous };
}

/** A merged object's own field (an inherited name such as `constructor` is not a field). */
function own(fields: JsonObject, key: string): unknown {
  const value = fields[key];
  // JSON holds no functions: a function here is Object.prototype's.
  return typeof value === 'function' ? undefined : value;
}

function childRuleOf(rule: RuleNode | undefined, key: string): RuleNode | undefined | null {
  if (key === '__proto__') throw NEEDS_TREE;
  // Most of a release lies below any rule: no lookup there.
  if (rule === undefined || rule.children.size === 0) return undefined;
  const childRule = rule.children.get(key);
  return childRule?.rule === RULE_OMIT ? null : childRule;
}

/**
 * A release's value where the merged state has nothing: the value itself when it is already
 * what ocdsmerge would keep (the common case: shared, not copied), else a copy without its nulls
 * and empty objects. REMOVED for null; undefined when nothing at all is written.
 */
function cleanValue(value: unknown, rule: RuleNode | undefined): Merged {
  if (isLeaf(value, rule)) return value === null ? REMOVED : value;
  if (Array.isArray(value)) return cleanItems(value as JsonObject[], rule);
  return cleanFields(value as JsonObject, rule, null);
}

function cleanFields(
  source: JsonObject,
  rule: RuleNode | undefined,
  skip: ReadonlySet<string> | null,
): JsonObject | undefined {
  let out: JsonObject | null = null;
  let wrote = false;
  for (const key in source) {
    const value = source[key];
    const childRule = skip?.has(key) ? null : childRuleOf(rule, key);
    let kept: Merged;
    if (childRule === null || value === undefined) kept = undefined;
    // Text, numbers and booleans (most fields) are plain values whatever the rules.
    else if (typeof value !== 'object') kept = value;
    else kept = cleanValue(value, childRule);
    if (kept !== undefined) wrote = true;
    if (kept === value && out === null) continue;
    // The first field that differs: copy the ones before it (all kept as they were).
    if (out === null) out = copyBefore(source, key);
    if (kept !== undefined && kept !== REMOVED) out[key] = kept;
  }
  if (!wrote) return undefined;
  return out ?? source;
}

/** A new object with `source`'s fields that come before `key`. */
function copyBefore(source: JsonObject, key: string): JsonObject {
  const out: JsonObject = {};
  for (const k in source) {
    if (k === key) break;
    out[k] = source[k];
  }
  return out;
}

function cleanItems(items: JsonObject[], rule: RuleNode | undefined): Merged {
  const merged = mergeItems([], items, rule);
  if (merged.length === 0) return undefined;
  const same = merged.length === items.length && merged.every((item, i) => item === items[i]);
  return same ? items : merged;
}

/**
 * A newer release's value at a path where the state has `current`: a plain value replaces a
 * plain value; objects and identifier-merged lists merge; a null after nested fields leaves
 * them (as ocdsmerge); any other mix of plain values and nested fields depends on history.
 */
function mergeValue(current: Merged, value: unknown, rule: RuleNode | undefined): Merged {
  if (current === undefined) return cleanValue(value, rule);
  const currentIsLeaf = isLeaf(current, rule);
  if (isLeaf(value, rule)) {
    if (!currentIsLeaf) {
      if (value === null) return current;
      throw NEEDS_TREE;
    }
    if (value === null) return REMOVED;
    return sameLeaf(current, value) ? current : value;
  }
  if (currentIsLeaf || Array.isArray(current) !== Array.isArray(value)) throw NEEDS_TREE;
  return Array.isArray(value)
    ? mergeItems(current as JsonObject[], value as JsonObject[], rule)
    : mergeFields(current as JsonObject, value as JsonObject, rule, null);
}

/** Equal plain values: the same text or number, or lists of the same ones. */
function sameLeaf(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x: unknown = a[i];
    if (x !== b[i] || (typeof x === 'object' && x !== null)) return false;
  }
  return true;
}

/** `current` with `source`'s fields merged in: `current` itself when nothing changes. */
function mergeFields(
  current: JsonObject,
  source: JsonObject,
  rule: RuleNode | undefined,
  skip: ReadonlySet<string> | null,
): JsonObject {
  let out: JsonObject | null = null;
  for (const key in source) {
    const value = source[key];
    const before = own(current, key);
    // The same text, number or flag as before (most fields of a re-published notice): no
    // change. The state never holds what the rules or `skip` leave out, so nothing to check.
    // (Not for objects: merging a list into itself appends its items without ids again.)
    if ((value === before && typeof value !== 'object') || value === undefined || skip?.has(key)) {
      continue;
    }
    const childRule = childRuleOf(rule, key);
    if (childRule === null) continue;
    const merged = mergeValue(before, value, childRule);
    if (merged === before || (merged === REMOVED && before === undefined)) continue;
    out ??= { ...current };
    if (merged === REMOVED || merged === undefined) Reflect.deleteProperty(out, key);
    else out[key] = merged;
  }
  return out ?? current;
}

/**
 * Objects merged into an identifier-merged list: an item with the same `id` (as ocdsmerge
 * compares them) gains the fields, keeping the id it was first seen with; one without an id is
 * appended. Empty items leave no trace. `current` itself when nothing changes.
 */
function mergeItems(
  current: JsonObject[],
  incoming: JsonObject[],
  rule: RuleNode | undefined,
): JsonObject[] {
  let out: JsonObject[] | null = null;
  for (const item of incoming) {
    const list = out ?? current;
    if (!('id' in item)) {
      const fields = cleanFields(item, rule, null);
      if (fields !== undefined) (out ??= [...current]).push(fields);
      continue;
    }
    const id = item['id'];
    if (id === null || typeof id === 'object' || list.length > MAX_SCANNED_ITEMS) {
      throw NEEDS_TREE;
    }
    const at = indexOfItem(list, identity(id));
    if (at < 0) {
      // An item with an id is always kept (its id alone counts as written).
      const fields = cleanFields(item, rule, null);
      if (!fields) throw NEEDS_TREE;
      (out ??= [...current]).push(fields);
      continue;
    }
    const before = list[at] as JsonObject;
    const merged = mergeFields(before, item, rule, ID_ONLY);
    if (merged !== before) (out ??= [...current])[at] = merged;
  }
  return out ?? current;
}

function indexOfItem(items: JsonObject[], key: string): number {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as JsonObject;
    // Items appended without an id are never matched.
    if ('id' in item && identity(item['id']) === key) return i;
  }
  return -1;
}
