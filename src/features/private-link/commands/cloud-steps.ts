/**
 * The steps the user runs in their own cloud, as the cloud's CLI and as Terraform, with the IDs of
 * the connection and the cluster filled in: allow TiDB Cloud's account on the endpoint service
 * (before Create), accept TiDB Cloud's endpoint connection request (while pending). One entry per
 * connection type (the UI side of the provider registry); values are POSIX-shell quoted as the
 * ticloud commands are, a value not known yet shows as `<placeholder>`.
 */

import type { ConnectionType } from '@/contract/private-link';
import { endpointServiceRegion, PROVIDERS } from '@/contract/providers';
import { shellQuote } from '@/lib/shell-quote';
import type { MessageKey } from '@/locales/en';

export interface AllowInput {
  /** The endpoint service name as typed or stored (`com.amazonaws.vpce.<region>.vpce-svc-…`). */
  serviceName?: string;
  /** TiDB Cloud's account ID, from the availability-zones call. */
  accountId?: string;
  /** The endpoint service's region when the name does not say it (AWS: the form's other region). */
  region?: string;
}
export interface AcceptInput {
  serviceName?: string;
  /** The endpoint TiDB Cloud created (`vpce-…`, `ep-…`): the connection's `endpointId`. */
  endpointId?: string;
  region?: string;
}
export interface CloudSteps {
  /** The cloud's CLI, by name ("AWS CLI"). */
  cliName: MessageKey;
  allowCli: (input: AllowInput) => string;
  acceptCli: (input: AcceptInput) => string;
  allowTerraform: (input: AllowInput) => string;
  acceptTerraform: (input: AcceptInput) => string;
}

const arg = (value: string | undefined, placeholder: string) => (value ? shellQuote(value) : placeholder);
/** A Terraform string literal: JSON's escaping is HCL's for these characters; `${` and `%{` start templates, so doubled. */
const hcl = (value: string | undefined, placeholder: string) =>
  value ? JSON.stringify(value).replace(/([$%])\{/g, '$1$1{') : `"${placeholder}"`;

/**
 * The endpoint service ID is the last dot-separated part of its name (`…vpce-svc-0a1b…` on AWS,
 * `…epsrv-…` on Alibaba Cloud), where the name has the provider's form; undefined otherwise (the
 * command then shows a placeholder rather than a wrong ID). The API gives the name only.
 */
export function serviceIdOf(type: ConnectionType, name: string | undefined): string | undefined {
  const last = name?.trim().split('.').pop();
  return last && last.startsWith(PROVIDERS[type].serviceName.id.prefix) && last.length > PROVIDERS[type].serviceName.id.prefix.length
    ? last
    : undefined;
}

/** The region the endpoint service is in: from its name, else the one given (the form's or the connection's). */
export function serviceRegionOf(type: ConnectionType, name: string | undefined, fallback?: string): string | undefined {
  return (name && endpointServiceRegion(type, name.trim())) || fallback || undefined;
}

const awsId = (i: { serviceName?: string }) => arg(serviceIdOf('AWS_ENDPOINT_SERVICE', i.serviceName), '<vpce-svc-id>');
const awsRegion = (i: { serviceName?: string; region?: string }) =>
  arg(serviceRegionOf('AWS_ENDPOINT_SERVICE', i.serviceName, i.region), '<region>');
/** The account root principal; GovCloud and China regions have their own ARN partitions. */
const awsPrincipal = (accountId: string | undefined, region: string | undefined) => {
  const partition = region?.startsWith('us-gov-') ? 'aws-us-gov' : region?.startsWith('cn-') ? 'aws-cn' : 'aws';
  return `arn:${partition}:iam::${accountId || '<account-id>'}:root`;
};

const aliId = (i: { serviceName?: string }) => arg(serviceIdOf('ALICLOUD_ENDPOINT_SERVICE', i.serviceName), '<epsrv-id>');
const aliRegion = (i: { serviceName?: string; region?: string }) =>
  arg(serviceRegionOf('ALICLOUD_ENDPOINT_SERVICE', i.serviceName, i.region), '<region-id>');

export const CLOUD_STEPS: Record<ConnectionType, CloudSteps> = {
  AWS_ENDPOINT_SERVICE: {
    cliName: 'steps.cli.AWS_ENDPOINT_SERVICE',
    // AWS CLI reference, modify-vpc-endpoint-service-permissions (--service-id, --add-allowed-principals, global --region):
    // https://docs.aws.amazon.com/goto/cli2/ec2-2016-11-15/ModifyVpcEndpointServicePermissions
    allowCli: (i) => {
      const region = serviceRegionOf('AWS_ENDPOINT_SERVICE', i.serviceName, i.region);
      return `aws ec2 modify-vpc-endpoint-service-permissions --region ${awsRegion(i)} --service-id ${awsId(i)} --add-allowed-principals ${shellQuote(awsPrincipal(i.accountId, region))}`;
    },
    // AWS CLI, accept-vpc-endpoint-connections (--service-id, --vpc-endpoint-ids); API reference:
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptVpcEndpointConnections.html
    acceptCli: (i) =>
      `aws ec2 accept-vpc-endpoint-connections --region ${awsRegion(i)} --service-id ${awsId(i)} --vpc-endpoint-ids ${arg(i.endpointId, '<vpce-id>')}`,
    // Terraform AWS provider, aws_vpc_endpoint_service_allowed_principal (vpc_endpoint_service_id, principal_arn):
    // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_endpoint_service_allowed_principal
    allowTerraform: (i) => {
      const region = serviceRegionOf('AWS_ENDPOINT_SERVICE', i.serviceName, i.region);
      return [
        '# Conflicts with an inline allowed_principals on aws_vpc_endpoint_service: use one or the other.',
        `# The endpoint service is in ${region ?? '<region>'}: the aws provider's region.`,
        'resource "aws_vpc_endpoint_service_allowed_principal" "tidb_cloud" {',
        `  vpc_endpoint_service_id = ${hcl(serviceIdOf('AWS_ENDPOINT_SERVICE', i.serviceName), '<vpce-svc-id>')}`,
        `  principal_arn           = ${hcl(awsPrincipal(i.accountId, region), '')}`,
        '}',
      ].join('\n');
    },
    // aws_vpc_endpoint_connection_accepter (vpc_endpoint_service_id, vpc_endpoint_id):
    // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_endpoint_connection_accepter
    acceptTerraform: (i) =>
      [
        `# The endpoint service is in ${serviceRegionOf('AWS_ENDPOINT_SERVICE', i.serviceName, i.region) ?? '<region>'}: the aws provider's region.`,
        'resource "aws_vpc_endpoint_connection_accepter" "tidb_cloud" {',
        `  vpc_endpoint_service_id = ${hcl(serviceIdOf('AWS_ENDPOINT_SERVICE', i.serviceName), '<vpce-svc-id>')}`,
        `  vpc_endpoint_id         = ${hcl(i.endpointId, '<vpce-id>')}`,
        '}',
      ].join('\n'),
  },
  ALICLOUD_ENDPOINT_SERVICE: {
    cliName: 'steps.cli.ALICLOUD_ENDPOINT_SERVICE',
    // PrivateLink API AddUserToVpcEndpointService: RegionId, ServiceId (the epsrv-… ID, not the name), UserId (the account ID):
    // https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-addusertovpcendpointservice
    // The CLI calls RPC APIs as `aliyun <product> <Api> --Param value`; --region picks the regional endpoint:
    // https://www.alibabacloud.com/help/en/cli/command-line-options
    allowCli: (i) =>
      `aliyun privatelink AddUserToVpcEndpointService --region ${aliRegion(i)} --RegionId ${aliRegion(i)} --ServiceId ${aliId(i)} --UserId ${arg(i.accountId, '<account-id>')}`,
    // EnableVpcEndpointConnection: RegionId, ServiceId, EndpointId:
    // https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-enablevpcendpointconnection
    acceptCli: (i) =>
      `aliyun privatelink EnableVpcEndpointConnection --region ${aliRegion(i)} --RegionId ${aliRegion(i)} --ServiceId ${aliId(i)} --EndpointId ${arg(i.endpointId, '<ep-id>')}`,
    // alicloud_privatelink_vpc_endpoint_service_user (service_id, user_id):
    // https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service_user
    allowTerraform: (i) =>
      [
        'resource "alicloud_privatelink_vpc_endpoint_service_user" "tidb_cloud" {',
        `  service_id = ${hcl(serviceIdOf('ALICLOUD_ENDPOINT_SERVICE', i.serviceName), '<epsrv-id>')}`,
        `  user_id    = ${hcl(i.accountId, '<account-id>')}`,
        '}',
      ].join('\n'),
    // The provider names this resource alicloud_privatelink_vpc_endpoint_connection (Pulumi:
    // privatelink.VpcEndpointServiceConnection); service_id, endpoint_id:
    // https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_connection
    acceptTerraform: (i) =>
      [
        'resource "alicloud_privatelink_vpc_endpoint_connection" "tidb_cloud" {',
        `  service_id  = ${hcl(serviceIdOf('ALICLOUD_ENDPOINT_SERVICE', i.serviceName), '<epsrv-id>')}`,
        `  endpoint_id = ${hcl(i.endpointId, '<ep-id>')}`,
        '}',
      ].join('\n'),
  },
};
