import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { AppProvider } from '@/app/provider';
import type { Lang } from '@/lib/i18n';

/** Renders with a fresh query client (no retries, so failures show at once). */
export function renderWithProviders(ui: ReactElement, { lang = 'en' }: { lang?: Lang } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } } });
  const user = userEvent.setup();
  return { user, queryClient, ...render(
      <AppProvider queryClient={queryClient} lang={lang}>
        {ui}
      </AppProvider>,
    ) };
}
