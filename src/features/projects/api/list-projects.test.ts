import { focusManager, onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SEED_PROJECT_ID } from '@mocks/seed';
import { db, server } from '@mocks/node';
import { listAllProjects, projectsQueryOptions, useProjectNames } from './list-projects';

const reads = () => db.requests.filter((r) => r.endpoint === 'listProjects').map((r) => new URL(r.url).searchParams);

describe('listAllProjects', () => {
  it('follows the pages, a hundred at a time', async () => {
    db.data.projects.push(...Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, name: `project ${i}` })));
    const all = await listAllProjects();
    expect(all).toHaveLength(db.data.projects.length);
    expect(reads().map((p) => [p.get('pageSize'), p.get('pageToken')])).toEqual([
      ['100', null],
      ['100', '100'],
    ]);
  });

  it('a repeated page token ends the chain; so does the bound (20 pages)', async () => {
    server.use(http.get('*/v1beta1/projects', () => HttpResponse.json({ projects: [{ id: 'p' }], nextPageToken: 'same' })));
    expect(await listAllProjects()).toHaveLength(2);
    let n = 0;
    server.use(http.get('*/v1beta1/projects', () => HttpResponse.json({ projects: [{ id: `p${n}` }], nextPageToken: `t${(n += 1)}` })));
    expect(await listAllProjects()).toHaveLength(20);
  });
});

describe('useProjectNames', () => {
  it('a project’s name by ID; undefined for no ID, a project not listed, or one without a name', async () => {
    db.data.projects.push({ id: 'nameless', name: '' });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    const { result } = renderHook(() => useProjectNames(), { wrapper });
    const seeded = db.data.projects.find((p) => p.id === SEED_PROJECT_ID)!.name!;
    await waitFor(() => expect(result.current(SEED_PROJECT_ID)).toBe(seeded));
    expect(result.current(undefined)).toBeUndefined();
    expect(result.current('')).toBeUndefined();
    expect(result.current('unknown')).toBeUndefined();
    expect(result.current('nameless')).toBeUndefined();
  });
});

describe('projectsQueryOptions: read once per page visit', () => {
  it('not again for another caller, on focus or on reconnect; after a failure neither (the shell shows IDs)', async () => {
    for (const fail of [false, true]) {
      db.requests.length = 0;
      if (fail) db.setFault('listProjects', { kind: 'http', status: 403 });
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      client.mount();
      const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
      renderHook(() => useProjectNames(), { wrapper });
      await waitFor(() => expect(client.getQueryState(projectsQueryOptions().queryKey)?.status).toBe(fail ? 'error' : 'success'));
      renderHook(() => useProjectNames(), { wrapper }); // another part of the page asks for the names
      if (!fail) await client.prefetchQuery(projectsQueryOptions()); // as the route's loader does
      focusManager.setFocused(false);
      focusManager.setFocused(true);
      onlineManager.setOnline(false);
      onlineManager.setOnline(true);
      await act(async () => {}); // the focus and reconnect handlers run after a microtask
      // A read started by any of these would be on its way now.
      expect(client.isFetching(), fail ? 'after a failure' : 'after an answer').toBe(0);
      expect(reads()).toHaveLength(1);
      focusManager.setFocused(undefined);
      client.unmount();
      db.clearFaults();
    }
  });
});
