/**
 * The compiled release an import reads, built straight into plain objects.
 *
 * compileReleases keeps ocdsmerge's `path -> value` pairs as a tree (a node and a Map per path)
 * and rebuilds the release from it, copying every value: faithful to every quirk, but half of
 * everything an import allocates. Real notices rarely meet those quirks, so this merge writes
 * each newer release's fields into the result directly, shares plain values (strings, numbers,
 * lists of strings, whole-list values) with the input instead of copying them, and hands the
 * releases to compileReleases whenever they reach a case whose answer depends on a path's
 * history (a plain value before nested fields, an object becoming an array, a null or object
 * id, a very long identifier-merged list, a `__proto__` key). The result equals compileReleases'
 * (tested on the reference cases, the corpus and mutated releases); it is for reading only.
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

/** A field a newer release set to null: removed once every release is merged. */
const REMOVED: JsonObject = Object.freeze({}) as JsonObject;

/** Identifier-merged lists longer than this are matched by compileReleases' Map, not a scan. */
const MAX_SCANNED_ITEMS = 64;

const ID_ONLY: ReadonlySet<string> = new Set(['id']);

/** Where null fields were written, to remove them at the end: object, key, object, key... */
type Removals = unknown[];

/**
 * compileReleases(releases, rules), sharing the input's plain values: never change the result
 * or the input. Throws ReleaseMergeError as compileReleases does.
 */
export function compileForReading(
  releases: readonly OcdsRelease[],
  rules: MergeRules = DEFAULT_MERGE_RULES,
): OcdsRelease {
  const sorted = sortByDate(releases);
  return mergePlain(sorted, rules) ?? compileReleases(sorted, rules);
}

/** The plain merge of releases already in date order, or null when they need compileReleases. */
export function mergePlain(sorted: readonly OcdsRelease[], rules: MergeRules): OcdsRelease | null {
  const trie = ruleTrie(rules);
  const state: JsonObject = {};
  const removals: Removals = [];
  try {
    for (const release of sorted) mergeFields(state, release, trie, RELEASE_META, removals);
  } catch (error: unknown) {
    if (error === NEEDS_TREE) return null;
    throw error;
  }
  for (let i = 0; i < removals.length; i += 2) {
    const fields = removals[i] as JsonObject;
    const key = removals[i + 1] as string;
    if (fields[key] === REMOVED) Reflect.deleteProperty(fields, key);
  }
  return stampCompiled(sorted[sorted.length - 1], state);
}

/** A path already holding nested fields or items (not a plain value, not a removed one). */
function isContainer(value: unknown, rule: RuleNode | undefined): boolean {
  return value !== REMOVED && !isLeaf(value, rule);
}

/** Write `source`'s fields into `target`; returns whether anything was written (see mergeFields). */
function mergeFields(
  target: JsonObject,
  source: JsonObject,
  rule: RuleNode | undefined,
  skip: ReadonlySet<string> | null,
  removals: Removals,
): boolean {
  let wrote = false;
  // for-in: parsed JSON has no inherited enumerable keys (as mergeFields in merge-tree).
  for (const key in source) {
    if (skip?.has(key)) continue;
    const value = source[key];
    if (value === undefined) continue;
    const childRule = rule?.children.get(key);
    if (childRule?.rule === RULE_OMIT) continue;
    if (key === '__proto__') throw NEEDS_TREE;
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    if (isLeaf(value, childRule)) {
      wrote = true;
      // A plain value (or null) after nested fields never surfaces in ocdsmerge.
      if (existing !== undefined && isContainer(existing, childRule)) continue;
      if (value === null) {
        if (existing !== REMOVED) removals.push(target, key);
        target[key] = REMOVED;
      } else {
        target[key] = value;
      }
      continue;
    }
    // Nested fields or items where a plain value was: what shows depends on the order of both.
    if (existing !== undefined && !isContainer(existing, childRule)) throw NEEDS_TREE;
    if (Array.isArray(value)) {
      if (existing !== undefined && !Array.isArray(existing)) throw NEEDS_TREE;
      const items = (existing as JsonObject[] | undefined) ?? [];
      if (mergeItems(items, value as JsonObject[], childRule, removals)) {
        wrote = true;
        if (existing === undefined) target[key] = items;
      }
    } else {
      if (existing !== undefined && Array.isArray(existing)) throw NEEDS_TREE;
      const fields = (existing as JsonObject | undefined) ?? {};
      if (mergeFields(fields, value as JsonObject, childRule, null, removals)) {
        wrote = true;
        if (existing === undefined) target[key] = fields;
      }
    }
  }
  return wrote;
}

/**
 * Merge objects into an identifier-merged list: an item with the same `id` (as ocdsmerge
 * compares them) gains the fields, keeping the id it was first seen with; one without an id is
 * appended. Empty items leave no trace; an item with an id always stays.
 */
function mergeItems(
  items: JsonObject[],
  incoming: JsonObject[],
  rule: RuleNode | undefined,
  removals: Removals,
): boolean {
  let wrote = false;
  for (const item of incoming) {
    if (!('id' in item)) {
      const fields: JsonObject = {};
      if (mergeFields(fields, item, rule, null, removals)) {
        items.push(fields);
        wrote = true;
      }
      continue;
    }
    const id = item['id'];
    if (id === null || typeof id === 'object') throw NEEDS_TREE;
    if (items.length > MAX_SCANNED_ITEMS) throw NEEDS_TREE;
    let target = findItem(items, identity(id));
    if (!target) {
      target = { id };
      items.push(target);
    }
    mergeFields(target, item, rule, ID_ONLY, removals);
    wrote = true;
  }
  return wrote;
}

function findItem(items: JsonObject[], key: string): JsonObject | undefined {
  for (const item of items) {
    // Items appended without an id are never matched.
    if ('id' in item && identity(item['id']) === key) return item;
  }
  return undefined;
}
