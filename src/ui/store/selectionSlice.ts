/**
 * Selection: the server shown in the inspector, and the partition being drawn (the servers a
 * person put in group B) before it is applied.
 */
import type { StateCreator } from 'zustand/vanilla';

export interface SelectionSlice {
  selected: number | null;
  /** Group B while a partition is being chosen; null when not choosing. */
  partitionDraft: number[] | null;
  select: (sid: number | null) => void;
  startPartition: () => void;
  togglePartitionMember: (sid: number) => void;
  cancelPartition: () => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice> = (set) => ({
  selected: null,
  partitionDraft: null,
  select: (selected) => set({ selected }),
  startPartition: () => set({ partitionDraft: [] }),
  togglePartitionMember: (sid) =>
    set((s) => {
      if (!s.partitionDraft) return {};
      const has = s.partitionDraft.includes(sid);
      const next = has ? s.partitionDraft.filter((x) => x !== sid) : [...s.partitionDraft, sid];
      return { partitionDraft: next.sort((a, b) => a - b) };
    }),
  cancelPartition: () => set({ partitionDraft: null }),
});
