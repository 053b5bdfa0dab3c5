import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSearchParam } from './router';

const setters: Record<string, (v: string) => void> = {};
function Probe() {
  const [state, setState] = useSearchParam('state');
  const [q, setQ] = useSearchParam('q');
  useEffect(() => {
    setters.state = setState;
    setters.q = setQ;
  });
  return <p data-testid="probe">{`state=${state};q=${q}`}</p>;
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
});
