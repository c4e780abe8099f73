/**
 * A notice's history (UK1..UK17) comes from its documents, wherever the release lists them:
 * each notice once, oldest first, whether a release lists a handful or very many.
 */
import { describe, expect, it } from 'vitest';
import type { Json } from '../ocds/read';
import { normaliseRelease } from './normalise';

const CONTEXT = { latestTags: [], releaseIds: [] };

function notice(n: number, type = 'UK4'): Json {
  return {
    id: `0${n}-2026`,
    documentType: 'tenderNotice',
    noticeType: type,
    url: `https://www.find-tender.service.gov.uk/Notice/0${n}-2026`,
    datePublished: `2026-05-${String(n).padStart(2, '0')}T09:00:00+01:00`,
  };
}

function release(tenderDocuments: Json[], awardDocuments: Json[] = []): Json {
  return {
    ocid: 'ocds-h6vhtk-0abc12',
    id: 'r1',
    date: '2026-05-30T09:00:00+01:00',
    tender: { title: 'Hate Crime Service', documents: tenderDocuments },
    awards: awardDocuments.length ? [{ id: 'a1', documents: awardDocuments }] : [],
  };
}

describe('notice history', () => {
  it('lists a notice given under the tender and an award once, oldest first', () => {
    const history = normaliseRelease(
      release([notice(3), notice(1, 'UK2')], [notice(3), notice(7, 'UK6')]),
      CONTEXT,
    ).noticeHistory;
    expect(history.map((n) => [n.id, n.noticeType])).toEqual([
      ['01-2026', 'UK2'],
      ['03-2026', 'UK4'],
      ['07-2026', 'UK6'],
    ]);
  });

  it('does the same for a release listing many notices', () => {
    const many = Array.from({ length: 25 }, (_, i) => notice(i + 1));
    const { noticeHistory, noticeType } = normaliseRelease(
      release([...many].reverse(), [...many, notice(26, 'UK6')]),
      CONTEXT,
    );
    expect(noticeHistory).toHaveLength(26);
    expect(noticeHistory.map((n) => n.id)).toEqual([...many, notice(26)].map((n) => n.id));
    expect(noticeType).toBe('UK6');
  });
});
