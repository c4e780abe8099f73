import { useMemo } from 'react';
import { useNow } from '../../app/queries';
import { openImportPicker } from '../import';
import { BuyerCard } from './BuyerCard';
import { matchesSearch, useBuyers } from './buyers-queries';
import { useBuyersStore } from './buyers-store';
import './buyers.css';

/**
 * Every buyer in the notices the user imported: its notices, what it awarded to whom and when
 * each contract is expected to come up again. Read from the local store only.
 */
export function BuyersView() {
  const now = useNow();
  const buyers = useBuyers(now);
  const search = useBuyersStore((s) => s.search);
  const shown = useBuyersStore((s) => s.shown);
  const { setSearch, showMore } = useBuyersStore.getState();
  const matching = useMemo(
    () => (buyers ?? []).filter((buyer) => matchesSearch(buyer, search)),
    [buyers, search],
  );

  return (
    <section className="buyers" aria-labelledby="buyers-heading">
      <div className="buyers-head">
        <h1 id="buyers-heading">Buyers</h1>
        {buyers !== undefined && buyers.length > 0 && (
          <label className="field field-search">
            <span>Find a buyer</span>
            <input
              id="buyers-search"
              type="search"
              placeholder="Buyer, supplier or contract"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </label>
        )}
      </div>
      <p className="muted buyers-intro">
        Who buys what you bid for, from the notices you imported (nothing is looked up online): what
        each buyer published, who won its contracts, for how much, and when each contract is
        expected to come up again. Buyers whose contracts come up soonest are first.
      </p>
      {buyers === undefined ? (
        <p className="loading">Loading…</p>
      ) : buyers.length === 0 ? (
        <div className="empty">
          <h2>No buyers yet: import a notice</h2>
          <p>
            Import a notice file from <strong>Find a Tender</strong> or{' '}
            <strong>Contracts Finder</strong> and its buyer appears here. Award notices (who won,
            until when) tell you when a service comes up again.
          </p>
          <p>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void openImportPicker()}
            >
              Import notice files
            </button>
          </p>
        </div>
      ) : (
        <>
          <p className="toolbar-count" role="status" aria-live="polite">
            {matching.length === buyers.length
              ? `${buyers.length} ${buyers.length === 1 ? 'buyer' : 'buyers'}`
              : `${matching.length} of ${buyers.length} buyers match`}
          </p>
          {matching.length === 0 && (
            <p className="empty">No buyer, supplier or contract matches “{search}”.</p>
          )}
          {matching.slice(0, shown).map((buyer) => (
            <BuyerCard key={buyer.key} buyer={buyer} now={now} />
          ))}
          {matching.length > shown && (
            <button type="button" className="button" onClick={showMore}>
              Show more buyers ({matching.length - shown} more)
            </button>
          )}
        </>
      )}
    </section>
  );
}
