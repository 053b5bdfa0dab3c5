import type { ConnectionType } from '@/contract/private-link';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

export function randomId(length: number, alphabet = LOWER_ALNUM): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
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
