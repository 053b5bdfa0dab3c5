import { QueryClient } from '@tanstack/react-query';
import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { AppProvider } from '../src/app/provider';
import type { Lang } from '../src/lib/i18n';
import { mockApi } from '../mocks/storybook';
import '../src/index.css';

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    // Every story gets the app's own handlers on a fresh, seeded mock database.
    msw: { handlers: mockApi() },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: 'Language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'zh-CN', title: '简体中文' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (Story, context) => (
      // A fresh query client per story: no cache shared between stories, no retries.
      <AppProvider
        key={`${context.id}-${context.globals.locale}`}
        lang={context.globals.locale as Lang}
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}
      >
        <Story />
      </AppProvider>
    ),
  ],
};

export default preview;
