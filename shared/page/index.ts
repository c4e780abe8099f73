/** Reading notice pages saved as text, and telling them apart from strategy documents. */
export { readNoticePage } from './read-notice-page';
export type { NoticePage } from './read-notice-page';
export { opportunityFromPage } from './opportunity-from-page';
export { parsePageDate, parsePageDateRange } from './page-date';
export { detectStrategyDocument } from './strategy-document';
