import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Stage } from '../../../shared/notice/model';
import type { OpportunityRecord } from '../../db';
import { cutText, TITLE_LIMIT } from '../../lib/long-text';
import { STAGE_LABELS } from '../../lib/notice-words';
import { BOARD_STAGES, BoardCard, CARD_DRAG_TYPE } from './BoardCard';
import { stageOf, type PipelineMarks } from './pipeline-marks';
import { BOARD_HINT, movedText } from './pipeline-words';

/** Cards a column shows at first, and how many more each "Show more" adds: never thousands. */
export const CARDS_AT_ONCE = 40;

/**
 * The pipeline as a board: a column per stage, the cards in the list's order. A card moves by
 * mouse (drag to another column) or keyboard (Alt+arrows, or its Move menu); the move is the
 * user's own stage (`onMove` records it) and is announced in a live region. Each column shows
 * `CARDS_AT_ONCE` cards and offers more, so a 6,000-opportunity pipeline stays quick.
 */
export function BoardView({
  records,
  marks,
  now,
  onMove,
}: {
  records: OpportunityRecord[];
  marks: PipelineMarks;
  now: Date;
  onMove: (record: OpportunityRecord, to: Stage) => Promise<string | null>;
}) {
  const columns = useMemo(() => {
    const byStage = new Map<Stage, OpportunityRecord[]>(BOARD_STAGES.map((s) => [s, []]));
    for (const record of records) byStage.get(stageOf(record, marks))?.push(record);
    return byStage;
  }, [records, marks]);
  const [announcement, setAnnouncement] = useState('');
  // The card last moved: its column shows it even past the cards at once, and it keeps focus.
  const [moved, setMoved] = useState<{ id: string; stage: Stage; focus: boolean } | null>(null);
  const board = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!moved?.focus) return;
    const cards = board.current?.querySelectorAll<HTMLElement>(
      `[data-stage="${moved.stage}"] [data-card-id]`,
    );
    const card = [...(cards ?? [])]
      .find((el) => el.dataset.cardId === moved.id)
      ?.querySelector<HTMLElement>('.board-card-title');
    if (card) {
      card.focus();
      setMoved({ ...moved, focus: false });
    }
  }, [moved, columns]);

  const move = (record: OpportunityRecord, to: Stage, focus: boolean) => {
    if (stageOf(record, marks) === to) return;
    void onMove(record, to).then((problem) => {
      setAnnouncement(problem ?? movedText(cutText(record.title, TITLE_LIMIT), to));
      if (!problem) setMoved({ id: record.id, stage: to, focus });
    });
  };

  return (
    <>
      <p className="board-hint" id="board-hint">
        {BOARD_HINT}
      </p>
      <div
        ref={board}
        className="board"
        role="region"
        aria-label="Board by stage"
        // The columns scroll sideways inside this area: it takes focus so arrow keys scroll it.
        tabIndex={0}
        data-testid="pipeline-board"
      >
        {BOARD_STAGES.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            records={columns.get(stage) ?? []}
            pinned={moved?.stage === stage ? moved.id : null}
            marks={marks}
            now={now}
            onDropCard={(id) => {
              const record = records.find((r) => r.id === id);
              if (record) move(record, stage, false);
            }}
            onMove={(record, to) => move(record, to, true)}
          />
        ))}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

function BoardColumn({
  stage,
  records,
  pinned,
  marks,
  now,
  onDropCard,
  onMove,
}: {
  stage: Stage;
  records: OpportunityRecord[];
  pinned: string | null;
  marks: PipelineMarks;
  now: Date;
  onDropCard: (id: string) => void;
  onMove: (record: OpportunityRecord, to: Stage) => void;
}) {
  const [limit, setLimit] = useState(CARDS_AT_ONCE);
  const [over, setOver] = useState(false);
  const shown = records.slice(0, limit);
  const extra =
    pinned && !shown.some((r) => r.id === pinned) && records.find((r) => r.id === pinned);
  if (extra) shown.push(extra);
  const left = records.length - Math.min(limit, records.length);
  const headingId = `column-${stage}`;
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(CARD_DRAG_TYPE);

  return (
    <section
      className={`board-column${over ? ' drop-target' : ''}`}
      aria-labelledby={headingId}
      data-stage={stage}
      data-testid="board-column"
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(e) => {
        // Leaving a card for the column around it is not leaving the column.
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) {
          setOver(false);
        }
      }}
      onDrop={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        setOver(false);
        onDropCard(e.dataTransfer.getData(CARD_DRAG_TYPE));
      }}
    >
      <h2 id={headingId} className="board-column-heading">
        {STAGE_LABELS[stage]} <span className="board-count">{records.length}</span>
      </h2>
      <ul className="board-cards" aria-labelledby={headingId}>
        {shown.map((record) => (
          <li key={record.id} data-card-id={record.id}>
            <BoardCard
              record={record}
              stage={stage}
              decision={marks.decisions.get(record.id)}
              now={now}
              onMove={onMove}
            />
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button
          type="button"
          className="button board-more"
          onClick={() => setLimit((n) => n + CARDS_AT_ONCE)}
        >
          Show {Math.min(left, CARDS_AT_ONCE)} more of {left} in {STAGE_LABELS[stage]}
        </button>
      )}
    </section>
  );
}
