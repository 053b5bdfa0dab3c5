/**
 * The `ticloud serverless private-link-connection …` command that does what a dialog does, with the
 * values in the form, in the syntax of the product docs. Values are POSIX-shell quoted; a value not
 * typed yet shows as the docs' placeholder (`<display-name>` …).
 */

import type { ConnectionType, DomainType } from '@/contract/private-link';
import { PROVIDERS } from '@/contract/providers';
import { shellQuote } from '@/lib/shell-quote';


const arg = (value: string | undefined, placeholder: string) => (value ? shellQuote(value) : placeholder);
const BASE = 'ticloud serverless private-link-connection';

export function zonesCommand(clusterId: string): string {
  return `${BASE} zones --cluster-id ${arg(clusterId, '<cluster-id>')}`;
}

export function createCommand(input: {
  clusterId: string;
  displayName?: string;
  type: ConnectionType;
  endpointServiceName?: string;
  /** The endpoint service's region when it is not the cluster's (AWS: `--aws.endpoint-service-region`). */
  endpointServiceRegion?: string;
}): string {
  const { cli } = PROVIDERS[input.type];
  const regionFlag = 'serviceRegionFlag' in cli ? cli.serviceRegionFlag : undefined;
  return [
    `${BASE} create -c ${arg(input.clusterId, '<cluster-id>')}`,
    `--display-name ${arg(input.displayName, '<display-name>')}`,
    `--type ${input.type}`,
    `${cli.serviceNameFlag} ${arg(input.endpointServiceName, '<endpoint-service-name>')}`,
    ...(regionFlag && input.endpointServiceRegion !== undefined ? [`${regionFlag} ${arg(input.endpointServiceRegion, '<region>')}`] : []),
  ].join(' ');
}

const target = (clusterId: string, connectionId: string) =>
  `-c ${arg(clusterId, '<cluster-id>')} --private-link-connection-id ${arg(connectionId, '<private-link-connection-id>')}`;

export function attachDomainsCommand(input: {
  clusterId: string;
  connectionId: string;
  type: DomainType;
  uniqueName?: string;
  dryRun?: boolean;
}): string {
  const tail = input.dryRun ? '--dry-run' : `--unique-name ${arg(input.uniqueName, '<unique-name>')}`;
  return `${BASE} attach-domains ${target(input.clusterId, input.connectionId)} --type ${input.type} ${tail}`;
}

export function detachDomainsCommand(input: { clusterId: string; connectionId: string; attachDomainId?: string }): string {
  return `${BASE} detach-domains ${target(input.clusterId, input.connectionId)} --attach-domain-id ${arg(input.attachDomainId, '<attach-domain-id>')}`;
}

export function getCommand(input: { clusterId: string; connectionId: string }): string {
  return `${BASE} get ${target(input.clusterId, input.connectionId)}`;
}

export function deleteCommand(input: { clusterId: string; connectionId: string }): string {
  return `${BASE} delete ${target(input.clusterId, input.connectionId)}`;
}
