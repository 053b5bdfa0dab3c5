import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID, seedConnections, SEED_PENDING_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { connectionQueryOptions } from '../api/get-connection';
import { privateLinkKeys } from '../api/keys';
import { PrivateLinkPanel } from '../panel/private-link-panel';
import { RowCallout } from './row-callout';

const pendingAws = seedConnections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)!;
const pendingAli: PrivateLinkConnection = {
  privateLinkConnectionId: 'plc-ali',
  clusterId: '1379661944646413144',
  displayName: 'rds-sg',
  type: 'ALICLOUD_ENDPOINT_SERVICE',
  alicloudEndpointService: { name: 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n2pz8jbx6hd5x7c9qf', endpointId: 'ep-t4nd0l3pqxhzq7c1f2gb' },
  state: 'PENDING_ACCEPTANCE',
  createTime: '2026-12-03T10:00:00Z',
  updateTime: '2026-12-03T10:20:00Z',
};
const failedAws: PrivateLinkConnection = {
  privateLinkConnectionId: 'plc-failed',
  clusterId: AWS_CLUSTER_ID,
  displayName: 'orders-west',
  type: 'AWS_ENDPOINT_SERVICE',
  awsEndpointService: { name: 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d4e5f60789', region: 'us-east-1' },
  state: 'FAILED',
  message:
    'The endpoint service com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d4e5f60789 is in us-west-2, but the connection looks for it in us-east-1. Create the endpoint service in us-east-1, or set awsEndpointService.region to its region, and try again.',
  createTime: '2026-12-03T10:00:00Z',
  updateTime: '2026-12-03T10:01:00Z',
};
const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const count = (endpoint: string) => db.requests.filter((r) => r.endpoint === endpoint).length;

describe('a pending connection’s steps in the user’s cloud', () => {
  it('AWS: the accept command and Terraform with its service ID and endpoint ID', async () => {
    const { user } = renderWithProviders(<RowCallout clusterId={AWS_CLUSTER_ID} connection={pendingAws} />);
    await user.click(await screen.findByText('Accept it from the command line'));
    expect(screen.getByRole('group', { name: 'AWS CLI' })).toHaveTextContent(
      'aws ec2 accept-vpc-endpoint-connections --region us-east-1 --service-id vpce-svc-07f6e5d4c3b2a1908 --vpc-endpoint-ids vpce-08a7b6c5d4e3f2019',
    );
    expect(screen.getByRole('group', { name: 'Terraform' })).toHaveTextContent('resource "aws_vpc_endpoint_connection_accepter"');
    await user.click(screen.getByRole('button', { name: 'Copy AWS CLI' }));
    expect(await navigator.clipboard.readText()).toContain('--vpc-endpoint-ids vpce-08a7b6c5d4e3f2019');
  });

  it('Alibaba Cloud: EnableVpcEndpointConnection with the epsrv ID and the endpoint ID, in Chinese too', async () => {
    const { user } = renderWithProviders(<RowCallout clusterId="1379661944646413144" connection={pendingAli} />, { lang: 'zh-CN' });
    await user.click(await screen.findByText('用命令行接受请求'));
    expect(screen.getByRole('group', { name: '阿里云 CLI' })).toHaveTextContent(
      'aliyun privatelink EnableVpcEndpointConnection --region ap-southeast-1 --RegionId ap-southeast-1 --ServiceId epsrv-t4n2pz8jbx6hd5x7c9qf --EndpointId ep-t4nd0l3pqxhzq7c1f2gb',
    );
    expect(screen.getByRole('group', { name: 'Terraform' })).toHaveTextContent('alicloud_privatelink_vpc_endpoint_connection');
  });

  it('says how long it has waited, from createTime and updateTime (fake clock)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-12-03T12:00:00Z'));
    try {
      renderWithProviders(<RowCallout clusterId="1379661944646413144" connection={pendingAli} />);
      const timing = await screen.findByTestId('state-timing');
      expect(timing).toHaveTextContent('Created 2 hours ago, last changed 1 hour ago.');
      expect(timing).toHaveTextContent('once you accept the request in your cloud, it becomes Active');
      // 100 minutes unchanged: past the hour acceptance usually takes, so what to check.
      expect(within(timing).getByRole('note')).toHaveTextContent('Waiting for 1 hour. Look for endpoint ep-t4nd0l3pqxhzq7c1f2gb among the connection requests of the endpoint service in ap-southeast-1');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('I accepted it — check now', () => {
  it('reads that connection once, even on a double click, and shows the answer in the row at once', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const button = await screen.findByRole('button', { name: 'I accepted it — check now' });
    db.acceptPending(AWS_CLUSTER_ID);
    const gets = count('getConnection');
    const lists = count('listConnections');
    fireEvent.click(button);
    fireEvent.click(button);
    // The row moves on at once (its pending guidance, with the button, goes with it), from that one Get.
    const row = screen.getByRole('rowheader', { name: 'kafka-events' }).closest('tr')!;
    expect(await within(row).findByText('Active')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'I accepted it — check now' })).toBeNull();
    expect(count('getConnection') - gets).toBe(1);
    expect(count('listConnections') - lists).toBe(0);
    void user;
  });

  it('reads again even while the details’ Get, sent before the user accepted, is still on its way', async () => {
    renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const button = await screen.findByRole('button', { name: 'I accepted it — check now' });
    // The details open: their Get reads "Pending acceptance", and its answer is late.
    db.setFault('getConnection', { kind: 'hang', afterWork: true, times: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Show details of kafka-events' }));
    await vi.waitFor(() => expect(count('getConnection')).toBeGreaterThan(0));
    db.acceptPending(AWS_CLUSTER_ID);
    fireEvent.click(button);
    const row = screen.getByRole('rowheader', { name: 'kafka-events' }).closest('tr')!;
    expect(await within(row).findByText('Active', undefined, { timeout: 5000 })).toBeInTheDocument();
    // The details show the check's answer too, not their Get's wait.
    expect(await screen.findByText('No domains are attached to this connection.')).toBeInTheDocument();
    expect(screen.queryByText('Loading attached domains…')).toBeNull();
  });

  /**
   * Opens `name`'s details with their Get held, has kafka-events accepted in the cloud and checks it
   * now; once the row says Active, the held Get answers.
   */
  async function checkNowWhileDetailsRead(name: string) {
    const rendered = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const button = await screen.findByRole('button', { name: 'I accepted it — check now' });
    const release = db.holdNextAnswer('getConnection');
    fireEvent.click(screen.getByRole('button', { name: `Show details of ${name}` }));
    await vi.waitFor(() => expect(count('getConnection')).toBe(1));
    db.acceptPending(AWS_CLUSTER_ID);
    fireEvent.click(button);
    const row = screen.getByRole('rowheader', { name: 'kafka-events' }).closest('tr')!;
    expect(await within(row).findByText('Active')).toBeInTheDocument();
    release();
    return { ...rendered, row };
  }

  it('keeps what it read when the details’ older Get answers afterwards', async () => {
    // The details' Get reads "Pending acceptance" now; its answer lands after the check's.
    const { queryClient, row } = await checkNowWhileDetailsRead('kafka-events');
    // Once the details' read is over (cancelled, or answered with the older state), their cached Get,
    // which the details and the row's dialogs read, still holds what the check found.
    const details = connectionQueryOptions(AWS_CLUSTER_ID, SEED_PENDING_ID).queryKey;
    await vi.waitFor(() => expect(queryClient.isFetching({ queryKey: details })).toBe(0), { timeout: 5000 });
    expect(queryClient.getQueryData(details)).toMatchObject({ state: 'ACTIVE' });
    expect(within(row).getByText('Active')).toBeInTheDocument();
  });

  it('reads the list again when a read of it, sent before the check, is still on its way', async () => {
    const { queryClient } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const button = await screen.findByRole('button', { name: 'I accepted it — check now' });
    // Another connection's details are open: the check reads neither them nor anything but its own.
    fireEvent.click(screen.getByRole('button', { name: 'Show details of orders-rds' }));
    await vi.waitFor(() => expect(count('getConnection')).toBe(1));
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
    // A background read of the list reads kafka-events as pending now; its answer lands after the check's.
    const release = db.holdNextAnswer('listConnections');
    const lists = count('listConnections');
    const gets = count('getConnection');
    const listKey = privateLinkKeys.lists(AWS_CLUSTER_ID);
    void queryClient.refetchQueries({ queryKey: listKey, type: 'active' });
    await vi.waitFor(() => expect(count('listConnections')).toBe(lists + 1));
    // The button is busy with its own check only, not with the list's read.
    expect(button).not.toHaveAttribute('aria-busy');
    expect(button).toHaveTextContent('I accepted it — check now');
    db.acceptPending(AWS_CLUSTER_ID);
    fireEvent.click(button);
    const row = screen.getByRole('rowheader', { name: 'kafka-events' }).closest('tr')!;
    expect(await within(row).findByText('Active')).toBeInTheDocument();
    release();
    // Once the list's reads are over, the row still says what the check found, from one more read.
    await vi.waitFor(() => expect(queryClient.isFetching({ queryKey: listKey })).toBe(0), { timeout: 5000 });
    await vi.waitFor(() => expect(count('listConnections')).toBe(lists + 2));
    await vi.waitFor(() => expect(queryClient.isFetching({ queryKey: listKey })).toBe(0));
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(count('getConnection') - gets).toBe(1); // the check's own Get, read once
  });

  it('leaves other reads alone: another connection’s details, still on their way, arrive', async () => {
    await checkNowWhileDetailsRead('orders-rds');
    expect((await screen.findAllByText(/dvs6nl5jgveztmla3pxkxgh76i/)).length).toBeGreaterThan(0);
  });

  it('says when it is still pending', async () => {
    renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await userClick(await screen.findByRole('button', { name: 'I accepted it — check now' }));
    expect(await screen.findByText(/Checked: still Pending acceptance\./)).toBeInTheDocument();
  });

  it('says it is checking while its Get is out', async () => {
    renderWithProviders(<RowCallout clusterId={AWS_CLUSTER_ID} connection={pendingAws} />);
    db.setFault('getConnection', { kind: 'hang', times: 1 });
    userClick(await screen.findByRole('button', { name: 'I accepted it — check now' }));
    const busy = await screen.findByRole('button', { name: 'Checking…' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says the state it found when it changed', async () => {
    db.acceptPending(AWS_CLUSTER_ID);
    // The row still shows its last known state; the check finds the new one.
    renderWithProviders(<RowCallout clusterId={AWS_CLUSTER_ID} connection={pendingAws} />);
    userClick(await screen.findByRole('button', { name: 'I accepted it — check now' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Checked: it is Active now.'));
    expect(screen.getByRole('button', { name: 'I accepted it — check now' })).not.toHaveAttribute('aria-busy');
  });

  it('says why it could not check, and can be used again', async () => {
    renderWithProviders(<RowCallout clusterId={AWS_CLUSTER_ID} connection={pendingAws} />);
    db.setFault('getConnection', { kind: 'http', status: 403, times: 1 });
    userClick(await screen.findByRole('button', { name: 'I accepted it — check now' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Could not check: [^{\s]/));
    const button = screen.getByRole('button', { name: 'I accepted it — check now' });
    expect(button).not.toHaveAttribute('aria-busy');
    userClick(button);
    expect(await screen.findByText(/Checked: still Pending acceptance\./)).toBeInTheDocument();
    expect(count('getConnection')).toBe(2);
  });
});

const userClick = (el: HTMLElement) => fireEvent.click(el);

describe('a failed row a person can act on', () => {
  it('tells the cause in words and in the form’s labels, keeps the API’s message as it is, offers Create again', async () => {
    const onRecreate = vi.fn();
    const { user } = renderWithProviders(<RowCallout clusterId={AWS_CLUSTER_ID} connection={failedAws} onRecreate={onRecreate} />);
    const box = await screen.findByTestId('failure');
    expect(box).toHaveTextContent('The endpoint service is in us-west-2, but TiDB Cloud looked for it in us-east-1.');
    expect(box).toHaveTextContent('Create it again with Endpoint Service Region set to us-west-2');
    await user.click(screen.getByText('Message from TiDB Cloud, as sent'));
    expect(within(box).getByText(failedAws.message!)).toBeInTheDocument();
    expect(box).toHaveTextContent('or set “Endpoint Service Region” to its region');
    await user.click(screen.getByRole('button', { name: 'Create again with these settings' }));
    expect(onRecreate).toHaveBeenCalledWith(failedAws);
  });

  it('in Chinese', async () => {
    renderWithProviders(<RowCallout clusterId={AWS_CLUSTER_ID} connection={failedAws} />, { lang: 'zh-CN' });
    expect(await screen.findByTestId('failure')).toHaveTextContent('endpoint service 位于 us-west-2，但 TiDB Cloud 在 us-east-1 中查找它。');
  });

  it('a message it does not recognise: still told as a failure, the message as it is', async () => {
    renderWithProviders(<RowCallout clusterId={AWS_CLUSTER_ID} connection={{ ...failedAws, message: 'quota exceeded (code 42)' }} />);
    expect(await screen.findByTestId('failure')).toHaveTextContent('TiDB Cloud could not establish this connection.');
    expect(screen.getByText('quota exceeded (code 42)')).toBeInTheDocument();
  });
});
