/**
 * The merge engine behind compileReleases and versionedRelease: the `path -> value` pairs of
 * ocdsmerge's flat model kept as a tree, so adding a release touches only that release.
 */
import { RULE_OMIT, RULE_WHOLE_LIST } from './merge-rules';
import type { RuleNode } from './merge-rules';

export type JsonObject = Record<string, unknown>;

/** One path of the merged release: a value (or its history) and/or nested fields or items. */
export interface Node {
  hasLeaf: boolean;
  /** Compiled: the latest value. Versioned: the list of versions. */
  leaf: unknown;
  /** Whether the path held a plain value before it held any nested field (flat-key order). */
  leafFirst: boolean;
  leafSeq: number;
  /** 1: fields of an object, 2: items of an identifier-merged array, keyed by identity. */
  kind: 0 | 1 | 2;
  children: Map<string, Node> | null;
  childSeq: number;
  /** For array items: the `id` the item was first seen with (undefined when it had none). */
  itemId: unknown;
}

/** Where the merge is: the release being added and what to stamp on versioned values. */
export interface Context {
  versioned: boolean;
  seq: number;
  releaseId: unknown;
  releaseDate: unknown;
  releaseTag: unknown;
  anonymous: number;
}

/** An empty path, to become a value, an object or an array once something is written to it. */
export function newNode(): Node {
  return {
    hasLeaf: false,
    leaf: undefined,
    leafFirst: false,
    leafSeq: -1,
    kind: 0,
    children: null,
    childSeq: -1,
    itemId: undefined,
  };
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether ocdsmerge stores the value whole rather than descending into it. */
export function isLeaf(value: unknown, rule: RuleNode | undefined): boolean {
  if (rule?.rule === RULE_WHOLE_LIST) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isObject(value[i])) return true;
    return false;
  }
  return !isObject(value);
}

/** The identity ocdsmerge compares items by: Python's `str()` of the `id`. */
export function identity(id: unknown): string {
  if (typeof id === 'string') return id;
  if (id === null) return 'None';
  if (typeof id === 'boolean') return id ? 'True' : 'False';
  if (typeof id === 'number') return String(id);
  return JSON.stringify(id);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  const ao = a as JsonObject;
  const bo = b as JsonObject;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  for (const key of keys) if (!(key in bo) || !jsonEqual(ao[key], bo[key])) return false;
  return true;
}

/** Assign without tripping over a `__proto__` key, which JSON.parse can produce. */
function setKey(obj: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    obj[key] = value;
  }
}

/** Copy a value taken from an input release, so the result never aliases the caller's data. */
function cloneJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneJson(value[i]);
    return out;
  }
  const out: JsonObject = {};
  for (const key of Object.keys(value)) setKey(out, key, cloneJson((value as JsonObject)[key]));
  return out;
}

function writeLeaf(node: Node, value: unknown, ctx: Context): void {
  if (!node.hasLeaf) node.leafFirst = node.children === null || node.children.size === 0;
  node.leafSeq = ctx.seq;
  if (!ctx.versioned) {
    node.hasLeaf = true;
    node.leaf = value;
    return;
  }
  const history = node.hasLeaf ? (node.leaf as JsonObject[]) : [];
  const last = history[history.length - 1];
  if (last && jsonEqual(last['value'], value)) return;
  node.hasLeaf = true;
  node.leaf = history;
  history.push({
    releaseID: ctx.releaseId,
    releaseDate: ctx.releaseDate,
    releaseTag: ctx.releaseTag,
    value,
  });
}

/** Descend into `value` (a non-empty object or array of objects) under `node`. */
function mergeInto(node: Node, value: unknown, rule: RuleNode | undefined, ctx: Context): boolean {
  const kind = Array.isArray(value) ? 2 : 1;
  // Data that switches between object and array at one path: the newer shape wins, once it has
  // written something.
  const target = node.kind === 0 || node.kind === kind ? node : newNode();
  if (target.kind === 0) {
    target.kind = kind;
    target.children = new Map();
  }
  const wrote =
    kind === 1
      ? mergeFields(target, value as JsonObject, rule, ctx)
      : mergeItems(target, value as unknown[], rule, ctx);
  if (!wrote) {
    if (node.children === null || node.children.size === 0) node.kind = 0;
    return false;
  }
  node.kind = kind;
  node.children = target.children;
  node.childSeq = ctx.seq;
  return true;
}

/**
 * Write an object's fields under `node`, skipping `omitWhenMerged` paths and keys in `skip`.
 * Returns whether anything was written, so empty objects leave no trace.
 */
export function mergeFields(
  node: Node,
  obj: JsonObject,
  rule: RuleNode | undefined,
  ctx: Context,
  skip?: ReadonlySet<string>,
): boolean {
  const children = node.children as Map<string, Node>;
  let wrote = false;
  // for-in rather than Object.keys: releases are parsed JSON (no inherited enumerable keys),
  // and compiling 10k releases would otherwise allocate a key array per object.
  for (const key in obj) {
    if (skip?.has(key)) continue;
    const value = obj[key];
    if (value === undefined) continue;
    const childRule = rule?.children.get(key);
    if (childRule?.rule === RULE_OMIT) continue;
    let child = children.get(key);
    const created = child === undefined;
    if (!child) {
      child = newNode();
      children.set(key, child);
    }
    if (isLeaf(value, childRule)) {
      writeLeaf(child, value, ctx);
      wrote = true;
    } else if (mergeInto(child, value, childRule, ctx)) {
      wrote = true;
    } else if (created) {
      // Empty objects and arrays leave no trace, as in ocdsmerge's flatten.
      children.delete(key);
    }
  }
  return wrote;
}

function mergeItems(
  node: Node,
  items: unknown[],
  rule: RuleNode | undefined,
  ctx: Context,
): boolean {
  const children = node.children as Map<string, Node>;
  let wrote = false;
  for (const item of items) {
    const obj = item as JsonObject;
    const hasId = 'id' in obj;
    // Items without an id get a key no id can have, so they are never matched.
    const key = hasId ? `=${identity(obj['id'])}` : `#${ctx.anonymous++}`;
    let child = children.get(key);
    const created = child === undefined;
    if (!child) {
      child = newNode();
      child.kind = 1;
      child.children = new Map();
      child.itemId = hasId ? obj['id'] : undefined;
      children.set(key, child);
    }
    if (mergeFields(child, obj, rule, ctx)) {
      child.childSeq = ctx.seq;
      wrote = true;
    } else if (created) {
      children.delete(key);
    }
  }
  return wrote;
}

/** Whether ocdsmerge would show the plain value rather than the nested fields at this path. */
function showsLeaf(node: Node, versioned: boolean): boolean {
  if (!node.hasLeaf) return false;
  if (node.kind === 0 || !node.children || node.children.size === 0) return true;
  // A plain value written after nested fields never surfaces. Before them, ocdsmerge raises
  // (or worse); the newer of the two wins here instead.
  return node.leafFirst && (versioned || node.leaf !== null) && node.leafSeq > node.childSeq;
}

/** An object or identifier-merged array, rebuilt from its merged paths. */
function buildContainer(node: Node, versioned: boolean): unknown {
  const children = node.children as Map<string, Node>;
  if (node.kind === 2) {
    const out: unknown[] = [];
    for (const item of children.values()) out.push(buildObject(item, versioned));
    return out;
  }
  return buildObject(node, versioned);
}

/** The JSON object for a merged path: item ids first, nulled fields left out (compiled). */
export function buildObject(node: Node, versioned: boolean): JsonObject {
  const out: JsonObject = {};
  const hasItemId = node.itemId !== undefined && node.itemId !== null;
  if (hasItemId) out['id'] = cloneJson(node.itemId);
  if (!node.children) return out;
  // forEach rather than for-of: iterating a Map's entries allocates a [key, value] pair each.
  node.children.forEach((child, key) => {
    // An item's id stays the one it was first seen with (ocdsmerge's IdDict).
    if (hasItemId && key === 'id') return;
    if (showsLeaf(child, versioned)) {
      if (versioned || child.leaf !== null) setKey(out, key, cloneJson(child.leaf));
    } else if (child.kind !== 0) {
      setKey(out, key, buildContainer(child, versioned));
    }
  });
  return out;
}
