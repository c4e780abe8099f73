import { useState } from 'react';
import type { ChecklistItem, ChecklistStatus } from '../../../shared/workspace/model';
import { SaveStatus } from '../../lib/SaveStatus';
import { dueText, formatDay } from '../../../shared/calendar';
import { CHECKLIST_CATEGORY_LABELS, CHECKLIST_STATUS_LABELS } from './checklist-words';
import { useChecklistStore } from './checklist-store';
import { DraftDateInput, DraftInput, DraftTextarea } from './DraftField';
import { OWNER_NAMES_ID } from '../response-plan';

const STATUSES = Object.keys(CHECKLIST_STATUS_LABELS) as ChecklistStatus[];

/** "Quality answer: Q1 - Vision" already says what kind of item it is; a badge would repeat it. */
function saysCategory(item: ChecklistItem): boolean {
  const label = CHECKLIST_CATEGORY_LABELS[item.category].toLowerCase();
  return item.title.toLowerCase().startsWith(label);
}

/** One thing to prepare: tick it off, give it an owner, a due date, a status and notes. */
export function ChecklistItemRow({
  item,
  first,
  last,
  now,
}: {
  item: ChecklistItem;
  first: boolean;
  last: boolean;
  now: Date;
}) {
  const save = useChecklistStore((s) => s.saves[item.id]);
  const { update, remove, move, acknowledge } = useChecklistStore.getState();
  // The new status shows at once; it gives way to the stored one when the save lands (the item's
  // updatedAt changes) and is dropped if the save fails.
  const [pending, setPending] = useState<{ of: string; status: ChecklistStatus } | null>(null);
  const status = pending?.of === item.updatedAt ? pending.status : item.status;
  const setStatus = async (next: ChecklistStatus): Promise<void> => {
    setPending({ of: item.updatedAt, status: next });
    if (!(await update(item.id, { status: next }))) setPending(null);
  };
  const name = `“${item.title}”`;
  const finished = status === 'done' || status === 'not-needed';
  const due = item.dueDate && !finished ? dueText(item.dueDate, now) : null;

  return (
    <tr className={`checklist-item status-${status} ${item.movedFrom ? 'has-moved' : ''}`}>
      <td className="item-done">
        <input
          type="checkbox"
          checked={status === 'done'}
          aria-label={`Done: ${item.title}`}
          onChange={(e) => void setStatus(e.target.checked ? 'done' : 'todo')}
        />
      </td>
      <td className="item-title">
        <span className="item-name">{item.title}</span>{' '}
        {!saysCategory(item) && (
          <span className={`badge category-${item.category}`}>
            {CHECKLIST_CATEGORY_LABELS[item.category]}
          </span>
        )}
        {item.movedFrom && (
          <p className="moved-note">
            Due date moved from {formatDay(item.movedFrom, false)} to{' '}
            {item.dueDate ? formatDay(item.dueDate, false) : 'no date'} because the deadline moved.{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`OK, seen the new due date of ${name}`}
              onClick={() => void acknowledge([item.id], item.id)}
            >
              OK, seen
            </button>
          </p>
        )}
      </td>
      <td>
        <DraftInput
          className="item-owner"
          value={item.owner}
          placeholder="Who"
          list={OWNER_NAMES_ID}
          aria-label={`Owner of ${name}`}
          onCommit={(owner) => void update(item.id, { owner: owner.trim() })}
        />
      </td>
      <td className="item-due">
        <DraftDateInput
          value={item.dueDate ?? ''}
          aria-label={`Due date of ${name}`}
          onCommit={(day) => void update(item.id, { dueDate: day === '' ? null : day })}
        />
        <span className="due-line">
          {item.dueDate ? (
            formatDay(item.dueDate)
          ) : (
            <span className="muted">
              {item.category === 'presentation'
                ? 'Set it when the buyer gives the date'
                : 'No due date'}
            </span>
          )}
          {due && (
            <>
              {' '}
              <span className={`due-badge due-${due.urgency}`}>{due.text}</span>
            </>
          )}
        </span>
      </td>
      <td>
        <select
          value={status}
          aria-label={`Status of ${name}`}
          onChange={(e) => void setStatus(e.target.value as ChecklistStatus)}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {CHECKLIST_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <DraftTextarea
          className="item-notes"
          rows={1}
          value={item.notes}
          placeholder="Notes"
          aria-label={`Notes on ${name}`}
          onCommit={(notes) => void update(item.id, { notes })}
        />
      </td>
      <td className="item-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} up`}
          aria-disabled={first}
          onClick={() => {
            if (!first) void move(item, 'up');
          }}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} down`}
          aria-disabled={last}
          onClick={() => {
            if (!last) void move(item, 'down');
          }}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove ${name}`}
          onClick={() => void remove(item)}
        >
          Remove
        </button>
        <SaveStatus state={save} />
      </td>
    </tr>
  );
}
