import type { ReactNode } from 'react';
import { opportunityHref, type OpportunityTab } from '../../app/router';
import './opportunity-tabs.css';

const LABELS: Record<OpportunityTab, string> = {
  overview: 'Notice',
  decision: 'Go/no-go',
  engagement: 'Engagement',
  checklist: 'Checklist',
  plan: 'Response plan',
  timeline: 'Timeline',
};

/**
 * The opportunity's sections as links (each has its own address, so Back works and a section can
 * be bookmarked). `badges` adds a short status beside a tab, e.g. "Bid" or "4/18".
 */
export function OpportunityTabs({
  id,
  current,
  badges = {},
}: {
  id: string;
  current: OpportunityTab;
  badges?: Partial<Record<OpportunityTab, ReactNode>>;
}) {
  return (
    <nav className="tabs" aria-label="Opportunity sections">
      {(Object.keys(LABELS) as OpportunityTab[]).map((tab) => (
        <a
          key={tab}
          href={opportunityHref(id, tab)}
          aria-current={tab === current ? 'page' : undefined}
          className="tab"
        >
          {LABELS[tab]}
          {badges[tab] !== undefined && <span className="tab-badge">{badges[tab]}</span>}
        </a>
      ))}
    </nav>
  );
}
