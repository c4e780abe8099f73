import type { RawStreamedItem } from './json-stream';
import { copyOf, OCID_KEY } from './ocid-count';

export type ParsedItem = { kind: RawStreamedItem['kind']; value: unknown };

/** One ocid's releases, ready to compile; `order` is where the ocid first appeared in the file. */
export interface ReadyGroup {
  order: number;
  items: ParsedItem[];
}

interface Group {
  order: number;
  kinds: Array<RawStreamedItem['kind']>;
  bytes: Uint8Array[];
}

/**
 * Releases of a large package, grouped by ocid, held as compact UTF-8 until their group is
 * complete (an ocid's newest release may be the file's last line). Parsed objects would take
 * three to four times the file's size; UTF-8 takes about the file's size.
 *
 * With `expected` (the first pass's OcidCounter counts) a group is handed back by `add` as soon
 * as its last release has arrived, so only ocids whose releases are still to come are held:
 * most ocids have one release and are never held at all. Without it, or for an ocid counted more
 * often than it has releases, a group waits for `drain` at the end of the file. Groups are
 * forgotten once handed back, so memory falls as the import proceeds.
 */
export class RawReleaseGroups {
  private readonly groups = new Map<string | null, Group>();
  private readonly done = new Set<string>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private seen = 0;

  /**
   * `onInvalid` is called (and should throw) for an item that is not valid JSON; `onChanged`
   * (which should throw too) when an ocid has more releases than the first pass counted, which
   * only happens if the file changed between the two passes.
   */
  constructor(
    private readonly onInvalid: () => never,
    private readonly onChanged: () => never,
    private readonly expected: ReadonlyMap<string, number> | null = null,
  ) {}

  /** Takes one item; returns its group, parsed, if that completes it. */
  add(item: RawStreamedItem): ReadyGroup | null {
    const match = OCID_KEY.exec(item.text);
    // The exact ocid (escapes and all) only groups; the parsed release carries the real value.
    // Copied, not sliced: a slice of the item's text would keep the whole chunk the reader
    // decoded it from alive until the import ends.
    const key = match ? copyOf(match[1] as string) : null;
    const expected = key === null ? undefined : this.expected?.get(key);
    if (key !== null && this.expected && (expected === undefined || this.done.has(key))) {
      this.onChanged();
    }
    let group = this.groups.get(key);
    if (!group) {
      // The commonest case, one release for its ocid: straight to the parser, never held.
      if (expected === 1 && key !== null) {
        this.done.add(key);
        return { order: this.seen++, items: [{ kind: item.kind, value: this.parse(item.text) }] };
      }
      group = { order: this.seen++, kinds: [], bytes: [] };
      this.groups.set(key, group);
    }
    group.kinds.push(item.kind);
    if (key === null || expected === undefined || group.kinds.length < expected) {
      group.bytes.push(this.encoder.encode(item.text));
      return null;
    }
    this.groups.delete(key);
    this.done.add(key);
    const items = this.parseGroup(group);
    items.push({ kind: item.kind, value: this.parse(item.text) });
    return { order: group.order, items };
  }

  /** How many groups are still held. */
  get size(): number {
    return this.groups.size;
  }

  /** The groups still held (every group, without counts), in order; each dropped once handed over. */
  *drain(): Generator<ReadyGroup> {
    for (const [key, group] of this.groups) {
      this.groups.delete(key);
      yield { order: group.order, items: this.parseGroup(group) };
    }
  }

  /** The group's held items, parsed, in file order. */
  private parseGroup(group: Group): ParsedItem[] {
    return group.bytes.map((bytes, i) => ({
      kind: group.kinds[i] as RawStreamedItem['kind'],
      value: this.parse(this.decoder.decode(bytes)),
    }));
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      return this.onInvalid();
    }
  }
}
