import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { NoticeAlert } from '../panel/notice';
import { catalogOf } from '@/test/catalogs';

const connection = (state: string): PrivateLinkConnection =>
  ({
    privateLinkConnectionId: 'plc-1',
    clusterId: 'c1',
    displayName: 'new-one',
    type: 'AWS_ENDPOINT_SERVICE',
    state,
    awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0' },
  }) as PrivateLinkConnection;

const TEXT = {
  en: { accept: /accept the endpoint connection request/, later: /Once the connection is Pending acceptance/ },
  'zh-CN': { accept: /接受来自 TiDB Cloud 的 endpoint connection request/, later: /进入“等待接受”状态后/ },
} as const;

describe('the post-create notice (issue 26, item 11)', () => {
  it.each(['en', 'zh-CN'] as const)('does not ask to accept a request while the connection is Creating, and does once it is pending (%s)', (lang) => {
    const show = (state: string) =>
      render(
        <AppProvider lang={lang} catalog={catalogOf(lang)}>
          <NoticeAlert notice={{ title: 'created', nextStepFor: connection(state) }} onDismiss={vi.fn()} />
        </AppProvider>,
      );
    const creating = show('CREATING');
    expect(document.body).toHaveTextContent(TEXT[lang].later);
    expect(document.body).not.toHaveTextContent(TEXT[lang].accept);
    creating.unmount();
    show('PENDING_ACCEPTANCE');
    expect(document.body).toHaveTextContent(TEXT[lang].accept);
  });
});
