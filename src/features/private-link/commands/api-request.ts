/**
 * "Copy as API request": the call a dialog or a button makes, as a `curl` command against TiDB
 * Cloud's API, with the method, URL and JSON body the console sends (built by the same functions as
 * the requests themselves, in ../api). The API key is never in it: `curl --digest --user` reads the
 * public and private keys from `$TIDBCLOUD_PUBLIC_KEY` and `$TIDBCLOUD_PRIVATE_KEY`.
 * TiDB Cloud API: "All requests are authenticated through HTTP Digest Authentication":
 * https://docs.pingcap.com/tidbcloud/api-overview/
 */

import { shellQuote } from '@/lib/shell-quote';

/** The API host of the published description (/work/shared/contract/privatelink.openapi.yaml `servers`). */
export const API_BASE = 'https://serverless.tidbapi.com';

export interface ApiCall {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  path: string;
  body?: unknown;
}

export function curlCommand(call: ApiCall): string {
  const parts = [
    'curl --digest --user "$TIDBCLOUD_PUBLIC_KEY:$TIDBCLOUD_PRIVATE_KEY"',
    `--request ${call.method}`,
    shellQuote(`${API_BASE}${call.path}`),
  ];
  if (call.body !== undefined)
    parts.push("--header 'Content-Type: application/json'", `--data ${shellQuote(JSON.stringify(call.body))}`);
  return parts.join(' ');
}
