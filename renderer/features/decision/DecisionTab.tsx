import { useRef } from 'react';
import { ukDay } from '../../../shared/calendar';
import { bidStatus, latestDecisions, outcomesInForce, rollUp } from '../../../shared/workspace';
import { useOutcomes } from '../../app/outcome-queries';
import type { LotRecord } from '../../db';
import type { WorkspaceTabProps } from '../opportunity';
import { useDecisionSettings, useUserName } from '../settings';
import { AssessmentForm } from './AssessmentForm';
import { BidStanding } from './BidStanding';
import { ChecklistOffer } from './ChecklistOffer';
import { DecisionHistory } from './DecisionHistory';
import { DecisionInForce } from './DecisionInForce';
import { ScopeChooser } from './ScopeChooser';
import { startingPoint } from './decision-form';
import { closedSentence, lotName } from './decision-words';
import { useDecisions, useLotsWithChecklist } from './decision-queries';
import { scopeKey, useDecisionStore } from './decision-store';
import './decision.css';
import './decision-record.css';

/**
 * The go/no-go tab: the roll-up across lots and what this decision is about; then either the
 * decision in force (with a way to reassess) or the assessment form with its live
 * recommendation; the next step after a "bid"; and the decisions before.
 */
export function DecisionTab({ detail, now }: WorkspaceTabProps) {
  const opportunityId = detail.opportunity.id;
  const decisions = useDecisions(opportunityId);
  const settings = useDecisionSettings();
  const userName = useUserName();
  const withChecklist = useLotsWithChecklist(opportunityId);
  const outcomes = useOutcomes(opportunityId);
  const chosen = useDecisionStore((s) => s.scopes[opportunityId]);
  const reassessing = useDecisionStore((s) => s.reassessing);
  const reassess = useDecisionStore((s) => s.reassess);
  const message = useDecisionStore((s) => s.message);
  const status = useRef<HTMLDivElement>(null);

  if (
    decisions === undefined ||
    settings === undefined ||
    userName === undefined ||
    withChecklist === undefined ||
    outcomes === undefined
  ) {
    return <p className="loading">Loading the go/no-go decision…</p>;
  }

  const lot: LotRecord | null = detail.lots.find((l) => l.id === chosen) ?? null;
  const lotId = lot?.id ?? null;
  const key = scopeKey(opportunityId, lotId);
  const scopeName = lot ? lotName(lot) : 'the whole opportunity';
  const currentLots = detail.lots.filter((l) => !l.removedFromNotice);
  const { opportunity: whole, byLot } = latestDecisions(decisions);
  const scoped = decisions.filter((d) => d.lotId === lotId);
  const inForce = scoped[0] ?? null;
  const showForm = inForce === null || reassessing[key] === true;
  const previous = inForce ?? (lot ? whole : null);
  const vcse = lot ? lot.suitability.vcse : detail.opportunity.vcse;
  const start = startingPoint({ settings, previous, vcse, userName, today: ukDay(now) });
  const matrix = [...settings.gates, ...settings.factors].map((x) => x.id).join(',');
  const bidding = (lot ? [lot] : currentLots).filter(
    (l) => !l.removedFromNotice && (byLot.get(l.id) ?? whole)?.outcome === 'bid',
  );
  const shownMessage = message?.opportunityId === opportunityId ? message : null;
  const standing = bidStatus(
    {
      stage: detail.opportunity.stage,
      keyDates: detail.notice.keyDates,
      decisions,
      outcomes,
    },
    now,
  );
  const closed = closedSentence(standing, now);
  const anyBid = [whole, ...byLot.values()].some((d) => d?.outcome === 'bid');
  const noticeChangedAt = detail.changeLog.map((entry) => entry.importedAt);

  return (
    <div className="decision">
      <ScopeChooser
        opportunityId={opportunityId}
        lots={detail.lots}
        lotId={lotId}
        rollUp={rollUp(
          currentLots.map((l) => l.id),
          decisions,
        )}
        whole={whole}
        byLot={byLot}
      />
      <div
        ref={status}
        tabIndex={-1}
        role="status"
        className={`decision-message ${shownMessage ? `message-${shownMessage.kind}` : ''}`}
      >
        {shownMessage?.text}
      </div>
      {closed && (
        <p className="card decision-closed" role="note">
          <strong>{closed}</strong> You can still record a decision, for the record. Bid Desk will
          not make a submission checklist for it: every item would already be overdue.
        </p>
      )}
      {showForm ? (
        <AssessmentForm
          key={`${key}|${previous?.id ?? 'new'}|${matrix}`}
          opportunityId={opportunityId}
          lotId={lotId}
          scopeName={scopeName}
          settings={settings}
          start={start}
          vcse={vcse}
          userName={userName}
          onRecorded={() => status.current?.focus()}
          onCancel={inForce ? () => reassess(key, false) : null}
        />
      ) : (
        <DecisionInForce
          decision={inForce}
          scopeName={scopeName}
          noticeChangedAt={noticeChangedAt}
          onReassess={() => reassess(key, true)}
        />
      )}
      <BidStanding
        opportunityId={opportunityId}
        status={standing}
        latest={outcomesInForce(outcomes).find((o) => o.lotId === null) ?? null}
        bidding={anyBid}
      />
      <ChecklistOffer
        opportunityId={opportunityId}
        lots={bidding}
        withChecklist={withChecklist}
        closed={closed !== null}
      />
      <DecisionHistory
        title={showForm ? `Decisions so far about ${scopeName}` : 'Earlier decisions'}
        decisions={showForm ? scoped : scoped.slice(1)}
        inForceId={inForce?.id ?? null}
        noticeChangedAt={noticeChangedAt}
        emptyText={showForm ? 'None recorded yet.' : undefined}
      />
    </div>
  );
}
