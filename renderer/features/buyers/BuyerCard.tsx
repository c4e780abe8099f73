import { useId } from 'react';
import { supplierTags } from '../../../shared/buyers/buyer-text';
import type { BuyerContract, BuyerSummary } from '../../../shared/buyers/buyers';
import { horizonText, leadTimeExplanation, leadTimeLength } from '../../../shared/buyers/re-tender';
import { awardStatusText } from '../../../shared/notice/format';
import { opportunityHref } from '../../app/router';
import { daysFromToday, formatUkDate } from '../../../shared/calendar';
import { formatMoney } from '../../../shared/notice/format';
import { STAGE_LABELS } from '../../lib/notice-words';
import { LongText } from '../../lib/LongText';
import { cutText, NAME_LIMIT, TITLE_LIMIT } from '../../lib/long-text';

/** One buyer: its contracts by when they come up again, how that is worked out, its notices. */
export function BuyerCard({ buyer, now }: { buyer: BuyerSummary; now: Date }) {
  const id = useId();
  const awarded = buyer.contracts.length;
  return (
    <section className="card buyer" aria-labelledby={`${id}-name`} data-testid="buyer">
      <h2 id={`${id}-name`}>
        <LongText text={buyer.name} limit={NAME_LIMIT} />
      </h2>
      <p className="muted buyer-facts">
        {buyer.notices.length} {buyer.notices.length === 1 ? 'notice' : 'notices'} · {awarded}{' '}
        {awarded === 1 ? 'contract awarded' : 'contracts awarded'}
        {buyer.otherNames.length > 0 && <> · also written “{buyer.otherNames.join('”, “')}”</>}
      </p>

      <h3 id={`${id}-contracts`}>Contracts, by when they come up again</h3>
      {awarded === 0 ? (
        <p className="muted">
          No award from this buyer in your files yet. Import its contract award (UK6), contract
          details (UK7) or Contracts Finder award notices to see who won and until when.
        </p>
      ) : (
        <>
          <table className="buyer-table buyer-contracts" aria-labelledby={`${id}-contracts`}>
            <thead>
              <tr>
                <th scope="col">Contract</th>
                <th scope="col">Won by</th>
                <th scope="col">Value</th>
                <th scope="col">Awarded</th>
                <th scope="col">Runs until</th>
                <th scope="col">Comes up again (estimate)</th>
              </tr>
            </thead>
            <tbody>
              {buyer.contracts.map((contract, i) => (
                <ContractRow key={i} contract={contract} now={now} />
              ))}
            </tbody>
          </table>
          <div className="buyer-lead">
            <p>
              <strong>Comes up again</strong> is Bid Desk&apos;s estimate, not a date from any
              notice: the contract&apos;s end less {leadTimeLength(buyer.leadTime)}, when{' '}
              {cutText(buyer.name, NAME_LIMIT)} would be expected to publish its first notice for
              the next contract.
            </p>
            <details>
              <summary>Why {leadTimeLength(buyer.leadTime)}?</summary>
              <p>{leadTimeExplanation(buyer.leadTime)}</p>
            </details>
          </div>
        </>
      )}

      <h3 id={`${id}-notices`}>Notices</h3>
      <table className="buyer-table buyer-notices" aria-labelledby={`${id}-notices`}>
        <thead>
          <tr>
            <th scope="col">Notice</th>
            <th scope="col">Stage</th>
            <th scope="col">Published</th>
            <th scope="col">Submission deadline</th>
          </tr>
        </thead>
        <tbody>
          {buyer.notices.map((notice) => (
            <tr key={notice.opportunityId}>
              <td>
                <a href={opportunityHref(notice.opportunityId)}>
                  {cutText(notice.title, TITLE_LIMIT)}
                </a>
              </td>
              <td>
                {STAGE_LABELS[notice.stage]}
                {notice.noticeType && <span className="muted"> ({notice.noticeType})</span>}
              </td>
              <td>{notice.published ? formatUkDate(notice.published, true) : '—'}</td>
              <td>{notice.deadline ? formatUkDate(notice.deadline) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ContractRow({ contract, now }: { contract: BuyerContract; now: Date }) {
  const status = contract.status === 'pending' ? awardStatusText(contract.status) : null;
  return (
    <tr className={`contract-${contract.state.replace(/ /g, '-')}`} data-testid="buyer-contract">
      <td>
        <a href={opportunityHref(contract.opportunityId)}>{cutText(contract.title, TITLE_LIMIT)}</a>
        {contract.lotId !== null && (
          <span className="muted">
            {' '}
            — Lot {contract.lotId}
            {contract.lotTitle ? `: ${cutText(contract.lotTitle, TITLE_LIMIT)}` : ''}
          </span>
        )}
        {status && <span className="badge badge-notice">{status}</span>}
      </td>
      <td>
        {contract.suppliers.length === 0 ? (
          <span className="muted">Not named</span>
        ) : (
          <ul className="buyer-suppliers">
            {contract.suppliers.map((s, i) => (
              <li key={i}>
                <LongText text={s.name} limit={NAME_LIMIT} />
                {supplierTags(s).map((tag) => (
                  <span key={tag} className="badge">
                    {tag}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="cell-value">{formatMoney(contract.value) ?? '—'}</td>
      <td>
        {contract.awardDate
          ? formatUkDate(contract.awardDate, true)
          : contract.dateSigned
            ? `Signed ${formatUkDate(contract.dateSigned, true)}`
            : '—'}
      </td>
      <td>
        <RunsUntil contract={contract} />
      </td>
      <td>
        <ComesUpAgain contract={contract} now={now} />
      </td>
    </tr>
  );
}

function RunsUntil({ contract }: { contract: BuyerContract }) {
  const end = contract.end ?? contract.maxEnd;
  if (end === null) return <span className="muted">No end date in the notice</span>;
  return (
    <>
      {formatUkDate(end, true)}
      {contract.maxEnd !== null && contract.end !== null && contract.maxEnd !== contract.end && (
        <span className="muted buyer-extension">
          {' '}
          or {formatUkDate(contract.maxEnd, true)} with extensions
        </span>
      )}
      {contract.state === 'ended' && <span className="badge">Ended</span>}
    </>
  );
}

function ComesUpAgain({ contract, now }: { contract: BuyerContract; now: Date }) {
  if (contract.state === 'ended' || !contract.horizon) {
    return (
      <span className="muted">
        {contract.state === 'ended'
          ? 'Ended: a new contract may already be in place'
          : 'Cannot tell: the notice gives no end date'}
      </span>
    );
  }
  const days = daysFromToday(now, contract.horizon.earliest);
  return (
    <>
      <strong>{horizonText(contract.horizon)}</strong>
      <span className="buyer-when">
        {days < 0
          ? 'already due: watch for its notices now'
          : days < 90
            ? `in ${days} days`
            : `in about ${Math.round(days / 30.44)} months`}
      </span>
    </>
  );
}
