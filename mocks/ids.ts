import type { ConnectionType } from '@/contract/private-link';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** Random bytes drawn from a pool refilled 4 KiB at a time (seeding 1,000 connections draws ~50,000). */
const pool = new Uint8Array(4096);
let used = pool.length;

export function randomId(length: number, alphabet = LOWER_ALNUM): string {
  let id = '';
  for (let i = 0; i < length; i++) {
    if (used === pool.length) {
      crypto.getRandomValues(pool);
      used = 0;
    }
    id += alphabet[pool[used++]! % alphabet.length];
  }
  return id;
}

/** The IDs the API and the clouds issue, in their real shapes. */
export const newId = {
  connection: () => `plc-${randomId(20)}`,
  attachDomain: () => `ad-${randomId(16)}`,
  changefeed: () => `cfd-${randomId(16)}`,
  /** A TiDB Cloud Managed unique name (the dry run generates it). */
  uniqueName: () => randomId(26),
  /** The endpoint the cloud creates for the connection: `vpce-0…` (AWS), `ep-…` (Alibaba Cloud). */
  endpoint: (type: ConnectionType | (string & {})) =>
    type === 'ALICLOUD_ENDPOINT_SERVICE' ? `ep-${randomId(20)}` : `vpce-0${randomId(16, HEX)}`,
  /** A well-formed endpoint service name in `region`. */
  endpointService: (type: ConnectionType | (string & {}), region: string) =>
    type === 'ALICLOUD_ENDPOINT_SERVICE'
      ? `com.aliyuncs.privatelink.${region}.epsrv-${randomId(20)}`
      : `com.amazonaws.vpce.${region}.vpce-svc-${randomId(17, HEX)}`,
};
