/**
 * The page's release history and "Latest Notice" link: what the page tells about notices
 * published so far, without the OCDS.
 */
import type { NoticeDocument, NoticeRecord, NoticeType } from '../notice/model';
import { parseHistoryStamp, parsePageDate } from './page-date';
import { knownValue } from './page-values';
import type { NoticePage } from './read-notice-page';

/** A release-history entry: the instant and the stamp as printed. */
export interface PageRelease {
  at: string;
  printed: string;
}

/** The newest release in the page's history (printed newest first, but that is not relied on). */
export function newestRelease(page: NoticePage): PageRelease | null {
  let best: PageRelease | null = null;
  for (const h of page.history) {
    const at = parseHistoryStamp(h.at);
    if (at !== null && (best === null || Date.parse(at) > Date.parse(best.at))) {
      best = { at, printed: h.at };
    }
  }
  return best;
}

/**
 * The page's "Latest Notice" link as a notice-history record and a document. Its time is the
 * newest release's when that release falls on the printed publication day; otherwise unknown.
 */
export function latestNotice(
  page: NoticePage,
  noticeType: NoticeType | null,
  newest: PageRelease | null,
): { record: NoticeRecord; document: NoticeDocument } | null {
  const url = knownValue(page.fields['Latest Notice']);
  if (url === null || !/^https?:\/\//i.test(url)) return null;
  const id =
    url
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() || url;
  const published = parsePageDate(page.fields['Publication Date'] ?? '');
  // The newest release's time belongs to the latest notice only when both fall on the same
  // printed day (the page prints both as UTC days, so compare them as printed).
  const datePublished =
    newest !== null && published !== null && parsePageDate(newest.printed) === published
      ? newest.at
      : null;
  const title = knownValue(page.fields['Notice Type']);
  const publisher = knownValue(page.fields['Publication Source']);
  return {
    record: { id, noticeType, documentType: null, title, url, datePublished },
    document: {
      id,
      documentType: null,
      title,
      description: publisher ? `Latest notice on ${publisher}` : 'Latest notice',
      url,
      datePublished,
      lotId: null,
    },
  };
}
