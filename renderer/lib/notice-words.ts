import type { KeyDateKind, Stage } from '../../shared/notice/model';

export const STAGE_LABELS: Record<Stage, string> = {
  pipeline: 'Pipeline notice',
  engagement: 'Market engagement',
  planned: 'Tender planned',
  tender: 'Tender',
  award: 'Award',
  contract: 'Contract',
  cancelled: 'Cancelled',
  unknown: 'Stage unknown',
};

/** "SME, VCSE", "VCSE", or null. */
export function suitabilityText(sme: boolean | null, vcse: boolean | null): string | null {
  const kinds = [sme ? 'SME' : null, vcse ? 'VCSE' : null].filter(Boolean);
  return kinds.length ? kinds.join(', ') : null;
}

/** What each kind of key date is called on screen. */
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
