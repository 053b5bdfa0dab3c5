import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SEED_PROJECT_ID } from '@mocks/seed';
import { db, server } from '@mocks/node';
import { listAllProjects, useProjectNames } from './list-projects';

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
