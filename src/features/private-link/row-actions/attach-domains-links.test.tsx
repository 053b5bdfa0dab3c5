import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID, seedConnections } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { AttachDomainsDialog } from './attach-domains-dialog';

const render = (lang: 'en' | 'zh-CN' = 'en') =>
  renderWithProviders(
    <AttachDomainsDialog open onOpenChange={vi.fn()} clusterId={AWS_CLUSTER_ID} regionId="us-east-1" connection={seedConnections[0]!} />,
    { lang },
  );

describe('Attach Domains: the seed’s words and links', { timeout: 30_000 }, () => {
  it('says whom to contact when a domain is not listed, and links the Confluent guide beside the unique name', async () => {
    const { user } = render();
    const support = await screen.findByRole('link', { name: /TiDB Cloud Support.*opens in a new tab/ });
    expect(support.closest('p')).toHaveTextContent('If your domain is not listed, contact TiDB Cloud Support');
    expect(support).toHaveAttribute('href', 'https://docs.pingcap.com/tidbcloud/tidb-cloud-support/');
    expect(support).toHaveAttribute('target', '_blank');
    expect(support).toHaveAttribute('rel', 'noopener noreferrer');

    await user.click(screen.getByRole('radio', { name: /Confluent Cloud/ }));
    const guide = screen.getByRole('link', { name: /Connect to Confluent Cloud via a private link connection/ });
    expect(guide).toHaveAttribute(
      'href',
      'https://docs.pingcap.com/tidbcloud/serverless-private-link-connection-to-aws-confluent/#step-1-set-up-a-confluent-cloud-network',
    );
    expect(guide).toHaveAttribute('rel', 'noopener noreferrer');
    // the guide is part of the field's description
    expect(screen.getByLabelText('Unique Name')).toHaveAccessibleDescription(/To find the unique name, see Connect to Confluent Cloud/);
  });

  it('in Chinese, with the Chinese documentation', async () => {
    render('zh-CN');
    const support = await screen.findByRole('link', { name: /TiDB Cloud Support.*在新标签页中打开/ });
    expect(support.closest('p')).toHaveTextContent('如果你的域名未包含在列表中，请联系 TiDB Cloud Support');
    expect(support).toHaveAttribute('href', 'https://docs.pingcap.com/zh/tidbcloud/tidb-cloud-support/');
  });
});
