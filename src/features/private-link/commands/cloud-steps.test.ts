import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CONNECTION_TYPES } from '@/contract/private-link';
import { CLOUD_STEPS, serviceIdOf, serviceRegionOf } from './cloud-steps';

const AWS_NAME = 'com.amazonaws.vpce.us-east-1.vpce-svc-07f6e5d4c3b2a1908';
const ALI_NAME = 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n2pz8jbx6hd5x7c9qf';
const aws = CLOUD_STEPS.AWS_ENDPOINT_SERVICE;
const ali = CLOUD_STEPS.ALICLOUD_ENDPOINT_SERVICE;

/** The words a POSIX shell reads from a command line (no command run: `set --` then print each argument). */
const argv = (command: string) =>
  execFileSync('sh', ['-c', `set -- ${command.replace(/^\S+/, '')}; printf '%s\\0' "$@"`], { encoding: 'utf8' })
    .split('\0')
    .slice(0, -1);
/** The value after `flag` in the shell's reading of `command`. */
const flag = (command: string, name: string) => {
  const words = argv(command);
  const at = words.indexOf(name);
  return at < 0 ? undefined : words[at + 1];
};

describe('endpoint service IDs', () => {
  it('are the last part of the service name, in the provider’s shape', () => {
    expect(serviceIdOf('AWS_ENDPOINT_SERVICE', AWS_NAME)).toBe('vpce-svc-07f6e5d4c3b2a1908');
    expect(serviceIdOf('ALICLOUD_ENDPOINT_SERVICE', ALI_NAME)).toBe('epsrv-t4n2pz8jbx6hd5x7c9qf');
    // typed with spaces around it, as pasted from a console
    expect(serviceIdOf('AWS_ENDPOINT_SERVICE', ` ${AWS_NAME} `)).toBe('vpce-svc-07f6e5d4c3b2a1908');
  });
  it('are not guessed from a name of another shape (a placeholder shows instead)', () => {
    expect(serviceIdOf('AWS_ENDPOINT_SERVICE', ALI_NAME)).toBeUndefined();
    expect(serviceIdOf('ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.cn-hangzhou')).toBeUndefined();
    expect(serviceIdOf('AWS_ENDPOINT_SERVICE', '')).toBeUndefined();
    expect(serviceIdOf('AWS_ENDPOINT_SERVICE', undefined)).toBeUndefined();
  });
  it('find the region in the name first, else the one given', () => {
    expect(serviceRegionOf('AWS_ENDPOINT_SERVICE', AWS_NAME, 'eu-west-1')).toBe('us-east-1');
    expect(serviceRegionOf('AWS_ENDPOINT_SERVICE', 'vpce-svc-1', 'eu-west-1')).toBe('eu-west-1');
    expect(serviceRegionOf('ALICLOUD_ENDPOINT_SERVICE', ALI_NAME)).toBe('ap-southeast-1');
  });
});

describe('AWS CLI', () => {
  it('allows TiDB Cloud’s account on the service: region, service ID and the account’s root ARN in their flags', () => {
    const cmd = aws.allowCli({ serviceName: AWS_NAME, accountId: '380838443567' });
    expect(cmd).toBe(
      'aws ec2 modify-vpc-endpoint-service-permissions --region us-east-1 --service-id vpce-svc-07f6e5d4c3b2a1908 --add-allowed-principals arn:aws:iam::380838443567:root',
    );
    expect(argv(cmd).slice(0, 2)).toEqual(['ec2', 'modify-vpc-endpoint-service-permissions']);
    expect(flag(cmd, '--service-id')).toBe('vpce-svc-07f6e5d4c3b2a1908');
    expect(flag(cmd, '--add-allowed-principals')).toBe('arn:aws:iam::380838443567:root');
  });
  it('uses the partition of GovCloud and China regions in the ARN', () => {
    expect(aws.allowCli({ serviceName: 'com.amazonaws.vpce.us-gov-west-1.vpce-svc-0123456789abcdef0', accountId: '1' })).toContain('arn:aws-us-gov:iam::1:root');
    expect(aws.allowCli({ serviceName: 'com.amazonaws.vpce.cn-north-1.vpce-svc-0123456789abcdef0', accountId: '1' })).toContain('arn:aws-cn:iam::1:root');
  });
  it('accepts the pending request: service ID and endpoint ID in their flags', () => {
    const cmd = aws.acceptCli({ serviceName: AWS_NAME, endpointId: 'vpce-08a7b6c5d4e3f2019' });
    expect(cmd).toBe(
      'aws ec2 accept-vpc-endpoint-connections --region us-east-1 --service-id vpce-svc-07f6e5d4c3b2a1908 --vpc-endpoint-ids vpce-08a7b6c5d4e3f2019',
    );
    expect(flag(cmd, '--vpc-endpoint-ids')).toBe('vpce-08a7b6c5d4e3f2019');
    expect(flag(cmd, '--region')).toBe('us-east-1');
  });
  it('shows placeholders for what is not known yet (an empty form)', () => {
    expect(aws.allowCli({})).toBe(
      "aws ec2 modify-vpc-endpoint-service-permissions --region <region> --service-id <vpce-svc-id> --add-allowed-principals 'arn:aws:iam::<account-id>:root'",
    );
    expect(aws.allowCli({ region: 'eu-west-1' })).toContain('--region eu-west-1 ');
  });
  it('quotes a value a shell would otherwise read differently', () => {
    const cmd = aws.acceptCli({ serviceName: AWS_NAME, endpointId: "vpce-0a b'$x" });
    expect(flag(cmd, '--vpc-endpoint-ids')).toBe("vpce-0a b'$x");
  });
});

describe('Alibaba Cloud CLI', () => {
  it('adds TiDB Cloud’s account to the Service Whitelist: the epsrv ID (not the name), region and account ID', () => {
    const cmd = ali.allowCli({ serviceName: ALI_NAME, accountId: '5302480416573984' });
    expect(cmd).toBe(
      'aliyun privatelink AddUserToVpcEndpointService --region ap-southeast-1 --RegionId ap-southeast-1 --ServiceId epsrv-t4n2pz8jbx6hd5x7c9qf --UserId 5302480416573984',
    );
    expect(flag(cmd, '--ServiceId')).toBe('epsrv-t4n2pz8jbx6hd5x7c9qf');
    expect(flag(cmd, '--UserId')).toBe('5302480416573984');
  });
  it('accepts the pending request: service ID and endpoint ID in their parameters', () => {
    const cmd = ali.acceptCli({ serviceName: ALI_NAME, endpointId: 'ep-t4nd0l3pqxhzq7c1f2gb' });
    expect(cmd).toBe(
      'aliyun privatelink EnableVpcEndpointConnection --region ap-southeast-1 --RegionId ap-southeast-1 --ServiceId epsrv-t4n2pz8jbx6hd5x7c9qf --EndpointId ep-t4nd0l3pqxhzq7c1f2gb',
    );
    expect(flag(cmd, '--EndpointId')).toBe('ep-t4nd0l3pqxhzq7c1f2gb');
    expect(flag(cmd, '--RegionId')).toBe('ap-southeast-1');
  });
});

describe('Terraform', () => {
  it('AWS: the allowed principal resource, with its conflict said, and the accepter', () => {
    const allow = aws.allowTerraform({ serviceName: AWS_NAME, accountId: '380838443567' });
    expect(allow).toContain('resource "aws_vpc_endpoint_service_allowed_principal"');
    expect(allow).toMatch(/allowed_principals on aws_vpc_endpoint_service/);
    expect(allow).toMatch(/vpc_endpoint_service_id = "vpce-svc-07f6e5d4c3b2a1908"/);
    expect(allow).toMatch(/principal_arn += "arn:aws:iam::380838443567:root"/);
    const accept = aws.acceptTerraform({ serviceName: AWS_NAME, endpointId: 'vpce-08a7b6c5d4e3f2019' });
    expect(accept).toContain('resource "aws_vpc_endpoint_connection_accepter"');
    expect(accept).toMatch(/vpc_endpoint_id += "vpce-08a7b6c5d4e3f2019"/);
  });
  it('Alibaba Cloud: the service user and the endpoint connection', () => {
    const allow = ali.allowTerraform({ serviceName: ALI_NAME, accountId: '5302480416573984' });
    expect(allow).toContain('resource "alicloud_privatelink_vpc_endpoint_service_user"');
    expect(allow).toMatch(/service_id = "epsrv-t4n2pz8jbx6hd5x7c9qf"/);
    expect(allow).toMatch(/user_id += "5302480416573984"/);
    const accept = ali.acceptTerraform({ serviceName: ALI_NAME, endpointId: 'ep-t4nd0l3pqxhzq7c1f2gb' });
    expect(accept).toContain('resource "alicloud_privatelink_vpc_endpoint_connection"');
    expect(accept).toMatch(/endpoint_id = "ep-t4nd0l3pqxhzq7c1f2gb"/);
  });
  it('writes values as HCL strings (quotes escaped, no template started)', () => {
    const accept = aws.acceptTerraform({ serviceName: AWS_NAME, endpointId: 'vpce-"${x}' });
    expect(accept).toContain('vpc_endpoint_id         = "vpce-\\"$${x}"');
  });
  it('has every step for every connection type', () => {
    for (const type of CONNECTION_TYPES) for (const step of [CLOUD_STEPS[type].allowCli, CLOUD_STEPS[type].acceptCli, CLOUD_STEPS[type].allowTerraform, CLOUD_STEPS[type].acceptTerraform]) expect(step({})).toMatch(/<[a-z-]+>/);
  });
});
