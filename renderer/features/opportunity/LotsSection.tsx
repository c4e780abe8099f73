import type { LotRecord } from '../../db';
import { formatUkDate } from '../../../shared/calendar';
import { formatMoney } from '../../../shared/notice/format';
import { suitabilityText } from '../../lib/notice-words';
import { criterionLabel } from '../../../shared/notice/criteria';
import { Derived } from './Derived';
import { LongText } from '../../lib/LongText';
import { TITLE_LIMIT } from '../../lib/long-text';

/** Each lot: value, contract period, renewal, and the award criteria with their weights. */
export function LotsSection({ lots }: { lots: LotRecord[] }) {
  return (
    <section className="card" aria-labelledby="lots-heading">
      <h2 id="lots-heading">
        {lots.length} {lots.length === 1 ? 'lot' : 'lots'}
      </h2>
      {lots.map((lot) => (
        <article
          key={lot.id}
          className={`lot ${lot.removedFromNotice ? 'removed' : ''}`}
          aria-label={`Lot ${lot.lotKey}`}
        >
          <h3>
            Lot {lot.lotKey}
            {lot.title && (
              <>
                : <LongText text={lot.title} limit={TITLE_LIMIT} />
              </>
            )}
            {lot.derived && <Derived source={lot.source} what="this lot" />}
          </h3>
          {lot.removedFromNotice && (
            <p className="muted">The latest notice no longer lists this lot.</p>
          )}
          <dl className="facts">
            <dt>Value</dt>
            <dd>{formatMoney(lot.value) ?? <span className="muted">Not given</span>}</dd>
            {lot.contractPeriod && (
              <>
                <dt>Contract</dt>
                <dd>
                  {lot.contractPeriod.start ? formatUkDate(lot.contractPeriod.start, true) : '?'} to{' '}
                  {lot.contractPeriod.end ? formatUkDate(lot.contractPeriod.end, true) : '?'}
                  {lot.contractPeriod.maxExtent && (
                    <> (up to {formatUkDate(lot.contractPeriod.maxExtent, true)} with extensions)</>
                  )}
                </dd>
              </>
            )}
            {(lot.renewal || lot.hasRenewal) && (
              <>
                <dt>Renewal</dt>
                <dd>{lot.renewal ?? 'Possible'}</dd>
              </>
            )}
            {suitabilityText(lot.suitability.sme, lot.suitability.vcse) && (
              <>
                <dt>Suitable for</dt>
                <dd>{suitabilityText(lot.suitability.sme, lot.suitability.vcse)}</dd>
              </>
            )}
          </dl>
          <CriteriaTable lot={lot} />
        </article>
      ))}
    </section>
  );
}

function CriteriaTable({ lot }: { lot: LotRecord }) {
  if (lot.criteria.length === 0 && !lot.weightingDescription) {
    return <p className="muted">The notice lists no award criteria for this lot.</p>;
  }
  const missing = lot.criteria.some((c) => c.weight === null);
  return (
    <div className="criteria">
      <h4>Award criteria</h4>
      {lot.weightingDescription && (
        <p>
          Weighting as published: <q>{lot.weightingDescription}</q>
          {lot.weightingParts.length > 0 && (
            <span className="muted">
              {' '}
              ({lot.weightingParts.map((p) => `${p.label} ${p.weight}%`).join(', ')})
            </span>
          )}
        </p>
      )}
      {lot.criteria.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Type</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {lot.criteria.map((c, i) => (
              <tr key={i}>
                <td>{criterionLabel(c)}</td>
                <td>{c.type}</td>
                <td>
                  {c.weight === null ? (
                    <span className="warning-text">Not given</span>
                  ) : (
                    `${c.weight}%`
                  )}
                  {c.weightAsStated !== undefined && (
                    <span className="muted">
                      {' '}
                      (stated as {c.weightAsStated} out of 100 for quality)
                    </span>
                  )}
                  {c.derived && <Derived source={c.source} what="this weight" />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {missing && (
        <p className="warning-text" role="note">
          The notice does not give every weight. Check the tender documents before planning your
          answers.
        </p>
      )}
    </div>
  );
}
