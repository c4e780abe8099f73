// @vitest-environment jsdom
/**
 * The documents a real notice lists (FTS 083563-2026, Science Museum Group), as a bid manager
 * reads them: each kind in words, the notice's own code only in a tooltip.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importNoticeFile } from '../../../shared/import/engine';
import type { Opportunity } from '../../../shared/notice/model';
import { documentRows, noticeRecord } from '../../db';
import { corpusAvailable, corpusBytes } from '../../../test/corpus';
import { DocumentsSection } from './HistorySections';

afterEach(cleanup);

function notice(path: string): Opportunity {
  const result = importNoticeFile({ name: path, bytes: corpusBytes(path) });
  if (!result.ok) throw new Error(result.error.message);
  return result.opportunities[0] as Opportunity;
}

describe.runIf(corpusAvailable('documents section suite'))('Notices and documents', () => {
  it('names each kind of document in words, with the code only as a tooltip', () => {
    const o = notice('fts/members/083563-2026.json');
    const documents = documentRows(noticeRecord('opp', o, '2026-09-03T15:00:00Z', [], []));
    expect(documents.map((d) => d.documentType)).toContain('biddingDocuments');
    render(<DocumentsSection notice={o} documents={documents} />);
    const section = screen.getByRole('region', { name: 'Notices and documents' });
    const text = section.textContent;
    for (const code of ['biddingDocuments', 'conflictOfInterest', 'tenderNotice']) {
      expect(text).not.toContain(code);
    }
    expect(text).toContain('Bidding documents');
    expect(text).toContain('(Conflict of interest)');
    // The code is still there for whoever needs it: the portal's name for the document.
    expect(screen.getByTitle('conflictOfInterest').textContent).toBe(' (Conflict of interest)');
  });
});
