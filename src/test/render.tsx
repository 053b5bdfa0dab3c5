import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { AppProvider } from '@/app/provider';
import type { Lang } from '@/lib/i18n';
import { catalogOf } from './catalogs';
import { createTestRouter, TestRouter } from './test-router';

/**
 * Renders with a fresh query client (no retries, so failures show at once), with a router on the
 * window's address (a test sets it first with history.replaceState) for the URL state.
 */
export function renderWithProviders(ui: ReactElement, { lang = 'en' }: { lang?: Lang } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } } });
  const router = createTestRouter();
  const user = userEvent.setup();
  return {
    user,
    queryClient,
    router,
    ...render(
      <AppProvider queryClient={queryClient} lang={lang} catalog={catalogOf(lang)}>
        <TestRouter router={router}>{ui}</TestRouter>
      </AppProvider>,
    ),
  };
}
