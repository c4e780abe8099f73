import { create } from 'zustand';
import { toCsv, toIcs, type TimelineItem } from '../../../shared/timeline';
import { services } from '../../app/services';
import { errorInWords } from '../../lib/error-words';

interface TimelineState {
  /** The calendar's month (`yyyy-MM`); null means this month. */
  month: string | null;
  /** What the last export or print did, for the status line ("" before any). */
  message: string;
  setMonth(month: string | null): void;
  /** Save items as an iCalendar file through the bridge (save dialog or download). */
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
export const useTimelineStore = create<TimelineState>((set) => ({
  month: null,
  message: '',
  setMonth(month) {
    set({ month });
  },
  async exportIcs(items, name, calendarName) {
    const { bridge, now } = services();
    const text = toIcs(items, { calendarName, now: now() });
    await save(() => bridge.saveText(name, 'text/calendar', text), `Saved ${name}.`, set);
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
