import { QueryClient } from '@tanstack/react-query';
import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import { AppProvider } from '../src/app/provider';
import { TestRouter } from '../src/test/test-router';
import type { Lang } from '../src/lib/i18n';
import { mockApi, resetMockApi } from '../mocks/storybook';
import '../src/index.css';
import { catalogOf } from '../src/test/catalogs';

// Play functions wait for what a story shows (findBy…, waitFor) up to 10 s instead of Testing
// Library's 1 s: on a busy 2-core machine a lazily loaded dialog or a mocked request can take
// longer than a second, and a play function must not fail for that (the e2e checks every story).
configure({ asyncUtilTimeout: 10_000 });

/** The handlers of `parameters.msw`, in either shape the addon accepts (as its loader reads them). */
function storyHandlers(msw: unknown): unknown[] {
  if (Array.isArray(msw)) return msw;
  const handlers = (msw as { handlers?: unknown } | undefined)?.handlers;
  if (!handlers) return [];
  return (Array.isArray(handlers) ? handlers : Object.values(handlers)).flat();
}

/** Query parameters the panel keeps its filters in (src/app/search.ts). */
const FILTER_PARAMS = ['q', 'state', 'usage'];

const preview: Preview = {
  loaders: [mswLoader()],
  beforeEach: ({ parameters }) => {
    // Each story starts from its own data, whatever the last one (or a click in this one) changed.
    resetMockApi(storyHandlers(parameters.msw));
    // Storybook keeps unknown query parameters of the iframe's URL from story to story: a filter
    // typed in one panel story must not filter the next. A story may set them: parameters.search.
    const url = new URL(location.href);
    for (const name of FILTER_PARAMS) url.searchParams.delete(name);
    for (const [name, value] of Object.entries((parameters.search ?? {}) as Record<string, string>))
      url.searchParams.set(name, value);
    history.replaceState(history.state, '', url);
  },
  parameters: {
    // Every story gets the app's own handlers on a fresh, seeded mock database.
    msw: { handlers: mockApi() },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (Story, context) => (
      // A fresh query client per story (AppProvider keeps the first one it gets until it remounts):
      // no cache shared between stories, no retries, so an error shows at once.
      <AppProvider
        key={`${context.id}-${context.globals.locale}`}
        lang={context.globals.locale as Lang}
        catalog={catalogOf(context.globals.locale as Lang)}
        queryClient={
          new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
        }
      >
        <TestRouter>
          <Story />
        </TestRouter>
      </AppProvider>
    ),
  ],
};

export default preview;
