/**
 * The state before a notice's newest release is normalised only for the change log, leaving out
 * what the change log does not compare. These tests hold that shortcut to the full reading: on
 * every real notice published more than once, the change log is the same either way.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson, corpusJsonFiles } from '../../test/corpus';
import { compileStatesForReading } from '../ocds/merge-plain';
import { collectJson, ProcessCollector } from '../ocds/shapes';
import type { Json } from '../ocds/read';
import { diffOpportunities } from './changes';
import type { Change } from './model';
import { normaliseRelease } from './normalise';

const CONTEXT = { latestTags: [], releaseIds: [] };

/** The change log of the newest release, with the earlier state read in full or for the log. */
function changeLogs(releases: Json[]): { full: Change[]; forChangeLog: Change[] } | null {
  const { current, previous } = compileStatesForReading(releases);
  if (!previous) return null;
  const now = normaliseRelease(current, CONTEXT);
  return {
    full: diffOpportunities(normaliseRelease(previous, CONTEXT), now),
    forChangeLog: diffOpportunities(
      normaliseRelease(previous, { ...CONTEXT, purpose: 'changeLog' }),
      now,
    ),
  };
}

/** One version of a one-lot tender: what the test changes between two versions is given. */
interface Version {
  date: string;
  deadline: string;
  lotTitle: string;
  contractEnd: string;
  cpv: string;
  documentId: string;
  email: string;
}

function release(v: Version): Json {
  return {
    ocid: 'ocds-h6vhtk-0abc12',
    id: `release-${v.date}`,
    date: v.date,
    tag: ['tender'],
    buyer: { id: 'GB-PPON-B1', name: 'Staffordshire Commissioner' },
    parties: [
      {
        id: 'GB-PPON-B1',
        name: 'Staffordshire Commissioner',
        roles: ['buyer'],
        contactPoint: { email: v.email },
      },
    ],
    tender: {
      title: 'Hate Crime Service',
      status: 'active',
      tenderPeriod: { endDate: v.deadline },
      lots: [
        {
          id: '1',
          title: v.lotTitle,
          status: 'active',
          value: { amount: 250000, currency: 'GBP' },
          contractPeriod: { startDate: '2027-04-01T00:00:00+01:00', endDate: v.contractEnd },
          awardCriteria: {
            criteria: [
              {
                type: 'quality',
                name: 'Quality',
                numbers: [{ number: 70, weight: 'percentageExact' }],
              },
            ],
          },
        },
      ],
      items: [{ id: '1', relatedLot: '1', classification: { scheme: 'CPV', id: v.cpv } }],
      documents: [
        {
          id: v.documentId,
          documentType: 'tenderNotice',
          noticeType: 'UK4',
          datePublished: v.date,
        },
      ],
    },
  };
}

describe('the change log with the earlier state read only for it', () => {
  it('reports the same changes, and nothing for documents, CPV codes or contacts', () => {
    const before = release({
      date: '2026-05-01T10:00:00+01:00',
      deadline: '2026-06-12T12:00:00+01:00',
      lotTitle: 'Hate crime advocacy',
      contractEnd: '2029-03-31T23:59:59+01:00',
      cpv: '85312000',
      documentId: 'd1',
      email: 'bids@staffordshire.example',
    });
    const after = release({
      date: '2026-05-20T09:00:00+01:00',
      deadline: '2026-06-26T12:00:00+01:00',
      lotTitle: 'Hate crime advocacy and support',
      contractEnd: '2030-03-31T23:59:59+01:00',
      cpv: '85320000',
      documentId: 'd2',
      email: 'new@staffordshire.example',
    });
    const logs = changeLogs([before, after]);
    expect(logs?.forChangeLog).toEqual(logs?.full);
    expect(logs?.forChangeLog.map((c) => c.field)).toEqual([
      'keyDates.published',
      'keyDates.submissionDeadline',
      'keyDates.contractEnd',
      'lots[1].title',
    ]);
  });
});

const hasCorpus = corpusAvailable('change log corpus suite');

describe.runIf(hasCorpus)('on every real notice published more than once', () => {
  it('reports the same changes either way', () => {
    let compared = 0;
    let changes = 0;
    for (const path of corpusJsonFiles()) {
      const collector = new ProcessCollector();
      if (!collectJson(corpusJson(path), collector)) continue;
      for (const { releases } of collector.processes()) {
        if (releases.length < 2) continue;
        let logs: ReturnType<typeof changeLogs>;
        try {
          logs = changeLogs(releases);
        } catch {
          continue; // releases the merge cannot order (the engine reports those itself)
        }
        if (!logs) continue;
        expect(logs.forChangeLog, path).toEqual(logs.full);
        compared++;
        changes += logs.full.length;
      }
    }
    // Not vacuous: the corpus holds many re-published notices, and they changed.
    expect(compared).toBeGreaterThanOrEqual(30);
    expect(changes).toBeGreaterThanOrEqual(25);
  });
});
