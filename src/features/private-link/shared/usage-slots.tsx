import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { PrivateLinkConnection } from '@/contract/private-link';

/** What a Delete / Detach Domains dialog gives the usage gate. */
export interface UsageGateProps {
  clusterId: string;
  connection: PrivateLinkConnection;
  action: 'delete' | 'detach';
  /** While the dialog's request is under way. */
  disabled: boolean;
  /** Whether the dialog may be submitted as far as the connection's users go. */
  onReadyChange: (ready: boolean) => void;
}

/**
 * Who uses a connection is not this feature's to know: the app may provide these slots (the
 * changefeeds that ride on each connection). Without a provider the panel shows no usage.
 */
export interface UsageSlots {
  /** The "Used by" cell of a row. */
  Cell: ComponentType<{ clusterId: string; connection: PrivateLinkConnection }>;
  /** In a row's details; `connection` carries its attached domains once Get has answered. */
  Details: ComponentType<{ clusterId: string; connection: PrivateLinkConnection }>;
  /** In Delete and Detach Domains: what the action breaks; the submit waits for `onReadyChange(true)`. */
  Gate: ComponentType<UsageGateProps>;
  /** CLI commands that show the usage, listed before a dialog's own command. */
  commands: (clusterId: string) => string[];
  /** A filter beside State: its control, and (once usage is known) the rows it keeps. */
  filter?: {
    control: ReactNode;
    match?: { key: string; test: (connection: PrivateLinkConnection) => boolean };
    /** Its parameter in the address: Clear filters removes it with the others, in one history entry. */
    param: string;
  };
}

export const UsageSlotsContext = createContext<UsageSlots | undefined>(undefined);
export const useUsageSlots = () => useContext(UsageSlotsContext);
