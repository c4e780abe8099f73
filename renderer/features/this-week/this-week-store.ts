import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface ThisWeekState {
  /** How many days ahead the agenda looks (from the start of today). */
  days: number;
  /** Whether the "Overdue" group is open; kept across restarts, as the user left it. */
  overdueOpen: boolean;
  setDays(days: number): void;
  setOverdueOpen(open: boolean): void;
}

/** This week screen state: how far ahead to look, and whether the overdue items show. */
export const useThisWeekStore = create<ThisWeekState>()(
  persist(
    (set) => ({
      days: 7,
      overdueOpen: true,
      setDays(days) {
        set({ days });
      },
      setOverdueOpen(open) {
        set({ overdueOpen: open });
      },
    }),
    {
      name: 'bid-desk.this-week',
      storage: createJSONStorage(() => localStorage),
      // Only the group's state: the look-ahead starts at a week each time, as before.
      partialize: (s) => ({ overdueOpen: s.overdueOpen }),
    },
  ),
);
