import type { RawStreamedItem } from './json-stream';

const OCID = /"ocid"\s*:\s*"((?:[^"\\]|\\.)*)"/;

interface Group {
  kinds: Array<RawStreamedItem['kind']>;
  bytes: Uint8Array[];
}

/**
 * Releases of a large package, held as compact UTF-8 until the whole file has been read (a
 * release's newest version may be the file's last line), grouped by ocid. Parsed objects would
 * take three to four times the file's size; UTF-8 takes about the file's size. Groups are handed
 * back one at a time and forgotten, so memory falls as the import proceeds.
 */
export class RawReleaseGroups {
  private readonly groups = new Map<string | null, Group>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  add(item: RawStreamedItem): void {
    const match = OCID.exec(item.text);
    // The exact ocid (escapes and all) only groups; the parsed release carries the real value.
    const key = match ? (match[1] as string) : null;
    let group = this.groups.get(key);
    if (!group) {
      group = { kinds: [], bytes: [] };
      this.groups.set(key, group);
    }
    group.kinds.push(item.kind);
    group.bytes.push(this.encoder.encode(item.text));
  }

  get size(): number {
    return this.groups.size;
  }

  /**
   * Each group's items as parsed JSON, in file order; a group is dropped once handed over.
   * `onInvalid` is called (and should throw) for an item that is not valid JSON.
   */
  *drain(
    onInvalid: () => never,
  ): Generator<Array<{ kind: RawStreamedItem['kind']; value: unknown }>> {
    for (const [key, group] of this.groups) {
      this.groups.delete(key);
      yield group.bytes.map((bytes, i) => {
        let value: unknown;
        try {
          value = JSON.parse(this.decoder.decode(bytes));
        } catch {
          onInvalid();
        }
        return { kind: group.kinds[i] as RawStreamedItem['kind'], value };
      });
    }
  }
}
