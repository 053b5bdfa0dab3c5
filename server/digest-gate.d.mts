import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface SeenRequest {
  method: string;
  path: string;
  status: number;
  user?: string;
}

export interface DigestAuthOptions {
  keys: Record<string, string>;
  algorithm?: string;
  realm?: string;
  nonceTtlMs?: number;
  ratePerMinute?: number;
  latencyMs?: number;
}

export interface DigestAuth {
  before(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  seen: SeenRequest[];
  setRatePerMinute(n: number): void;
  expireNonces(): void;
}

export function createDigestAuth(options: DigestAuthOptions): DigestAuth;

export function createDigestGate(options: DigestAuthOptions & { upstream: string }): DigestAuth & {
  server: Server;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
};
