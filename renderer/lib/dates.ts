import { formatMoney } from '../../shared/notice/format';
import type { KeyDateKind } from '../../shared/notice/model';

export { formatMoney };
export { formatKeyDate, midnightMeaning } from '../../shared/notice/midnight';

export const KEY_DATE_LABELS: Record<KeyDateKind, string> = {
  published: 'Published',
  engagement: 'Market engagement',
  engagementSignUp: 'Engagement sign-up closes',
  expressionOfInterest: 'Expression of interest due',
  clarificationDeadline: 'Clarification questions close',
  submissionDeadline: 'Submission deadline',
  futureNotice: 'Next notice expected',
  awardDecision: 'Award decision',
  contractStart: 'Contract starts',
  contractEnd: 'Contract ends',
  contractMaxEnd: 'Latest contract end',
  standstillEnd: 'Standstill ends',
  expectedSignature: 'Contract signature expected',
  tendersOpened: 'Tenders opened',
};
