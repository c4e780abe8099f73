import type { OpportunityTab } from '../../app/router';
import type { OpportunityDetail } from '../../db';
import { ChecklistTab } from '../checklist';
import { DecisionTab } from '../decision';
import { EngagementTab } from '../engagement';
import { PlanTab } from '../response-plan';
import { TimelineTab } from '../timeline';

/** The props every bid-workspace tab gets: the opportunity as stored, and "now". */
export interface WorkspaceTabProps {
  detail: OpportunityDetail;
  now: Date;
}

/** The bid workspace sections of an opportunity. Each feature owns its screen. */
export function WorkspaceTab({
  tab,
  ...props
}: { tab: Exclude<OpportunityTab, 'overview'> } & WorkspaceTabProps) {
  switch (tab) {
    case 'decision':
      return <DecisionTab {...props} />;
    case 'engagement':
      return <EngagementTab {...props} />;
    case 'checklist':
      return <ChecklistTab {...props} />;
    case 'plan':
      return <PlanTab {...props} />;
    case 'timeline':
      return <TimelineTab {...props} />;
  }
}
