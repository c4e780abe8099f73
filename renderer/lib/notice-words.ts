import type { Stage } from '../../shared/notice/model';

export const STAGE_LABELS: Record<Stage, string> = {
  pipeline: 'Pipeline',
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
