import { useEffect, useRef } from 'react';
import { dismissChanges } from '../../app/actions';
import { useOrganisation, useOutcomes } from '../../app/outcome-queries';
import { useNow, useOpportunityDetail } from '../../app/queries';
import type { OpportunityDetail } from '../../db';
import { countdown, daysFromToday, formatUkDate } from '../../../shared/calendar';
import { formatMoney } from '../../../shared/notice/format';
import { midnightMeaning } from '../../../shared/notice/midnight';
import { STAGE_LABELS, suitabilityText } from '../../lib/notice-words';
import { AwardsSection } from './AwardsSection';
import { CheckWithBuyer } from './CheckWithBuyer';
import { EngagementSection } from './EngagementSection';
import { ExternalLink, LinkedText } from './ExternalLink';
import {
  AmendmentsSection,
  ChangeList,
  ChangeLogSection,
  DocumentsSection,
  READ_DIFFERENTLY,
} from './HistorySections';
import { KeyDatesSection } from './KeyDatesSection';
import { LotsSection } from './LotsSection';
import { NoticeTextSection } from './NoticeTextSection';
import { OpportunityTabs } from './OpportunityTabs';
import { useTabBadges } from './tab-badges';
import { isEntryOcid } from '../../../shared/entry/entry';
import { WorkspaceTab } from './WorkspaceTab';
import { editOpportunityHref, type OpportunityTab } from '../../app/router';
import { LongText } from '../../lib/LongText';
import { cutText, NAME_LIMIT, TITLE_LIMIT } from '../../lib/long-text';
import './opportunity.css';

/** One opportunity: everything the notice says, arranged for deciding and planning a bid. */
export function OpportunityView({ id, tab }: { id: string; tab: OpportunityTab }) {
  const detail = useOpportunityDetail(id);
  const now = useNow();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = detail !== undefined;
  useEffect(() => {
    if (!loaded) return;
    // A new page starts at its top, with the app's header in view (the pipeline may have been
    // scrolled to reach the row). Moving focus to the title tells screen-reader users the page
    // changed; without preventScroll it would scroll the title to the window's top edge.
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [loaded, id]);

  if (detail === undefined) return <p className="loading">Loading…</p>;
  if (detail === null) {
    return (
      <section className="empty">
        <h1>Opportunity not found</h1>
        <p>It may have been removed (for example with the demo data).</p>
        <a className="button" href="#/">
          Back to the pipeline
        </a>
      </section>
    );
  }
  const { opportunity, notice } = detail;
  return (
    <article className="opportunity" aria-labelledby="opportunity-title">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <a href="#/">Pipeline</a> <span aria-hidden="true">›</span>{' '}
        <span>{cutText(opportunity.buyerName, NAME_LIMIT)}</span>
      </nav>
      <header className="opportunity-header">
        <h1 id="opportunity-title" tabIndex={-1} ref={heading}>
          <LongText text={opportunity.title} limit={TITLE_LIMIT} />
        </h1>
        <p className="opportunity-buyer">
          <LongText text={opportunity.buyerName} limit={NAME_LIMIT} />
        </p>
        <p className="badges">
          <span className="badge badge-notice">{opportunity.noticeType ?? 'Notice'}</span>
          <span className="badge">{STAGE_LABELS[opportunity.stage]}</span>
          {opportunity.isDemo && <span className="badge badge-demo">Demo data</span>}
          {notice.source === 'fts' && <span className="badge">Find a Tender</span>}
          {notice.source === 'contracts-finder' && <span className="badge">Contracts Finder</span>}
          {isEntryOcid(opportunity.ocid) ? (
            <>
              <span className="badge">Entered by hand</span>
              <a className="button" href={editOpportunityHref(opportunity.id)}>
                Edit details
              </a>
            </>
          ) : (
            opportunity.ocid && <span className="muted ocid">{opportunity.ocid}</span>
          )}
        </p>
      </header>
      <ChangeBanner detail={detail} />
      <Tabs detail={detail} tab={tab} now={now} />
      {tab === 'overview' ? (
        <>
          <Awards detail={detail} />
          <CheckWithBuyer notice={notice} />
          <Summary detail={detail} now={now} />
          <KeyDatesSection dates={detail.keyDates} lots={detail.lots} now={now} />
          <EngagementSection events={detail.events} />
          <LotsSection lots={detail.lots} />
          <DocumentsSection notice={notice} documents={detail.documents} />
          <AmendmentsSection notice={notice} />
          <ChangeLogSection entries={detail.changeLog} />
          <NoticeTextSection detail={detail} />
        </>
      ) : (
        <WorkspaceTab tab={tab} detail={detail} now={now} />
      )}
    </article>
  );
}

function Tabs({ detail, tab, now }: { detail: OpportunityDetail; tab: OpportunityTab; now: Date }) {
  const badges = useTabBadges(detail, now);
  return <OpportunityTabs id={detail.opportunity.id} current={tab} badges={badges} />;
}

/**
 * The awards, first on an awarded notice (who won is what a bidder opens it for), with the bid's
 * outcome. Notices stored before awards were read have none until re-imported.
 */
function Awards({ detail }: { detail: OpportunityDetail }) {
  const outcomes = useOutcomes(detail.opportunity.id);
  const organisation = useOrganisation();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- notices stored before awards existed have none (db/records.ts)
  const awards = detail.notice.awards ?? [];
  if (awards.length === 0 || outcomes === undefined || organisation === undefined) return null;
  return (
    <AwardsSection
      awards={awards}
      lots={detail.lots}
      outcomes={outcomes}
      organisation={organisation}
    />
  );
}

/**
 * What changed in the latest re-import, shown prominently until someone dismisses it. When only
 * Bid Desk's own reading changed (the same releases, read by a newer version), it says so: the
 * buyer did not change anything, but a date the user relies on may have.
 */
function ChangeBanner({ detail }: { detail: OpportunityDetail }) {
  const unread = detail.changeLog.filter((entry) => entry.dismissedAt === null);
  if (unread.length === 0) return null;
  const onlyReading = unread.every((entry) => entry.reading);
  return (
    <section className="change-banner" role="alert" aria-labelledby="change-banner-heading">
      <h2 id="change-banner-heading">
        {onlyReading ? READ_DIFFERENTLY : 'This notice has changed'}
      </h2>
      {unread.map((entry) => (
        <div key={entry.id}>
          <p className="muted">
            {entry.reading
              ? `${onlyReading ? '' : `${READ_DIFFERENTLY}. `}The buyer has not changed it: “${entry.fileName}” was read again by this version of Bid Desk on ${formatUkDate(entry.importedAt)}.`
              : `Imported ${formatUkDate(entry.importedAt)} from “${entry.fileName}”`}
          </p>
          <ChangeList changes={entry.changes} reading={entry.reading} />
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => void dismissChanges(detail.opportunity.id)}
      >
        Mark as read
      </button>
    </section>
  );
}

function Summary({ detail, now }: { detail: OpportunityDetail; now: Date }) {
  const { notice, opportunity } = detail;
  const deadline = detail.keyDates.find((d) => d.kind === 'submissionDeadline');
  const value = formatMoney(notice.value);
  const suitable = suitabilityText(opportunity.sme, opportunity.vcse);
  // A day-level deadline (a day without a time) is open all that day.
  const closed = deadline
    ? deadline.allDay
      ? daysFromToday(now, deadline.at) < 0
      : Date.parse(deadline.at) < now.getTime()
    : false;
  return (
    <section className="card summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        Summary
      </h2>
      <div className={`deadline-box ${closed ? 'closed' : ''}`}>
        <span className="deadline-label">Submission deadline</span>
        {deadline ? (
          <>
            <time
              className="deadline-date"
              dateTime={deadline.at}
              data-testid="submission-deadline"
            >
              {formatUkDate(deadline.at, deadline.allDay)}
            </time>
            {midnightMeaning(deadline) && (
              <span className="deadline-meaning"> ({midnightMeaning(deadline)})</span>
            )}
            <span className="deadline-countdown">
              {closed
                ? `Closed ${countdown(deadline.at, deadline.allDay, now)}`
                : countdown(deadline.at, deadline.allDay, now)}
            </span>
          </>
        ) : notice.warnings?.some((w) => w.code === 'deadline-unreadable') ? (
          <span className="deadline-date muted">Could not be read: check with the buyer</span>
        ) : (
          <span className="deadline-date muted">Not published yet</span>
        )}
      </div>
      <dl className="facts">
        <dt>Value</dt>
        <dd>{value ?? <span className="muted">Not given</span>}</dd>
        <dt>Suitable for</dt>
        <dd>{suitable ?? <span className="muted">Not stated</span>}</dd>
        {notice.procurementMethodDetails && (
          <>
            <dt>Procedure</dt>
            <dd>{notice.procurementMethodDetails}</dd>
          </>
        )}
        {notice.specialRegime.includes('lightTouch') && (
          <>
            <dt>Regime</dt>
            <dd>Light-touch (social and community services)</dd>
          </>
        )}
        {notice.submissionMethodDetails && (
          <>
            <dt>How to submit</dt>
            <dd>
              <LinkedText text={notice.submissionMethodDetails} />
            </dd>
          </>
        )}
        <dt>Buyer contact</dt>
        <dd>
          {[notice.buyer.contactName, notice.buyer.email, notice.buyer.telephone]
            .filter(Boolean)
            .join(' · ') || <span className="muted">Not given</span>}
          {notice.buyer.url && (
            <>
              {' '}
              <ExternalLink href={notice.buyer.url}>website</ExternalLink>
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}
