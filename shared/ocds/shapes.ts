import type { ImportWarning } from '../notice/model';
import { obj, str, strs, type Json } from './read';

/** The shapes a user may hold as "a notice file". */
export type OcdsShape =
  'release' | 'compiled-release' | 'release-package' | 'record-package' | 'record' | 'release-list';

/** What one file says about one contracting process (one ocid). */
export interface ProcessParts {
  ocid: string | null;
  /** Full release objects (linked-only entries are left out). */
  releases: Json[];
  /** A compiled release the publisher supplied (record packages, `tag: ["compiled"]`). */
  compiled: Json | null;
  /** Releases the file only links to by URL. */
  linkedOnly: number;
}

const CONTENT_KEYS = ['tender', 'planning', 'awards', 'contracts', 'parties', 'buyer'];

/**
 * A release carries data beyond the envelope; a linked release is just `{url, date, tag}`. A
 * release with its own ocid and no url is a (thin) release, not a link: it is imported and the
 * missing facts are reported, rather than calling the file a record package.
 */
function isFullRelease(r: Json): boolean {
  if (CONTENT_KEYS.some((k) => k in r)) return true;
  return str(r.ocid) !== null && !('url' in r);
}

/** Neither data, nor an ocid, nor a link: nothing to import or to report as a link. */
function isEmptyRelease(r: Json): boolean {
  return !isFullRelease(r) && !('url' in r);
}

/**
 * Groups releases and records by ocid as they arrive, from an in-memory package or from the
 * streaming reader alike.
 */
export class ProcessCollector {
  readonly warnings: ImportWarning[] = [];
  private readonly byOcid = new Map<string | null, ProcessParts>();
  private skipped = 0;

  private parts(ocid: string | null): ProcessParts {
    let p = this.byOcid.get(ocid);
    if (!p) {
      p = { ocid, releases: [], compiled: null, linkedOnly: 0 };
      this.byOcid.set(ocid, p);
    }
    return p;
  }

  /** A release from a release package, a release list or a single-release file. */
  addRelease(value: unknown): void {
    const r = obj(value);
    if (!r || isEmptyRelease(r)) {
      this.skipped++;
      return;
    }
    const ocid = str(r.ocid);
    if (!isFullRelease(r)) {
      this.parts(ocid).linkedOnly++;
      return;
    }
    if (strs(r.tag).includes('compiled')) this.parts(ocid).compiled = r;
    else this.parts(ocid).releases.push(r);
  }

  /** A record from a record package: prefer its compiledRelease, keep embedded releases. */
  addRecord(value: unknown): void {
    const record = obj(value);
    if (!record) {
      this.skipped++;
      return;
    }
    const compiled = obj(record.compiledRelease);
    const ocid = str(record.ocid) ?? str(compiled?.ocid);
    const parts = this.parts(ocid);
    if (compiled) parts.compiled = compiled;
    for (const release of Array.isArray(record.releases) ? record.releases : []) {
      const r = obj(release);
      if (r && isFullRelease(r)) parts.releases.push(r);
      else parts.linkedOnly++;
    }
  }

  /** Processes with something to import. Linked-only processes are reported, not returned. */
  processes(): ProcessParts[] {
    const out: ProcessParts[] = [];
    for (const p of this.byOcid.values()) {
      if (p.compiled || p.releases.length) out.push(p);
    }
    if (this.skipped) {
      this.warnings.push({
        code: 'skipped-entries',
        message: `${this.skipped} entr${this.skipped === 1 ? 'y' : 'ies'} in the file were not OCDS releases and were left out.`,
        ocid: null,
      });
    }
    return out;
  }

  /** Processes the file knows only as links (nothing offline to import). */
  linkedOnlyOcids(): Array<string | null> {
    return [...this.byOcid.values()]
      .filter((p) => !p.compiled && !p.releases.length && p.linkedOnly > 0)
      .map((p) => p.ocid);
  }

  get size(): number {
    return this.byOcid.size;
  }
}

/** Recognise the shape of parsed JSON and feed it to a collector. Returns null when not OCDS. */
export function collectJson(json: unknown, collector: ProcessCollector): OcdsShape | null {
  if (Array.isArray(json)) {
    if (!json.some((r) => obj(r) && 'ocid' in (r as Json))) return null;
    for (const r of json) collector.addRelease(r);
    return 'release-list';
  }
  const o = obj(json);
  if (!o) return null;
  if (Array.isArray(o.records)) {
    for (const r of o.records) collector.addRecord(r);
    return 'record-package';
  }
  if (Array.isArray(o.releases) && !('ocid' in o)) {
    for (const r of o.releases) collector.addRelease(r);
    return 'release-package';
  }
  if (obj(o.compiledRelease)) {
    collector.addRecord(o);
    return 'record';
  }
  if ('ocid' in o || 'tender' in o || 'planning' in o) {
    collector.addRelease(o);
    return strs(o.tag).includes('compiled') ? 'compiled-release' : 'release';
  }
  return null;
}
