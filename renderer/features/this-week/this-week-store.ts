import { create } from 'zustand';

interface ThisWeekState {
  /** How many days ahead the agenda looks (from the start of today). */
  days: number;
  setDays(days: number): void;
}

/** This week screen state: how far ahead to look. */
export const useThisWeekStore = create<ThisWeekState>((set) => ({
  days: 7,
  setDays(days) {
    set({ days });
  },
}));
