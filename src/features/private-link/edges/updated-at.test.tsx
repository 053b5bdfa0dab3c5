import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { RefreshBar } from '../panel/refresh-bar';
import { catalogOf } from '@/test/catalogs';

const list = (at: number) => ({ dataUpdatedAt: at, isFetching: false, refetch: vi.fn(() => Promise.resolve()) });

describe('Updated at (issue 26, item 11)', () => {
  it.each([
    ['en', /Nov 2, 2026/],
    ['zh-CN', /2026年11月2日/],
  ] as const)('says the date when the data is not from today (%s)', (lang, date) => {
    const yesterday = new Date(2026, 10, 2, 23, 50).getTime();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 3, 8, 14));
    render(
      <AppProvider lang={lang} catalog={catalogOf(lang)}>
        <RefreshBar list={list(yesterday)} />
      </AppProvider>,
    );
    expect(screen.getByText(date)).toBeInTheDocument();
  });

  it('says only the time for today’s data', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 3, 8, 14));
    render(
      <AppProvider lang="en">
        <RefreshBar list={list(new Date(2026, 10, 3, 8, 10).getTime())} />
      </AppProvider>,
    );
    expect(screen.getByText(/^Updated at \d{1,2}:10:00/)).toBeInTheDocument();
  });
});
