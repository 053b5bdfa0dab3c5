import { CONNECTION_TYPES, type ConnectionType, type DomainType } from '@/contract/private-link';

/**
 * What the mocked server knows of each endpoint-service provider. TODO: read these from the
 * console's provider registry once it lives in src/contract (the mock imports only the contract).
 */
export interface MockProvider {
  cloudProvider: string;
  /** Where the request and the resource carry the endpoint service. */
  field: 'awsEndpointService' | 'alicloudEndpointService';
  /** Whose console the user accepts the endpoint connection in. */
  consoleName: string;
  domainTypes: readonly DomainType[];
}

export const MOCK_PROVIDERS = {
  AWS_ENDPOINT_SERVICE: {
    cloudProvider: 'aws',
    field: 'awsEndpointService',
    consoleName: 'AWS',
    domainTypes: ['TIDBCLOUD_MANAGED', 'CONFLUENT'],
  },
  ALICLOUD_ENDPOINT_SERVICE: {
    cloudProvider: 'alicloud',
    field: 'alicloudEndpointService',
    consoleName: 'Alibaba Cloud',
    domainTypes: ['TIDBCLOUD_MANAGED'],
  },
} as const satisfies Record<ConnectionType, MockProvider>;

export function providerOf(type: string): MockProvider | undefined {
  return (CONNECTION_TYPES as readonly string[]).includes(type) ? MOCK_PROVIDERS[type as ConnectionType] : undefined;
}

/** The one connection type a cluster on `cloudProvider` offers. */
export function typeForCloud(cloudProvider: string): ConnectionType | undefined {
  return CONNECTION_TYPES.find((t) => MOCK_PROVIDERS[t].cloudProvider === cloudProvider);
}
