import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { PrivateLinkConnection } from '@/contract/private-link';

/** What a Delete / Detach Domains dialog asks the usage gate. */
export interface UsageGateProps {
  clusterId: string;
  connection: PrivateLinkConnection;
  action: 'delete' | 'detach';
  /** While the dialog's request is under way. */
  disabled: boolean;
}

/**
 * Who uses a connection is not this feature's to know: the app may provide these slots (the
 * changefeeds and migrations that ride on each connection); they never change while the page is
 * shown. Without a provider the panel shows no usage.
 */
export interface UsageSlots {
  /** The "Used by" cell of a row. */
  Cell: ComponentType<{ clusterId: string; connection: PrivateLinkConnection }>;
  /** In a row's details; `connection` carries its attached domains once Get has answered. */
  Details: ComponentType<{ clusterId: string; connection: PrivateLinkConnection }>;
  /** A hook, in Delete and Detach Domains: what the action breaks (`gate`), and whether the submit may go (`ready`). */
  useGate: (props: UsageGateProps) => { ready: boolean; gate: ReactNode };
  /** CLI commands that show the usage, listed before a dialog's own command. */
  commands: (clusterId: string) => string[];
}

/** A filter beside State: its control, and (once usage is known) the rows it keeps. It changes with its value, so it has its own context. */
export interface UsageFilterSlot {
  control: ReactNode;
  match?: { key: string; test: (connection: PrivateLinkConnection) => boolean };
  /** Its parameter in the address: Clear filters removes it with the others, in one history entry. */
  param: string;
}

export const UsageSlotsContext = createContext<UsageSlots | undefined>(undefined);
export const useUsageSlots = () => useContext(UsageSlotsContext);
export const UsageFilterContext = createContext<UsageFilterSlot | undefined>(undefined);
export const useUsageFilter = () => useContext(UsageFilterContext);

const noGate = () => ({ ready: true, gate: null });

/** The usage gate of a dialog, or (no usage provided) nothing, always ready. */
export function useUsageGate(props: UsageGateProps) {
  const useGate = useUsageSlots()?.useGate ?? noGate;
  return useGate(props);
}
