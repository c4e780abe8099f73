import { create } from 'zustand';
import {
  icsRevisions,
  toCsv,
  toIcs,
  type IcsReminder,
  type TimelineItem,
} from '../../../shared/timeline';
import { getIcsReminder, getIcsRevisions, saveIcsReminder, saveIcsRevisions } from '../../db';
import { services, writeContext } from '../../app/services';
import { errorInWords } from '../../lib/error-words';

interface TimelineState {
  /** The calendar's month (`yyyy-MM`); null means this month. */
  month: string | null;
  /** What the last export or print did, for the status line ("" before any). */
  message: string;
  /** The calendar export holds only the milestones (this session's choice). */
  milestonesOnly: boolean;
  setMonth(month: string | null): void;
  setMilestonesOnly(milestonesOnly: boolean): void;
  /** Remember the reminder calendar exports set on deadlines (a user setting). */
  setReminder(reminder: IcsReminder): Promise<void>;
  /**
   * Save items as an iCalendar file through the bridge (save dialog or download), with the
   * user's reminder; once saved, each changed event's revision is stored (its next SEQUENCE).
   */
  exportIcs(items: readonly TimelineItem[], name: string, calendarName: string): Promise<void>;
  /** Save items as a spreadsheet (CSV) through the bridge. */
  exportCsv(items: readonly TimelineItem[], name: string): Promise<void>;
  /** Print the page (its print stylesheet) or save it as a PDF. */
  print(name: string): Promise<void>;
}

async function save(
  run: () => Promise<boolean>,
  done: string,
  set: (state: Partial<TimelineState>) => void,
): Promise<void> {
  try {
    set({ message: (await run()) ? done : 'Cancelled: nothing was saved.' });
  } catch (error: unknown) {
    set({ message: errorInWords(error, 'The file could not be saved.') });
  }
}

/** Timeline and calendar screen state (month shown, last export) and their export actions. */
export const useTimelineStore = create<TimelineState>((set, get) => ({
  month: null,
  message: '',
  milestonesOnly: false,
  setMonth(month) {
    set({ month });
  },
  setMilestonesOnly(milestonesOnly) {
    set({ milestonesOnly });
  },
  async setReminder(reminder) {
    try {
      await saveIcsReminder(services().db, reminder, writeContext());
    } catch (error: unknown) {
      set({ message: errorInWords(error, 'The reminder could not be saved.') });
    }
  },
  async exportIcs(items, name, calendarName) {
    const { bridge, db, now } = services();
    await save(
      async () => {
        const [reminder, previous] = await Promise.all([getIcsReminder(db), getIcsRevisions(db)]);
        const options = {
          calendarName,
          now: now(),
          reminder,
          milestonesOnly: get().milestonesOnly,
        };
        const revisions = icsRevisions(items, options, previous);
        const saved = await bridge.saveText(
          name,
          'text/calendar',
          toIcs(items, { ...options, revisions }),
        );
        if (saved) await saveIcsRevisions(db, revisions);
        return saved;
      },
      `Saved ${name}.`,
      set,
    );
  },
  async exportCsv(items, name) {
    const { bridge } = services();
    await save(() => bridge.saveText(name, 'text/csv', toCsv(items)), `Saved ${name}.`, set);
  },
  async print(name) {
    const { bridge } = services();
    await save(() => bridge.printToPdf(name), `Printed ${name}.`, set);
  },
}));
