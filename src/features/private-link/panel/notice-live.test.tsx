import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { providersForCloud } from '@/contract/providers';
import { renderWithProviders } from '@/test/render';
import { liveNotice, type Notice } from './notice';
import { PrivateLinkPanel } from './private-link-panel';

const c = (state: string): PrivateLinkConnection => ({
  privateLinkConnectionId: 'plc-1',
  clusterId: 'c',
  displayName: 'n',
  type: 'AWS_ENDPOINT_SERVICE',
  state,
});
const created: Notice = {
  title: 'is being created',
  nextStepFor: c('CREATING'),
  about: { id: 'plc-1', states: ['CREATING', 'PENDING_ACCEPTANCE'] },
};
const deleting: Notice = { title: 'is being deleted', about: { id: 'plc-1', states: ['DELETING'] } };
const idle = { loading: false, filtered: false };

describe('notices follow the live state of their connection', () => {
  it('"being created" stays while Creating / Pending (with the live next step) and goes once it Failed or is Active', () => {
    expect(liveNotice(created, [c('PENDING_ACCEPTANCE')], idle)?.nextStepFor?.state).toBe(
      'PENDING_ACCEPTANCE',
    );
    expect(liveNotice(created, [c('FAILED')], idle)).toBeUndefined();
    expect(liveNotice(created, [c('ACTIVE')], idle)).toBeUndefined();
  });

  it('"being deleted" goes when the row is gone, but not while the list loads or a filter hides it', () => {
    expect(liveNotice(deleting, [c('DELETING')], idle)).toBe(deleting);
    expect(liveNotice(deleting, [], idle)).toBeUndefined();
    expect(liveNotice(deleting, [], { loading: true, filtered: false })).toBe(deleting);
    expect(liveNotice(deleting, [], { loading: false, filtered: true })).toBe(deleting);
  });

  it('a notice about no connection (attached, detached) stays until dismissed', () => {
    const attached: Notice = { title: 'attached' };
    expect(liveNotice(attached, [], idle)).toBe(attached);
  });
});

describe('a cloud without private link connections here', { timeout: 30_000 }, () => {
  it('a cloud the registry offers nothing on (GCP / Azure today): says the feature is not available there and offers no Create', async () => {
    const cloud = ['azure', 'gcp'].find((c) => providersForCloud(c).length === 0)!;
    renderWithProviders(
      <PrivateLinkPanel
        cluster={{ clusterId: AWS_CLUSTER_ID, regionId: 'us-central1', cloudProvider: cloud }}
      />,
    );
    expect(
      await screen.findByText(new RegExp(`available for clusters on .*\\. This cluster is on ${cloud}`)),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create Private Link Connection' })).not.toBeInTheDocument();
  });
});
