import { useState, type KeyboardEvent } from 'react';
import type { Stage } from '../../../shared/notice/model';
import type { RollUp } from '../../../shared/workspace';
import { formatUkDate } from '../../../shared/calendar';
import type { OpportunityRecord } from '../../db';
import { opportunityHref } from '../../app/router';
import { cutText, NAME_LIMIT, TITLE_LIMIT } from '../../lib/long-text';
import { STAGE_LABELS } from '../../lib/notice-words';
import { deadlineState } from './pipeline-model';
import { decisionMark } from './pipeline-marks';
import { decisionText } from './pipeline-words';

/** The type a dragged card carries, so the window's file drop zone and other drags ignore it. */
export const CARD_DRAG_TYPE = 'application/x-bid-desk-card';

/** The board's stages, left to right, in the order the pipeline's stage filter lists them. */
export const BOARD_STAGES = Object.keys(STAGE_LABELS) as Stage[];

/**
 * One opportunity on the board: title (its link), buyer, deadline and decision. It moves to
 * another stage by dragging, by Alt+Left/Right arrow while it has focus, or through its "Move"
 * menu, which lists the other stages.
 */
export function BoardCard({
  record,
  stage,
  decision,
  now,
  onMove,
}: {
  record: OpportunityRecord;
  stage: Stage;
  decision: RollUp | undefined;
  now: Date;
  onMove: (record: OpportunityRecord, to: Stage) => void;
}) {
  const [menuOpen, setMenuOpen] = useState(false);
  const deadline = record.keyDates.find((d) => d.kind === 'submissionDeadline');
  const closed = deadlineState(record, now) === 'closed';
  const title = cutText(record.title, TITLE_LIMIT);
  const menuId = `move-${record.id}`;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && menuOpen) setMenuOpen(false);
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    // Alt+Left is also the browser's Back: the card keeps the keys while it has focus.
    e.preventDefault();
    const to = BOARD_STAGES[BOARD_STAGES.indexOf(stage) + (e.key === 'ArrowLeft' ? -1 : 1)];
    if (to) onMove(record, to);
  };

  return (
    <article
      className="board-card"
      draggable
      aria-labelledby={`card-${record.id}`}
      onDragStart={(e) => {
        e.dataTransfer.setData(CARD_DRAG_TYPE, record.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
    >
      <a
        id={`card-${record.id}`}
        className="board-card-title"
        href={opportunityHref(record.id)}
        aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
        aria-describedby="board-hint"
      >
        {title}
      </a>
      <span className="board-card-buyer">{cutText(record.buyerName, NAME_LIMIT)}</span>
      <span className="board-card-deadline">
        {deadline ? (
          <>
            {closed ? 'Closed' : 'Deadline'}{' '}
            <time dateTime={deadline.at}>{formatUkDate(deadline.at, deadline.allDay)}</time>
          </>
        ) : (
          <span className="muted">No deadline</span>
        )}
      </span>
      <span className="board-card-foot">
        <span className={`decision-mark decision-${decisionMark(decision)}`}>
          {decisionText(decision)}
        </span>
        <button
          type="button"
          className="link-button board-move"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          aria-label={`Move “${title}” to another stage`}
          onClick={() => setMenuOpen((open) => !open)}
        >
          Move…
        </button>
      </span>
      {menuOpen && (
        <ul id={menuId} className="board-move-menu" aria-label={`Move “${title}” to`}>
          {BOARD_STAGES.filter((s) => s !== stage).map((to) => (
            <li key={to}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setMenuOpen(false);
                  onMove(record, to);
                }}
              >
                {STAGE_LABELS[to]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
