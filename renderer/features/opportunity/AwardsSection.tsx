import { awardStatusText } from '../../../shared/notice/format';
import { formatUkDate, isDayLevelInstant } from '../../../shared/calendar';
import type { Award, AwardSupplier, Instant } from '../../../shared/notice/model';
import {
  outcomeResultText,
  outcomesInForce,
  suppliersText,
} from '../../../shared/workspace/outcome';
import type { BidOutcome, Organisation } from '../../../shared/workspace/model';
import type { LotRecord } from '../../db';
import { formatMoney } from '../../../shared/notice/format';
import './awards.css';
import { LongText } from '../../lib/LongText';
import { cutText, NAME_LIMIT, PROSE_LIMIT, TITLE_LIMIT } from '../../lib/long-text';

/**
 * What an award notice says: who won, for how much, when the standstill ends, when the contract
 * is signed and runs; and, for a bid, how it ended. Shown first on an awarded notice: it is what
 * a bidder opens it for.
 */
export function AwardsSection({
  awards,
  lots,
  outcomes,
  organisation,
}: {
  awards: readonly Award[];
  lots: readonly LotRecord[];
  outcomes: readonly BidOutcome[];
  organisation: Organisation | null;
}) {
  const current = outcomesInForce(outcomes);
  return (
    <section className="card awards" aria-labelledby="awards-heading">
      <h2 id="awards-heading">{awards.length === 1 ? 'Award' : `Awards (${awards.length})`}</h2>
      {current.map((outcome) => (
        <OutcomeBox key={outcome.id} outcome={outcome} lots={lots} organisation={organisation} />
      ))}
      {awards.map((award, i) => (
        <AwardFacts key={award.id ?? i} award={award} lots={lots} />
      ))}
    </section>
  );
}

/** How the user's bid ended, as recorded from the award notice. */
function OutcomeBox({
  outcome,
  lots,
  organisation,
}: {
  outcome: BidOutcome;
  lots: readonly LotRecord[];
  organisation: Organisation | null;
}) {
  const value = formatMoney(outcome.value);
  const who = suppliersText(outcome);
  const lot = outcome.lotId ? lots.find((l) => l.id === outcome.lotId) : undefined;
  const heading =
    outcome.result === 'unknown'
      ? 'Your bid: won or not? Bid Desk cannot tell yet'
      : `Your bid: ${outcomeResultText(outcome.result)}`;
  return (
    <div
      className={`outcome outcome-${outcome.result}`}
      role="status"
      aria-label="Your bid’s outcome"
      data-testid="bid-outcome"
    >
      <h3>
        {heading}
        {lot && <span className="muted"> — {lotName(lot)}</span>}
      </h3>
      {outcome.result === 'won' && (
        <p>
          Awarded to you ({outcome.matchedSupplier}){value ? ` for ${value}` : ''}
          {outcome.awardDate ? ` on ${date(outcome.awardDate)}` : ''}.
        </p>
      )}
      {outcome.result === 'not-won' && (
        <p>
          Awarded to {who}
          {value ? ` for ${value}` : ''}
          {outcome.awardDate ? ` on ${date(outcome.awardDate)}` : ''}, not to{' '}
          {outcome.organisationName}.
        </p>
      )}
      {outcome.result === 'unknown' && (
        <p>
          Awarded to {who}
          {value ? ` for ${value}` : ''}
          {organisation ? (
            <>. Bid Desk could not tell whether this was you when it was recorded.</>
          ) : (
            <>
              : set your organisation’s name in <a href="#/settings">Settings</a> so Bid Desk can
              tell whether you won.
            </>
          )}
        </p>
      )}
      {outcome.awardStatus === 'pending' && (
        <p>This is an intention to award: it can still change until the standstill ends.</p>
      )}
      <p className="muted">
        Recorded {formatUkDate(outcome.createdAt, true)}
        {outcome.fileName ? ` from “${outcome.fileName}”` : ''}, because you decided to bid.
      </p>
    </div>
  );
}

/** One award's facts, each line only when the notice states it. */
function AwardFacts({ award, lots }: { award: Award; lots: readonly LotRecord[] }) {
  const value = formatMoney(award.value);
  const status = awardStatusText(award.status);
  const awardLots = lots.length > 1 ? award.lotIds.map((key) => lotByKey(lots, key)) : [];
  const period = award.contractPeriod;
  return (
    <article
      className="award"
      aria-label={`Award to ${award.suppliers.map((s) => s.name).join(', ') || 'no supplier named'}`}
    >
      <dl className="facts">
        <dt>Awarded to</dt>
        <dd>
          {award.suppliers.length ? (
            <ul className="suppliers">
              {award.suppliers.map((s, i) => (
                <li key={s.id ?? i}>
                  <LongText text={s.name} limit={NAME_LIMIT} />
                  {supplierTags(s).map((tag) => (
                    <span key={tag}>
                      {' '}
                      <span className="badge">{tag}</span>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">Not named</span>
          )}
        </dd>
        {value && (
          <>
            <dt>Value</dt>
            <dd>{value}</dd>
          </>
        )}
        {status && (
          <>
            <dt>Status</dt>
            <dd>{status}</dd>
          </>
        )}
        {awardLots.length > 0 && (
          <>
            <dt>{awardLots.length === 1 ? 'Lot' : 'Lots'}</dt>
            <dd>{awardLots.join('; ')}</dd>
          </>
        )}
        {award.title && (
          <>
            <dt>Description</dt>
            <dd>
              <LongText text={award.title} limit={PROSE_LIMIT} />
            </dd>
          </>
        )}
        <DateFact label="Award decision" at={award.date} />
        <DateFact label="Standstill ends" at={award.standstillEnd} />
        <DateFact label="Contract signature expected" at={award.expectedSignature} />
        <DateFact label="Contract signed" at={award.dateSigned} />
        {period && (period.start || period.end) && (
          <>
            <dt>Contract</dt>
            <dd>
              {period.start ? date(period.start) : '?'} to {period.end ? date(period.end) : '?'}
              {period.maxExtent && <> (up to {date(period.maxExtent)} with extensions)</>}
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}

function DateFact({ label, at }: { label: string; at: Instant | null }) {
  if (!at) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <time dateTime={at}>{date(at)}</time>
      </dd>
    </>
  );
}

const SCALES: Record<string, string> = {
  sme: 'SME',
  micro: 'Micro business',
  small: 'Small business',
  medium: 'Medium-sized business',
  large: 'Large organisation',
};

/** "SME", "VCSE"…: what the notice says of the supplier's size and VCSE status. */
export function supplierTags(supplier: AwardSupplier): string[] {
  const tags: string[] = [];
  if (supplier.scale) tags.push(SCALES[supplier.scale.toLowerCase()] ?? supplier.scale);
  if (supplier.vcse) tags.push('VCSE');
  return tags;
}

/** A date as the notice means it: the day alone for a day-level date (00:00 or 23:59:59). */
function date(at: Instant): string {
  return formatUkDate(at, isDayLevelInstant(at));
}

function lotName(lot: LotRecord): string {
  return lot.title ? `Lot ${lot.lotKey}: ${cutText(lot.title, TITLE_LIMIT)}` : `Lot ${lot.lotKey}`;
}

function lotByKey(lots: readonly LotRecord[], key: string): string {
  const lot = lots.find((l) => l.lotKey === key);
  return lot ? lotName(lot) : `Lot ${key}`;
}
