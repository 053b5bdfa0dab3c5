import { ENDPOINT_SERVICE_PREREQUISITES } from './endpoint-service';
import type { Provider } from './types';

/** The AWS console of a region's partition: GovCloud and China have their own. */
const consoleHost = (region: string) =>
  region.startsWith('us-gov-') ? 'console.amazonaws-us-gov.com' : region.startsWith('cn-') ? 'console.amazonaws.cn' : 'console.aws.amazon.com';

/**
 * AWS endpoint services: `com.amazonaws.vpce.<region>.vpce-svc-<id>`, the id 17 hex characters
 * (8 on older services); regions of every partition (`us-east-1`, `us-gov-west-1`, `cn-north-1`,
 * `eu-isoe-west-1`).
 */
export const aws = {
  type: 'AWS_ENDPOINT_SERVICE',
  cloud: 'aws',
  serviceField: 'awsEndpointService',
  serviceName: {
    pattern: /^com\.amazonaws\.vpce\.(?<region>[a-z]{2}(?:-[a-z]+)+-\d+)\.(?<id>vpce-svc-(?:[0-9a-f]{17}|[0-9a-f]{8}))$/,
    placeholder: 'com.amazonaws.vpce.<region>.vpce-svc-xxxxxxxxxxxxxxxxx',
    id: { prefix: 'vpce-svc-', length: 17, alphabet: 'hex' },
    of: (region, serviceId) => `com.amazonaws.vpce.${region}.${serviceId}`,
  },
  regionCode: '[a-z]{2}(?:-[a-z]+)+-\\d+',
  // `…/vpcconsole/home?region=eu-west-1#EndpointServiceDetails:endpointServiceId=vpce-svc-…`
  paste: { regionInUrl: /[?&]region=([a-z]{2}(?:-[a-z]+)+-\d{1,2})\b/i },
  serviceRegionField: true,
  allowList: 'Allow principals',
  zoneId: /^[a-z]{2,}\d-az\d+$/,
  // `vpce-` and 17 hex digits, the first one 0 on current endpoints
  endpointId: { prefix: 'vpce-0', length: 16, alphabet: 'hex' },
  consoleUrl: 'https://console.aws.amazon.com/vpcconsole/home#EndpointServices:',
  // The VPC console's endpoint service details (its Endpoint Connections tab is where requests are accepted).
  serviceConsoleUrl: (region, serviceId) =>
    `https://${region}.${consoleHost(region)}/vpcconsole/home?region=${region}#EndpointServiceDetails:endpointServiceId=${serviceId}`,
  domains: [
    // one per availability zone of the connection
    { type: 'TIDBCLOUD_MANAGED', suffix: 'aws.tidbcloud.com', names: (u, azIds) => azIds.map((az) => `*.${az}.${u}.aws.plc.tidbcloud.com`) },
    // the unique name is `<network-id>.<region>`: one for the network plus one per zone
    {
      type: 'CONFLUENT',
      suffix: 'aws.confluent.cloud',
      names: (u, azIds) => [`*.${u}.aws.confluent.cloud`, ...azIds.map((az) => `*.${az}.${u}.aws.confluent.cloud`)],
    },
  ],
  prerequisites: ENDPOINT_SERVICE_PREREQUISITES,
  cli: { serviceNameFlag: '--aws.endpoint-service-name', serviceRegionFlag: '--aws.endpoint-service-region' },
  messages: {
    cloud: 'cloud.aws',
    type: 'type.AWS_ENDPOINT_SERVICE',
    nextStep: 'nextStep.AWS_ENDPOINT_SERVICE',
    serviceFormat: 'problem.service.aws',
    consoleName: 'AWS',
  },
} as const satisfies Provider;
