import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { NO_FILTERS, type PipelineFilters, type SortKey } from './pipeline-model';

/** The pipeline as a list of rows, or as a board with a column per stage. */
export type PipelineLayout = 'list' | 'board';

interface PipelineState {
  filters: PipelineFilters;
  sort: SortKey;
  layout: PipelineLayout;
  /** Show closed and no-bid opportunities too (hidden by default: see `showInPipeline`). */
  showEnded: boolean;
  setFilter<K extends keyof PipelineFilters>(key: K, value: PipelineFilters[K]): void;
  setSort(sort: SortKey): void;
  setLayout(layout: PipelineLayout): void;
  setShowEnded(show: boolean): void;
  clearFilters(): void;
}

/**
 * How the user has the pipeline arranged: not stored with the data. The layout and whether ended
 * bids show are remembered on this computer (local storage), so the pipeline opens as it was
 * left; filters and sort last the session.
 */
export const usePipelineStore = create<PipelineState>()(
  persist(
    (set) => ({
      filters: NO_FILTERS,
      sort: 'next',
      layout: 'list',
      showEnded: false,
      setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
      setSort: (sort) => set({ sort }),
      setLayout: (layout) => set({ layout }),
      setShowEnded: (showEnded) => set({ showEnded }),
      clearFilters: () => set({ filters: NO_FILTERS }),
    }),
    {
      name: 'bid-desk.pipeline',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ layout: s.layout, showEnded: s.showEnded }),
    },
  ),
);
