/** Which submission deadline a lot's checklist is scheduled from. Pure. */
import type { KeyDate } from '../../../shared/notice/model';

/**
 * The submission deadline of a lot: the notice's deadline for that lot (`lotKey`, the notice's own
 * lot id), else the whole opportunity's, else null. Should a notice give more than one, the
 * earliest counts, so that nothing is scheduled after a deadline that has already passed.
 */
export function lotSubmissionDeadline(
  keyDates: ReadonlyArray<Pick<KeyDate, 'kind' | 'at' | 'lotId'>>,
  lotKey: string | null,
): string | null {
  const deadlines = keyDates.filter((d) => d.kind === 'submissionDeadline');
  const own = lotKey === null ? [] : deadlines.filter((d) => d.lotId === lotKey);
  const candidates = own.length ? own : deadlines.filter((d) => d.lotId === null);
  let earliest: string | null = null;
  for (const date of candidates) {
    if (earliest === null || Date.parse(date.at) < Date.parse(earliest)) earliest = date.at;
  }
  return earliest;
}

/** Two deadlines are the same instant (notices write one instant with different offsets). */
export function sameDeadline(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Date.parse(a) === Date.parse(b);
}
