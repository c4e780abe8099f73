import type { ImportWarning, Opportunity } from '../notice/model';
import { diffOpportunities } from '../notice/changes';
import { noticeContradictions, type RawFacts } from '../notice/contradictions';
import { ocdsInstant } from '../calendar/instants';
import { formatUkDate } from '../calendar/format';
import { normaliseRelease, UNKNOWN_BUYER, untitledNotice } from '../notice/normalise';
import { compileStatesForReading } from '../ocds/merge-plain';
import { str, strs, type Json } from '../ocds/read';
import type { ProcessParts } from '../ocds/shapes';
import { releaseHistory } from './release-history';
import { unreadableDeadlines } from '../notice/unreadable-dates';

/**
 * Compile each process's releases into its current state (newest `date` wins, whatever the file
 * order), normalise it, and record what changed since the state before the newest release and
 * what each earlier release changed (the notice's history).
 */
export function buildOpportunities(
  processes: ProcessParts[],
  warnings: ImportWarning[],
): Opportunity[] {
  return processes.map((p) => {
    const releases = datedReleases(p.releases, warnings).sort(byDate);
    const { current, previous, merged } = statesOrPruned(releases, p.compiled, warnings);
    const newest = releases.at(-1);
    const context = {
      latestTags: strs(newest?.tag ?? current.tag).filter((t) => t !== 'compiled'),
      releaseIds: releases.length ? releases.map((r) => str(r.id) ?? '') : [str(current.id) ?? ''],
    };
    const opportunity = normaliseRelease(current, context);
    if (previous) {
      const before = releases.slice(0, -1);
      const previousOpportunity = normaliseRelease(previous, {
        latestTags: strs(before.at(-1)?.tag),
        releaseIds: before.map((r) => str(r.id) ?? ''),
        purpose: 'changeLog',
      });
      opportunity.changes = diffOpportunities(previousOpportunity, opportunity);
      opportunity.releaseHistory = releaseHistory(
        merged,
        opportunity,
        previousOpportunity,
        warnings,
      );
    }
    if (p.ocid === null) {
      warnings.push({
        code: 'no-ocid',
        message: `“${opportunity.title}” has no ocid, so a later version of this notice cannot be matched to it automatically.`,
        ocid: null,
      });
    }
    warnings.push(...qualityWarnings(opportunity), ...movedEventWarnings(opportunity));
    warnings.push(
      ...withContradictions(opportunity, { firstReleaseDate: ocdsInstant(releases[0]?.date) }),
      ...withUnreadableDeadlines(opportunity, current),
    );
    return opportunity;
  });
}

/**
 * statesOf, for any input, and the releases it merged (for the notice's history). Real OCDS nests
 * about ten levels deep; a file nested thousands deep is damaged or hostile and overflows the
 * stack of the (recursive) merge. Walking every release to check its depth first cost ~5% of a
 * large import, so the merge simply runs, and only when it overflows are the releases cut below
 * MAX_RELEASE_DEPTH (with a warning) and merged again.
 * The merge never changes its input, so nothing is left half-done.
 */
function statesOrPruned(
  releases: Json[],
  compiled: Json | null,
  warnings: ImportWarning[],
): { current: Json; previous: Json | null; merged: Json[] } {
  try {
    return { ...statesOf(releases, compiled), merged: releases };
  } catch (error: unknown) {
    if (!(error instanceof RangeError)) throw error;
    const merged = releases.map((r) => shallow(r, warnings));
    return { ...statesOf(merged, compiled && shallow(compiled, warnings)), merged };
  }
}

/**
 * The state after all the (date-sorted) releases, or the publisher's compiled release, and the
 * state before the newest release for the change log (null for a single release). One release
 * already is its state: no need to copy. Both states are only read, so the merge shares objects
 * with the releases (compileStatesForReading).
 */
function statesOf(
  releases: Json[],
  compiled: Json | null,
): { current: Json; previous: Json | null } {
  if (releases.length < 2) {
    // No release at all (a record with only its compiled release): what compiling none gives.
    return { current: compiled ?? releases[0] ?? { tag: ['compiled'] }, previous: null };
  }
  if (!compiled) return compileStatesForReading(releases);
  // The publisher's compiled release is the current state: only the earlier one is merged.
  return { current: compiled, previous: compileStatesForReading(releases.slice(0, -1)).current };
}

/**
 * A release without a usable `date` cannot be placed in time. Alone it is simply the state; among
 * others it is treated as the oldest, and the user is told.
 */
function datedReleases(releases: Json[], warnings: ImportWarning[]): Json[] {
  if (releases.length < 2) return [...releases];
  return releases.map((r) => {
    if (typeof r.date === 'string' && !Number.isNaN(Date.parse(r.date))) return r;
    warnings.push({
      code: 'release-without-date',
      message: `Release ${str(r.id) ?? '(no id)'} of ${str(r.ocid) ?? 'a notice'} has no date, so it was treated as the oldest.`,
      ocid: str(r.ocid),
    });
    return { ...r, date: '' };
  });
}

/** How deep a release may nest when its merge has overflowed the stack (real OCDS: about ten). */
export const MAX_RELEASE_DEPTH = 64;

function shallow(release: Json, warnings: ImportWarning[]): Json {
  if (!tooDeep(release, 0)) return release;
  warnings.push({
    code: 'nesting-too-deep',
    message: `Part of release ${str(release.id) ?? '(no id)'} of ${str(release.ocid) ?? 'a notice'} is nested far deeper than any real notice, so the file may be damaged; that part was left out.`,
    ocid: str(release.ocid),
  });
  return prune(release, 0) as Json;
}

/**
 * Recursion is bounded by MAX_RELEASE_DEPTH, so these two never overflow the stack. tooDeep calls
 * itself only for objects and arrays and uses a bare for-in: parsed JSON inherits no enumerable
 * keys.
 */
function tooDeep(value: object, depth: number): boolean {
  if (depth >= MAX_RELEASE_DEPTH) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && tooDeep(item, depth + 1)) return true;
    }
    return false;
  }
  for (const key in value) {
    const item = (value as Json)[key];
    if (typeof item === 'object' && item !== null && tooDeep(item, depth + 1)) return true;
  }
  return false;
}

function prune(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  const keep = (v: unknown): boolean =>
    v === null || typeof v !== 'object' || depth + 1 < MAX_RELEASE_DEPTH;
  if (Array.isArray(value)) return value.filter(keep).map((v) => prune(v, depth + 1));
  // Object.fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => keep(v))
      .map(([k, v]) => [k, prune(v, depth + 1)]),
  );
}

function byDate(a: Json, b: Json): number {
  return (Date.parse(str(a.date) ?? '') || 0) - (Date.parse(str(b.date) ?? '') || 0);
}

/**
 * Stores the notice's contradictions with it (the opportunity page lists them) and returns them
 * for the import's warnings, which name the notice.
 */
export function withContradictions(o: Opportunity, raw?: RawFacts): ImportWarning[] {
  const found = noticeContradictions(o, raw);
  if (found.length === 0) return found;
  o.warnings = found;
  return found.map((w) => ({ ...w, message: `“${o.title}”: ${w.message}` }));
}

/**
 * Stores the deadlines the notice gives but Bid Desk could not read with it (the opportunity
 * page lists them beside its contradictions) and returns them for the import's warnings.
 */
function withUnreadableDeadlines(o: Opportunity, release: Json): ImportWarning[] {
  const found = unreadableDeadlines(release, o.ocid);
  if (found.length === 0) return found;
  o.warnings = [...(o.warnings ?? []), ...found];
  return found.map((w) => ({ ...w, message: `“${o.title}”: ${w.message}` }));
}

/**
 * A buyer who moves an engagement milestone's date often leaves the old date in its description.
 * The date wins (it is what they changed), the event keeps the other days, and the user is told.
 */
function movedEventWarnings(o: Opportunity): ImportWarning[] {
  return o.engagementEvents.flatMap(({ title, start, datesInDescription }) => {
    if (!start || !datesInDescription?.length) return [];
    const used = formatUkDate(start, true);
    const described = datesInDescription.map((d) => formatUkDate(d, true)).join(' and ');
    return [
      {
        code: 'engagement-date-differs',
        message: `“${o.title}”: the date of “${title}” is ${used}, but its description says ${described}. Bid Desk used ${used}; check with the buyer.`,
        ocid: o.ocid,
      },
    ];
  });
}

/** Things a bid manager should know before trusting the import. */
function qualityWarnings(o: Opportunity): ImportWarning[] {
  const out: ImportWarning[] = [];
  const missing = [
    o.title === untitledNotice(o.ocid) ? 'title' : null,
    o.buyer.name === UNKNOWN_BUYER ? 'buyer' : null,
  ].filter((m) => m !== null);
  if (missing.length) {
    out.push({
      code: 'incomplete-notice',
      message: `“${o.title}” has no ${missing.join(' and no ')} in the file, which may be damaged or incomplete; check the notice on Find a Tender or Contracts Finder and fill them in.`,
      ocid: o.ocid,
    });
  }
  const unweighted = o.lots.filter(
    (l) => l.criteria.length > 0 && l.criteria.some((c) => c.weight === null),
  );
  if (unweighted.length) {
    out.push({
      code: 'criteria-without-weights',
      message: `Some award criteria in “${o.title}” have no weight in the notice (${unweighted.map((l) => `lot ${l.id}`).join(', ')}); check the tender documents and enter them when planning.`,
      ocid: o.ocid,
    });
  }
  if (o.lots.some((l) => l.derived)) {
    out.push({
      code: 'lots-from-description',
      message: `The lots of “${o.title}” were read from its description, not from structured data; check them against the notice.`,
      ocid: o.ocid,
    });
  }
  return out;
}
