import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider, type Lang } from '@/lib/i18n';
import type { Messages } from '@/locales/en';
import { createQueryClient } from '@/lib/query-client';

export function AppProvider({
  children,
  queryClient,
  lang,
  catalog,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  lang?: Lang;
  /** `lang`'s messages (English when not given). */
  catalog?: Messages;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nProvider lang={lang} catalog={catalog}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </I18nProvider>
  );
}
