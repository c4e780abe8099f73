import type { Stage } from '../../../shared/notice/model';
import { STAGE_LABELS } from '../../lib/notice-words';
import type { DeadlineWindow, DecisionFilter, SortKey, Suitability } from './pipeline-model';
import { DECISION_FILTERS, hiddenText } from './pipeline-words';
import { usePipelineStore } from './pipeline-store';
import { cutText, NAME_LIMIT } from '../../lib/long-text';

const WINDOWS: Array<[DeadlineWindow, string]> = [
  ['any', 'Any deadline'],
  ['7', 'Deadline within 7 days'],
  ['30', 'Deadline within 30 days'],
  ['90', 'Deadline within 90 days'],
  ['passed', 'Deadline passed'],
  ['none', 'No deadline yet'],
];
const SORTS: Array<[SortKey, string]> = [
  ['next', 'Next key date'],
  ['deadline', 'Submission deadline'],
  ['value', 'Value (highest first)'],
  ['title', 'Title'],
  ['buyer', 'Buyer'],
  ['updated', 'Recently updated'],
];

/**
 * Search, filters and sort for the pipeline, the list or board layout, and whether closed and
 * no-bid opportunities show (`hidden`: how many the default leaves out). Every control is
 * labelled and keyboard-operable.
 */
export function PipelineToolbar({
  buyers,
  shown,
  total,
  hidden = 0,
}: {
  buyers: string[];
  shown: number;
  total: number;
  hidden?: number;
}) {
  const store = usePipelineStore();
  const { filters, sort, layout, showEnded, setFilter, setSort, setLayout, clearFilters } = store;
  // Filters (not the closed and no-bid default) left some out: offer to clear them.
  const filtered = shown + hidden !== total;
  return (
    <div className="toolbar" role="search">
      <label className="field field-search">
        <span>Search</span>
        <input
          id="pipeline-search"
          type="search"
          placeholder="Title, buyer, CPV code or ocid"
          value={filters.search}
          onChange={(e) => setFilter('search', e.target.value)}
        />
      </label>
      <label className="field">
        <span>Stage</span>
        <select
          value={filters.stage}
          onChange={(e) => setFilter('stage', e.target.value as Stage | 'all')}
        >
          <option value="all">All stages</option>
          {Object.entries(STAGE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Decision</span>
        <select
          value={filters.decision}
          onChange={(e) => setFilter('decision', e.target.value as DecisionFilter)}
        >
          {DECISION_FILTERS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Buyer</span>
        <select value={filters.buyer} onChange={(e) => setFilter('buyer', e.target.value)}>
          <option value="">All buyers</option>
          {buyers.map((b) => (
            <option key={b} value={b}>
              {cutText(b, NAME_LIMIT)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Deadline</span>
        <select
          value={filters.window}
          onChange={(e) => setFilter('window', e.target.value as DeadlineWindow)}
        >
          {WINDOWS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Suitable for</span>
        <select
          value={filters.suitability}
          onChange={(e) => setFilter('suitability', e.target.value as Suitability)}
        >
          <option value="any">Anyone</option>
          <option value="vcse">VCSEs</option>
          <option value="sme">SMEs</option>
        </select>
      </label>
      <label className="field">
        <span>Sort by</span>
        <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <div className="layout-switch" role="group" aria-label="Layout">
        {(['list', 'board'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className="layout-option"
            aria-pressed={layout === value}
            onClick={() => setLayout(value)}
          >
            {value === 'list' ? 'List' : 'Board'}
          </button>
        ))}
      </div>
      <p className="toolbar-count" aria-live="polite">
        {shown !== total
          ? `${shown} of ${total} opportunities`
          : `${total} ${total === 1 ? 'opportunity' : 'opportunities'}`}
        {hidden > 0 && <span className="hidden-count"> · {hiddenText(hidden)}</span>}
        {filtered && (
          <button type="button" className="link-button" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </p>
      <label className="field-check show-ended">
        <input
          type="checkbox"
          checked={showEnded}
          onChange={(e) => store.setShowEnded(e.target.checked)}
        />
        <span>Show closed and no-bid</span>
      </label>
    </div>
  );
}
