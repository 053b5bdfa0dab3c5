import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { CreateConnectionDialog } from '../create/create-connection-dialog';

const ID = 'vpce-svc-0123456789abcdef0';
const CONSOLE_URL = `https://eu-west-1.console.aws.amazon.com/vpcconsole/home?region=eu-west-1#EndpointServiceDetails:endpointServiceId=${ID}`;
const TEXT = {
  en: { name: 'Private Link Connection Name', service: 'Endpoint Service Name', create: 'Create', sentAs: 'Will be sent as', assumed: /the cluster’s \(us-east-1\) is assumed/ },
  'zh-CN': { name: '私有链路连接名称', service: 'Endpoint Service 名称', create: '创建', sentAs: '将以', assumed: /默认使用集群所在区域（us-east-1）/ },
} as const;
const sent = () => db.requests.filter((r) => r.endpoint === 'createConnection').map((r) => JSON.parse(r.body!).privateLinkConnection.awsEndpointService.name);

function renderCreate(lang: keyof typeof TEXT) {
  return renderWithProviders(
    <CreateConnectionDialog open onOpenChange={vi.fn()} clusterId={AWS_CLUSTER_ID} regionId="us-east-1" type="AWS_ENDPOINT_SERVICE" onSuccess={vi.fn()} />,
    { lang },
  );
}

describe('pasting what the AWS console shows (issue 26, item 5)', () => {
  it.each(['en', 'zh-CN'] as const)('a console URL of the service becomes its name, shown before it is sent (%s)', async (lang) => {
    const t = TEXT[lang];
    const { user } = renderCreate(lang);
    await user.type(screen.getByLabelText(t.name), 'pasted');
    const service = screen.getByLabelText(t.service);
    await user.click(service);
    await user.paste(CONSOLE_URL);
    expect(service).toHaveAccessibleDescription(expect.stringContaining(`${t.sentAs} com.amazonaws.vpce.eu-west-1.${ID}`));
    // eu-west-1 on a us-east-1 cluster: the service name's region is still checked against the cluster's.
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: t.create }));
    await waitFor(() => expect(sent()).toEqual([`com.amazonaws.vpce.eu-west-1.${ID}`]));
  });

  it.each(['en', 'zh-CN'] as const)('a bare ID in upper case with a trailing dot takes the cluster’s region, with a warning (%s)', async (lang) => {
    const t = TEXT[lang];
    const { user } = renderCreate(lang);
    await user.type(screen.getByLabelText(t.name), 'bare');
    const service = screen.getByLabelText(t.service);
    await user.click(service);
    await user.paste(` ${ID.toUpperCase()}. `);
    expect(service).toHaveAccessibleDescription(expect.stringContaining(`${t.sentAs} com.amazonaws.vpce.us-east-1.${ID}`));
    expect(service).toHaveAccessibleDescription(expect.stringMatching(t.assumed));
    await user.click(screen.getByRole('button', { name: t.create }));
    await waitFor(() => expect(sent()).toEqual([`com.amazonaws.vpce.us-east-1.${ID}`]));
  });
});
