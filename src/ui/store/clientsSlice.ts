/**
 * The client side's view state (issue 15): the client shown in the client inspector, and the
 * server whose data tree the data tree panel shows (the worker sends that one tree only).
 */
import type { StateCreator } from 'zustand/vanilla';

export interface ClientsSlice {
  selectedClient: string | null;
  treeSid: number | null;
  selectClient: (id: string | null) => void;
  setTreeSid: (sid: number | null) => void;
}

export const createClientsSlice: StateCreator<ClientsSlice> = (set) => ({
  selectedClient: null,
  treeSid: null,
  selectClient: (selectedClient) => set({ selectedClient }),
  setTreeSid: (treeSid) => set({ treeSid }),
});
