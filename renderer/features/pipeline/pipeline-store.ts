import { create } from 'zustand';
import { NO_FILTERS, type PipelineFilters, type SortKey } from './pipeline-model';

interface PipelineState {
  filters: PipelineFilters;
  sort: SortKey;
  setFilter<K extends keyof PipelineFilters>(key: K, value: PipelineFilters[K]): void;
  setSort(sort: SortKey): void;
  clearFilters(): void;
}

/** How the user has the pipeline arranged: session state, not stored with the data. */
export const usePipelineStore = create<PipelineState>((set) => ({
  filters: NO_FILTERS,
  sort: 'next',
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  setSort: (sort) => set({ sort }),
  clearFilters: () => set({ filters: NO_FILTERS }),
}));
