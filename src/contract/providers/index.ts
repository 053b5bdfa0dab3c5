import type { ConnectionType, PrivateLinkConnection } from '../private-link';
import type { Problem } from '../rules';
import { alicloud } from './alicloud';
import { aws } from './aws';
import type { Provider, RequestService, ServiceOf } from './types';

export type { IdShape, Provider, ServiceField } from './types';

/**
 * The one registry of endpoint-service providers. A connection type added to CONNECTION_TYPES does
 * not compile until it has an entry here (and its message keys exist in the catalogs).
 */
export const PROVIDERS = {
  AWS_ENDPOINT_SERVICE: aws,
  ALICLOUD_ENDPOINT_SERVICE: alicloud,
} as const satisfies Record<ConnectionType, Provider>;

/** One registry entry, with its literal message keys (so the UI can check them against its catalog). */
export type KnownProvider = (typeof PROVIDERS)[ConnectionType];
const ALL: readonly KnownProvider[] = Object.values(PROVIDERS);

/** The provider of a type the API sent, or undefined for a type this console does not know. */
export function providerOf(type: string | undefined): KnownProvider | undefined {
  return ALL.find((p) => p.type === type);
}

/** Every connection type offered on a cluster's cloud provider (a cloud may offer more than one), in registry order. */
export function providersForCloud(cloud: string): KnownProvider[] {
  return ALL.filter((p) => p.cloud === cloud);
}

/** The first connection type offered on a cloud: Create's default (its form offers every type of the cloud). */
export function providerForCloud(cloud: string): KnownProvider | undefined {
  return providersForCloud(cloud)[0];
}

/** A connection's endpoint service, whichever provider's field carries it. */
export function endpointServiceOf(c: Partial<Pick<PrivateLinkConnection, Provider['serviceField']>>): ServiceOf | undefined {
  for (const p of ALL) if (c[p.serviceField]) return c[p.serviceField];
  return undefined;
}

/** The region an endpoint service name is in, or undefined when the name is not well-formed. */
export function endpointServiceRegion(type: ConnectionType, name: string): string | undefined {
  return PROVIDERS[type].serviceName.pattern.exec(name)?.groups?.region;
}

/**
 * Where the user accepts the connection request: the provider console's page of this endpoint
 * service in its region (from the service name), or its endpoint services page for a name it cannot read.
 */
export function endpointServiceConsoleUrl(type: ConnectionType, name: string): string {
  const p = PROVIDERS[type];
  const { region, id } = p.serviceName.pattern.exec(name)?.groups ?? {};
  return region && id ? p.serviceConsoleUrl(region, id) : p.consoleUrl;
}

export function endpointServiceNameProblem(type: ConnectionType, name: string): Problem | undefined {
  if (name.length === 0) return { key: 'problem.service.empty' };
  if (endpointServiceRegion(type, name)) return undefined;
  return { key: PROVIDERS[type].messages.serviceFormat };
}

/** The Create request's endpoint-service field: `{ awsEndpointService: { name, region? } }` … */
export function requestService(type: ConnectionType, name: string, region?: string): RequestService {
  const p = PROVIDERS[type];
  return { [p.serviceField]: { name, ...(region && p.serviceRegionField ? { region } : {}) } };
}
