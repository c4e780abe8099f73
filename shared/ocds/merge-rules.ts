/**
 * OCDS merge rules: which fields are replaced whole and which are dropped when releases are
 * compiled. Derived from a release schema the way the reference implementation (Python
 * `ocdsmerge`, `rules.py`) does, so that compiled releases match what `ocdskit compile` makes.
 */

/** A field path with array levels collapsed, e.g. `['tender', 'items', 'additionalClassifications']`. */
export type MergePath = readonly string[];

export interface MergeRules {
  /** Arrays (or, if data disagrees with the schema, any value) replaced whole by a newer release. */
  readonly wholeListMerge: readonly MergePath[];
  /** Fields never copied into a compiled or versioned release. */
  readonly omitWhenMerged: readonly MergePath[];
}

/** No schema: every array of objects is merged by `id`, every other array is replaced whole. */
export const INFERRED_MERGE_RULES: MergeRules = { wholeListMerge: [], omitWhenMerged: [] };

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(prop: JsonObject): readonly unknown[] {
  const type = prop['type'];
  if (type === undefined) return [];
  return Array.isArray(type) ? type : [type];
}

/** Follow a local JSON pointer (`#/definitions/Tender`); `undefined` when it leads nowhere. */
function pointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/')) {
    if (raw === '') continue;
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else return undefined;
  }
  return node;
}

/**
 * Replace a `$ref` node by its target, as `jsonref` does: siblings of `$ref` are ignored. Returns
 * `undefined` for refs that cannot be resolved (e.g. an extension's dependency that is not patched
 * in) or that loop back to a definition already being expanded on this path.
 */
function resolve(
  root: unknown,
  node: unknown,
  expanding: ReadonlySet<string>,
): JsonObject | undefined {
  let current = node;
  const seen = new Set<string>();
  while (isObject(current) && typeof current['$ref'] === 'string') {
    const ref = current['$ref'];
    if (seen.has(ref) || expanding.has(ref)) return undefined;
    seen.add(ref);
    current = pointer(root, ref);
  }
  return isObject(current) ? current : undefined;
}

function refsOf(node: unknown, expanding: ReadonlySet<string>): ReadonlySet<string> {
  if (!isObject(node) || typeof node['$ref'] !== 'string') return expanding;
  const next = new Set(expanding);
  next.add(node['$ref']);
  return next;
}

function collect(
  root: unknown,
  properties: JsonObject,
  path: MergePath,
  expanding: ReadonlySet<string>,
  out: { wholeListMerge: MergePath[]; omitWhenMerged: MergePath[] },
): void {
  for (const key of Object.keys(properties)) {
    const raw = properties[key];
    const value = resolve(root, raw, expanding);
    if (!value) continue;
    const inner = refsOf(raw, expanding);
    const newPath = [...path, key];
    const types = typesOf(value);
    const isArray = types.includes('array');

    // Order matters and mirrors ocdsmerge: omitWhenMerged beats everything, wholeListMerge beats
    // any rule nested inside the list. 1.0 schemas spell these as `mergeStrategy`.
    if (value['omitWhenMerged'] || value['mergeStrategy'] === 'ocdsOmit') {
      out.omitWhenMerged.push(newPath);
    } else if (isArray && (value['wholeListMerge'] || value['mergeStrategy'] === 'ocdsVersion')) {
      out.wholeListMerge.push(newPath);
    } else if (types.includes('object') && isObject(value['properties'])) {
      collect(root, value['properties'], newPath, inner, out);
    } else if (isArray && 'items' in value) {
      const items = resolve(root, value['items'], inner);
      if (!items) continue;
      const itemTypes = typesOf(items);
      // Arrays of non-objects, and arrays of objects that have no `id` to merge by, are
      // replaced whole (OCDS merging docs, "Whole list merge").
      if (itemTypes.some((t) => t !== 'object')) {
        out.wholeListMerge.push(newPath);
      } else if (itemTypes.includes('object') && isObject(items['properties'])) {
        if (!('id' in items['properties'])) out.wholeListMerge.push(newPath);
        else collect(root, items['properties'], newPath, refsOf(value['items'], inner), out);
      }
    }
  }
}

/**
 * Derive merge rules from an OCDS release schema (JSON Schema with local `$ref`s), following
 * ocdsmerge: `omitWhenMerged`/`ocdsOmit` fields are dropped, `wholeListMerge`/`ocdsVersion`
 * arrays and arrays of non-objects or of id-less objects are replaced whole, and arrays of objects
 * with an `id` are merged by identifier. A schema without `properties` gives no rules.
 */
export function mergeRulesFromSchema(schema: unknown): MergeRules {
  const out = { wholeListMerge: [] as MergePath[], omitWhenMerged: [] as MergePath[] };
  const root = resolve(schema, schema, new Set());
  if (root && isObject(root['properties'])) collect(schema, root['properties'], [], new Set(), out);
  return out;
}

/** The rules as a trie, walked alongside the data so each lookup is one `Map.get`. */
export interface RuleNode {
  /** 0: no rule here, 1: wholeListMerge, 2: omitWhenMerged. */
  rule: 0 | 1 | 2;
  readonly children: Map<string, RuleNode>;
}

export const RULE_NONE = 0;
export const RULE_WHOLE_LIST = 1;
export const RULE_OMIT = 2;

const compiled = new WeakMap<MergeRules, RuleNode>();

function insert(root: RuleNode, path: MergePath, rule: 1 | 2): void {
  let node = root;
  for (const part of path) {
    let child = node.children.get(part);
    if (!child) {
      child = { rule: RULE_NONE, children: new Map() };
      node.children.set(part, child);
    }
    node = child;
  }
  // omitWhenMerged supersedes wholeListMerge when both are given for one path.
  if (node.rule !== RULE_OMIT) node.rule = rule;
}

/** The trie for a rule set, built once per rules object. */
export function ruleTrie(rules: MergeRules): RuleNode {
  let root = compiled.get(rules);
  if (!root) {
    root = { rule: RULE_NONE, children: new Map() };
    for (const path of rules.wholeListMerge) insert(root, path, RULE_WHOLE_LIST);
    for (const path of rules.omitWhenMerged) insert(root, path, RULE_OMIT);
    compiled.set(rules, root);
  }
  return root;
}
