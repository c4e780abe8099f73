import type { Change, ImportWarning, Opportunity, ReleaseChanges } from '../notice/model';
import { diffOpportunities, type ComparedFacts } from '../notice/changes';
import { ocdsInstant } from '../calendar/instants';
import { normaliseRelease } from '../notice/normalise';
import { compileEveryStateForReading } from '../ocds/merge-plain';
import { str, strs, type Json } from '../ocds/read';

/**
 * How many of a notice's newest releases its history covers. A real notice is published a
 * handful of times; a file with hundreds of releases of one ocid is generated or damaged, and
 * comparing every state would cost more than the rest of its import.
 */
export const MAX_HISTORY_RELEASES = 50;

/**
 * What each release after the first changed, oldest first: the notice's history as the file tells
 * it, so that a file holding a tender and the amendment that moved its deadline shows the move
 * on its first import. `releases` are date-sorted (at least two); `opportunity` is their current
 * state, whose `changes` are what the newest release changed (compared with the current state,
 * which may be the publisher's compiled release), and `previous` the state before the newest
 * release as the change log read it (reused: reading a state is most of the cost). Releases that
 * changed nothing compared are left out.
 */
export function releaseHistory(
  releases: Json[],
  opportunity: Pick<Opportunity, 'ocid' | 'title' | 'changes'>,
  previous: ComparedFacts,
  warnings: ImportWarning[],
): ReleaseChanges[] {
  const last = releases.length - 1;
  const first = Math.max(1, releases.length - MAX_HISTORY_RELEASES);
  if (first > 1) {
    warnings.push({
      code: 'history-shortened',
      message: `“${opportunity.title}” has ${releases.length} releases in this file; its change log shows what the newest ${MAX_HISTORY_RELEASES} changed.`,
      ocid: opportunity.ocid,
    });
  }
  const steps: ReleaseChanges[] = [];
  if (first < last) {
    // The states from the one before the first step up to the one before `previous`.
    const states = compileEveryStateForReading(releases.slice(0, last - 1), first - 1);
    let before = readForComparison(states[0] as Json, releases, first - 1);
    for (let i = first; i < last; i++) {
      const after =
        i === last - 1 ? previous : readForComparison(states[i - first + 1] as Json, releases, i);
      steps.push(step(releases, i, diffOpportunities(before, after)));
      before = after;
    }
  }
  steps.push(step(releases, last, opportunity.changes));
  return steps.filter((s) => s.changes.length > 0);
}

/** The state after `releases[index]`, read as the change log compares it. */
function readForComparison(state: Json, releases: Json[], index: number): ComparedFacts {
  return normaliseRelease(state, {
    latestTags: strs(releases[index]?.tag),
    releaseIds: releases.slice(0, index + 1).map((r) => str(r.id) ?? ''),
    purpose: 'changeLog',
  });
}

function step(releases: Json[], index: number, changes: Change[]): ReleaseChanges {
  const release = releases[index] as Json;
  return {
    releaseId: str(release.id),
    date: ocdsInstant(release.date),
    previousDate: ocdsInstant(releases[index - 1]?.date),
    tags: strs(release.tag),
    changes,
  };
}
