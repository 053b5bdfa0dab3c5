import type { CloudType } from './clouds';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALPHABETS: Record<CloudType['endpointId']['alphabet'], string> = { hex: '0123456789abcdef', alnum: LOWER_ALNUM };

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

const ofShape = ({ prefix, length, alphabet }: CloudType['endpointId']) => `${prefix}${randomId(length, ALPHABETS[alphabet])}`;

/** The IDs the API and the clouds issue, in their real shapes (mocks/clouds.ts has the clouds'). */
export const newId = {
  connection: () => `plc-${randomId(20)}`,
  attachDomain: () => `ad-${randomId(16)}`,
  changefeed: () => `cfd-${randomId(16)}`,
  /** Opaque to the page; the spec gives no shape. */
  migration: () => `mig-${randomId(16)}`,
  /** A TiDB Cloud Managed unique name (the dry run generates it). */
  uniqueName: () => randomId(26),
  /** The endpoint the cloud creates for the connection. */
  endpoint: (type: CloudType) => ofShape(type.endpointId),
  /** A well-formed endpoint service name in `region`. */
  endpointService: (type: CloudType, region: string) => type.serviceNameOf(region, ofShape(type.serviceId)),
};
