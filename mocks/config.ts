/**
 * Timing of the mocked API. Defaults are realistic for clicking through by hand; tests set
 * their own. In the browser, `localStorage['plc-mock-config']` (JSON, any subset) overrides them.
 */
export interface MockTiming {
  /** Delay before each answer. */
  latencyMs: number;
  /** CREATING → PENDING_ACCEPTANCE (or FAILED). */
  creatingMs: number;
  /** PENDING_ACCEPTANCE → ACTIVE: the simulated acceptance in the AWS / Alibaba Cloud console. */
  acceptanceMs: number;
  /** DELETING → gone. */
  deletingMs: number;
}

export const DEFAULT_TIMING: MockTiming = {
  latencyMs: 300,
  creatingMs: 4000,
  acceptanceMs: 6000,
  deletingMs: 4000,
};

export const TEST_TIMING: MockTiming = { latencyMs: 0, creatingMs: 60_000, acceptanceMs: 60_000, deletingMs: 60_000 };

export const CONFIG_STORAGE_KEY = 'plc-mock-config';
/** v2: clusters' `regionId` as the API has it (`aws-us-east-1`), changefeeds. */
export const DB_STORAGE_KEY = 'plc-mock-db-v2';
