import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { inOneEntry, useSearchParam, type EntryMode } from './router';

const setters: Record<string, (v: string, mode?: EntryMode) => void> = {};
function Probe({ withPage = false }: { withPage?: boolean }) {
  const [state, setState] = useSearchParam('state');
  const [q, setQ] = useSearchParam('q');
  const [page, setPage] = useSearchParam('page');
  useEffect(() => {
    setters.state = setState;
    setters.q = setQ;
    setters.page = setPage;
  });
  return <p data-testid="probe">{`state=${state};q=${q}${withPage ? `;page=${page}` : ''}`}</p>;
}
const shown = () => screen.getByTestId('probe').textContent;
const back = () =>
  act(async () => {
    const popped = new Promise((done) => addEventListener('popstate', done, { once: true }));
    history.back();
    await popped;
  });

describe('the address as a checked schema', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('an unknown state is dropped (from the page and the address), never passed on; a lower-case one is read', async () => {
    history.replaceState(null, '', '/x?state=BOGUS&q=a');
    render(<Probe />);
    expect(shown()).toBe('state=;q=a');
    await waitFor(() => expect(location.search).toBe('?q=a'));
    act(() => setters.state!('ACTIVE'));
    expect(shown()).toBe('state=ACTIVE;q=a');
  });

  it('reads ?state=active as ACTIVE', () => {
    history.replaceState(null, '', '/x?state=active');
    render(<Probe />);
    expect(shown()).toBe('state=ACTIVE;q=');
  });

  it('a filter change is pushed, so Back undoes it; typing in one box is one entry', async () => {
    history.replaceState(null, '', '/x');
    render(<Probe />);
    act(() => setters.state!('FAILED'));
    act(() => setters.q!('o'));
    act(() => setters.q!('or'));
    act(() => setters.q!('ord'));
    expect(shown()).toBe('state=FAILED;q=ord');
    await back();
    expect(shown()).toBe('state=FAILED;q=');
    await back();
    expect(shown()).toBe('state=;q=');
  });

  it('each page turn is an entry Back undoes; a reload keeps the page; a bad page is dropped', async () => {
    history.replaceState(null, '', '/x?page=abc&state=FAILED');
    const { unmount } = render(<Probe withPage />);
    expect(shown()).toBe('state=FAILED;q=;page=');
    await waitFor(() => expect(location.search).toBe('?state=FAILED'));
    act(() => setters.page!('2', 'push'));
    act(() => setters.page!('3', 'push'));
    expect(location.search).toBe('?state=FAILED&page=3');
    unmount();
    render(<Probe withPage />); // a reload or a shared link
    expect(shown()).toBe('state=FAILED;q=;page=3');
    await back();
    expect(shown()).toBe('state=FAILED;q=;page=2');
  });

  it('a filter change goes back to the first page, in the same entry', async () => {
    history.replaceState(null, '', '/x?page=4');
    render(<Probe withPage />);
    act(() => setters.state!('ACTIVE'));
    expect(shown()).toBe('state=ACTIVE;q=;page=');
    expect(location.search).toBe('?state=ACTIVE');
    await back();
    expect(shown()).toBe('state=;q=;page=4');
  });

  it('clearing several filters at once is one entry: Back restores them all', async () => {
    history.replaceState(null, '', '/x');
    render(<Probe />);
    act(() => setters.state!('FAILED'));
    act(() => setters.q!('ord'));
    const entries = history.length;
    act(() =>
      inOneEntry(() => {
        setters.q!('');
        setters.state!('');
      }),
    );
    expect(shown()).toBe('state=;q=');
    expect(history.length).toBe(entries + 1);
    await back();
    expect(shown()).toBe('state=FAILED;q=ord');
    act(() => setters.q!('x'));
    act(() => setters.q!('xy'));
    expect(history.length).toBe(entries + 1); // typing after Back is one new entry
  });
});
