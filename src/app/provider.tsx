import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider, type Lang } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';

export function AppProvider({
  children,
  queryClient,
  lang,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  lang?: Lang;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nProvider lang={lang}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </I18nProvider>
  );
}
