import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { CreateConnectionDialog } from '../create/create-connection-dialog';

const SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
const SERVER = 'a private link connection named "dup" already exists in this cluster';
const TEXT = {
  en: { name: 'Private Link Connection Name', service: 'Endpoint Service Name', create: 'Create', failed: 'The private link connection was not created.' },
  'zh-CN': { name: '私有链路连接名称', service: 'Endpoint Service 名称', create: '创建', failed: '私有链路连接未创建。' },
} as const;

describe('a 409 on Create (issue 26, item 6)', () => {
  it.each(['en', 'zh-CN'] as const)('is told once, without nested quotes, and goes when the name changes (%s)', async (lang) => {
    // The duplicate-name answer, switched on (the mock may allow duplicates by default).
    db.setFault('createConnection', { kind: 'http', status: 409, message: SERVER, times: 1 });
    const t = TEXT[lang];
    const { user } = renderWithProviders(
      <CreateConnectionDialog open onOpenChange={vi.fn()} clusterId={AWS_CLUSTER_ID} regionId="us-east-1" type="AWS_ENDPOINT_SERVICE" onSuccess={vi.fn()} />,
      { lang },
    );
    const dialog = screen.getByRole('dialog');
    const name = screen.getByLabelText(t.name);
    await user.type(name, 'dup');
    await user.type(screen.getByLabelText(t.service), SERVICE);
    await user.click(within(dialog).getByRole('button', { name: t.create }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(t.failed);
    expect(alert).toHaveTextContent(SERVER);
    // Once in the whole dialog, and never inside quotes of ours.
    expect(dialog.textContent!.split('already exists').length - 1).toBe(1);
    expect(dialog.textContent).not.toMatch(/["“]a private link connection named/);
    await user.type(name, '-2');
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
  });
});
