import { create } from 'zustand';

/** How many buyers the list shows before "Show more": thousands of notices make hundreds. */
export const BUYERS_PAGE = 40;

interface BuyersState {
  /** The search box: buyer, supplier, contract or notice title. */
  search: string;
  /** How many matching buyers are shown. */
  shown: number;
  setSearch(search: string): void;
  showMore(): void;
}

/** Buyers screen state, kept while the user opens an opportunity and comes back. */
export const useBuyersStore = create<BuyersState>((set) => ({
  search: '',
  shown: BUYERS_PAGE,
  setSearch(search) {
    set({ search, shown: BUYERS_PAGE });
  },
  showMore() {
    set((s) => ({ shown: s.shown + BUYERS_PAGE }));
  },
}));
