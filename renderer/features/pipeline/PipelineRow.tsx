import { outcomeLine } from '../../../shared/workspace/outcome';
import type { Stage } from '../../../shared/notice/model';
import type { RollUp } from '../../../shared/workspace';
import type { BidOutcome } from '../../../shared/workspace/model';
import type { OpportunityRecord } from '../../db';
import { opportunityHref } from '../../app/router';
import { countdown, formatUkDate } from '../../../shared/calendar';
import { formatMoney } from '../../../shared/notice/format';
import { KEY_DATE_LABELS, STAGE_LABELS, suitabilityText } from '../../lib/notice-words';
import { deadlineState, nextKeyDate, overdueNotice } from './pipeline-model';
import { cutText, NAME_LIMIT, TITLE_LIMIT } from '../../lib/long-text';
import { decisionMark } from './pipeline-marks';
import { decisionText, noticeStageText } from './pipeline-words';

/**
 * One opportunity in the pipeline list: what it is, who buys it, what is due next, the user's
 * go/no-go (`decision`, rolled up over the lots) and, for a bid an award notice has decided, how
 * it ended (`outcomes`: those in force, one per lot at most). `stage` is where it is filed: the
 * user's stage from the board, else the notice's.
 */
export function PipelineRow({
  record,
  now,
  outcomes,
  decision,
  stage = record.stage,
}: {
  record: OpportunityRecord;
  now: Date;
  outcomes?: readonly BidOutcome[] | undefined;
  decision?: RollUp | undefined;
  stage?: Stage;
}) {
  const next = nextKeyDate(record, now);
  const state = deadlineState(record, now);
  const overdue = overdueNotice(record, now);
  const deadline = record.keyDates.find((d) => d.kind === 'submissionDeadline');
  // One figure in the list (net, else gross); the opportunity page shows both.
  const value = formatMoney(
    record.valueAmount !== null
      ? { amount: record.valueAmount, amountGross: null, currency: record.currency ?? 'GBP' }
      : record.valueGross !== null
        ? { amount: null, amountGross: record.valueGross, currency: record.currency ?? 'GBP' }
        : null,
  );
  const suitable = suitabilityText(record.sme, record.vcse);
  return (
    <a
      className={`pipeline-row state-${state}`}
      href={opportunityHref(record.id)}
      data-testid="pipeline-row"
    >
      <span className="cell cell-title">
        <span className="row-title">{cutText(record.title, TITLE_LIMIT)}</span>
        <span className="row-buyer">{cutText(record.buyerName, NAME_LIMIT)}</span>
        {outcomes?.map((outcome) => (
          <span
            key={outcome.id}
            className={`row-outcome row-outcome-${outcome.result}`}
            data-testid="pipeline-outcome"
            title={outcomeLine(outcome)}
          >
            {outcomeLine(outcome)}
          </span>
        ))}
      </span>
      <span className="cell cell-stage">
        <span className="badge badge-notice">{record.noticeType ?? 'Notice'}</span>{' '}
        {STAGE_LABELS[stage]}
        {stage !== record.stage && (
          <span className="row-notice-stage"> ({noticeStageText(record.stage)})</span>
        )}
        {/* A space before each badge, so the stage never runs into it ("TenderDemo"). */}
        {record.isDemo && (
          <>
            {' '}
            <span className="badge badge-demo">Demo</span>
          </>
        )}
        {record.unreadChanges > 0 && (
          <>
            {' '}
            <span className="badge badge-changed">Changed</span>
          </>
        )}
      </span>
      <span className="cell cell-next">
        {state === 'closed' && deadline ? (
          <span className="next-closed">
            <strong>Closed</strong> {formatUkDate(deadline.at, deadline.allDay)}
          </span>
        ) : null}
        {next ? (
          <span
            className={`next-date ${state === 'closing' && next.kind === 'submissionDeadline' ? 'urgent' : ''}`}
          >
            <span className="next-label">{KEY_DATE_LABELS[next.kind]}</span>{' '}
            <time dateTime={next.at}>{formatUkDate(next.at, next.allDay)}</time>{' '}
            <span className="countdown">({countdown(next.at, next.allDay, now)})</span>
          </span>
        ) : state !== 'closed' ? (
          <span className="muted">No dates ahead</span>
        ) : null}
        {deadline && next && next.kind !== 'submissionDeadline' && state !== 'closed' && (
          <span className={`deadline-line ${state === 'closing' ? 'urgent' : ''}`}>
            Deadline{' '}
            <time dateTime={deadline.at}>{formatUkDate(deadline.at, deadline.allDay)}</time>
          </span>
        )}
        {overdue && (
          <span className="overdue">
            Next notice overdue since {formatUkDate(overdue.at, overdue.allDay)}
          </span>
        )}
      </span>
      <span className="cell cell-decision">
        <span className="cell-label">Decision </span>
        <span className={`decision-mark decision-${decisionMark(decision)}`}>
          {decisionText(decision)}
        </span>
      </span>
      <span className="cell cell-value">
        {/* The column headings are hidden in a narrow window: then these labels show instead. */}
        <span className="cell-label">Value </span>
        {value ?? <span className="muted">Not given</span>}
      </span>
      <span className="cell cell-lots">
        {record.lotCount} {record.lotCount === 1 ? 'lot' : 'lots'}
      </span>
      <span className="cell cell-suitability">
        <span className="cell-label">Suitable for </span>
        {suitable ?? <span className="muted">—</span>}
      </span>
    </a>
  );
}
