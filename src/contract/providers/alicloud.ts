import { ENDPOINT_SERVICE_PREREQUISITES } from './endpoint-service';
import type { Provider } from './types';

/**
 * Alibaba Cloud endpoint services: `com.aliyuncs.privatelink.<region>.epsrv-<id>`; regions of one
 * or more parts (`cn-hangzhou`, `ap-southeast-1`, `cn-shanghai-finance-1`, `cn-hangzhou-finance`).
 * Alibaba Cloud documents the `epsrv-` prefix, not the ID's length: any length is taken.
 */
export const alicloud = {
  type: 'ALICLOUD_ENDPOINT_SERVICE',
  cloud: 'alicloud',
  serviceField: 'alicloudEndpointService',
  serviceName: {
    pattern: /^com\.aliyuncs\.privatelink\.(?<region>[a-z]{2}(?:-[a-z0-9]+)+)\.(?<id>epsrv-[a-z0-9]+)$/,
    placeholder: 'com.aliyuncs.privatelink.<region>.epsrv-xxxxxxxxxxxxxxxxx',
    id: { prefix: 'epsrv-', length: 20, alphabet: 'alnum' },
    of: (region, serviceId) => `com.aliyuncs.privatelink.${region}.${serviceId}`,
  },
  regionCode: '[a-z]{2}(?:-[a-z0-9]+)+',
  // `…/endpointservice/ap-southeast-1/endpointservices/epsrv-…`
  paste: { regionInUrl: /\/endpointservice\/([a-z]{2}(?:-[a-z0-9]+)+)\//i },
  serviceRegionField: false,
  allowList: 'Service Whitelist',
  zoneId: /^[a-z]{2}(?:-[a-z0-9]+)+-?[a-z]$/,
  endpointId: { prefix: 'ep-', length: 20, alphabet: 'alnum' },
  // The international site (alibabacloud.com), as the TiDB Cloud guides link it; aliyun.com is the China site.
  consoleUrl: 'https://vpc.console.alibabacloud.com/endpointservice',
  serviceConsoleUrl: (region, serviceId) => `https://vpc.console.alibabacloud.com/endpointservice/${region}/endpointservices/${serviceId}`,
  // one domain for the connection, whatever its zones
  domains: [{ type: 'TIDBCLOUD_MANAGED', suffix: 'alicloud.tidbcloud.com', names: (u) => [`*.${u}.alicloud.plc.tidbcloud.com`] }],
  prerequisites: ENDPOINT_SERVICE_PREREQUISITES,
  cli: { serviceNameFlag: '--alicloud.endpoint-service-name' },
  messages: {
    cloud: 'cloud.alicloud',
    type: 'type.ALICLOUD_ENDPOINT_SERVICE',
    nextStep: 'nextStep.ALICLOUD_ENDPOINT_SERVICE',
    serviceFormat: 'problem.service.alicloud',
    consoleName: 'Alibaba Cloud',
  },
} as const satisfies Provider;
