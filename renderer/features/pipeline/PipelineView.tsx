import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { OpportunityRecord } from '../../db';
import type { BidOutcome } from '../../../shared/workspace/model';
import { useNow } from '../../app/queries';
import { navigate, NEW_OPPORTUNITY_HREF } from '../../app/router';
import { openImportPicker } from '../import';
import { buyersOf } from './pipeline-model';
import { NO_MARKS, showInPipeline, stageOf, type PipelineMarks } from './pipeline-marks';
import { moveToStage } from './pipeline-queries';
import { BoardView } from './BoardView';
import { ALL_HIDDEN } from './pipeline-words';
import { PipelineRow } from './PipelineRow';
import { PipelineToolbar } from './PipelineToolbar';
import { usePipelineStore } from './pipeline-store';
import './pipeline.css';

/** A row's height in the wide layout; in a narrow window its cells wrap and rows are measured. */
const ROW_HEIGHT = 76;

/**
 * Every opportunity, filtered and sorted, as a list (only the rows on screen are rendered) or a
 * board by stage. `outcomes` (the outcomes in force by opportunity) and `marks` (the user's
 * decisions and board stages) are read with `records` before the first row shows (see App), so a
 * row has its final height, and the closed and no-bid ones are left out, when it first appears.
 */
export function PipelineView({
  records,
  outcomes,
  marks = NO_MARKS,
}: {
  records: OpportunityRecord[];
  outcomes: ReadonlyMap<string, BidOutcome[]>;
  marks?: PipelineMarks;
}) {
  const now = useNow();
  const { filters, sort, layout, showEnded, clearFilters } = usePipelineStore();
  const buyers = useMemo(() => buyersOf(records), [records]);
  const { records: visible, hidden } = useMemo(
    () => showInPipeline(records, filters, sort, marks, now, showEnded),
    [records, filters, sort, marks, now, showEnded],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  if (records.length === 0) return <EmptyPipeline />;

  return (
    <section className="pipeline" aria-labelledby="pipeline-heading">
      <h1 id="pipeline-heading" className="visually-hidden">
        Pipeline
      </h1>
      <p className="pipeline-actions">
        <button type="button" className="button" onClick={() => navigate(NEW_OPPORTUNITY_HREF)}>
          New opportunity
        </button>
        <span className="muted">
          A grant, a portal tender or a quote that comes as no notice file.
        </span>
      </p>
      <PipelineToolbar
        buyers={buyers}
        shown={visible.length}
        total={records.length}
        hidden={hidden}
      />
      {layout === 'list' && (
        <div className="pipeline-header" aria-hidden="true">
          <span>Opportunity</span>
          <span>Notice and stage</span>
          <span>Next key date</span>
          <span>Decision</span>
          <span>Value</span>
          <span>Lots</span>
          <span>Suitable for</span>
        </div>
      )}
      {layout === 'board' ? (
        <BoardView
          records={visible}
          marks={marks}
          now={now}
          onMove={(record, to) => moveToStage(record.id, to)}
        />
      ) : visible.length === 0 ? (
        <div className="empty">
          <p>
            {hidden > 0 && visible.length + hidden === records.length
              ? ALL_HIDDEN
              : 'No opportunities match these filters.'}
          </p>
          {visible.length + hidden === records.length ? null : (
            <button type="button" className="button" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <div ref={scroller} className="pipeline-scroller" data-testid="pipeline-list">
          <ul
            className="pipeline-list"
            aria-label="Opportunities"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const record = visible[item.index] as OpportunityRecord;
              return (
                <li
                  key={record.id}
                  // Measured as it renders: in a narrow window (two columns) a row is taller.
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="pipeline-item"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <PipelineRow
                    record={record}
                    now={now}
                    outcomes={outcomes.get(record.id)}
                    decision={marks.decisions.get(record.id)}
                    stage={stageOf(record, marks)}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}

function EmptyPipeline() {
  return (
    <section className="empty empty-pipeline" aria-labelledby="empty-heading">
      <h1 id="empty-heading">Your pipeline is empty</h1>
      <p>
        Download a notice from <strong>Find a Tender</strong> or <strong>Contracts Finder</strong>{' '}
        (the OCDS JSON file, or the notice page saved as text) and import it here. You can also drag
        files onto this window.
      </p>
      <p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void openImportPicker()}
        >
          Import your first notice
        </button>
      </p>
      <p>
        A grant round, a tender on a council portal or a quote that comes as no notice file:{' '}
        <button type="button" className="button" onClick={() => navigate(NEW_OPPORTUNITY_HREF)}>
          New opportunity
        </button>
      </p>
      <p className="muted">Everything stays on this computer. Nothing is sent anywhere.</p>
    </section>
  );
}
