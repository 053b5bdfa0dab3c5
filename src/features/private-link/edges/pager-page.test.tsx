import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { Pager } from '../panel/pager';
import { catalogOf } from '@/test/catalogs';

const TEXT = { en: { nav: 'Pages', of: 'Page 3 of 3', page: 'Page 3' }, 'zh-CN': { nav: /./, of: '第 3 页，共 3 页', page: '第 3 页' } } as const;

function show(lang: keyof typeof TEXT, total: number | undefined) {
  return render(
    <AppProvider lang={lang} catalog={catalogOf(lang)}>
      <Pager total={total} noMatch={false} showNav hasPrev hasNext={false} loading={false} onPrev={vi.fn()} onNext={vi.fn()} page={3} pages={total ? Math.ceil(total / 20) : undefined} />
    </AppProvider>,
  );
}

describe('the pager says where you are (issue 26, item 11)', () => {
  it.each(['en', 'zh-CN'] as const)('the page, and the total when the API gives it (%s)', (lang) => {
    const withTotal = show(lang, 57);
    expect(within(screen.getByRole('navigation')).getByText(TEXT[lang].of)).toBeInTheDocument();
    withTotal.unmount();
    show(lang, undefined);
    expect(within(screen.getByRole('navigation')).getByText(TEXT[lang].page)).toBeInTheDocument();
  });
});
