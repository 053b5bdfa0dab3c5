import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { listProjectsResponseSchema, PROJECTS_PATH, type Project } from '@/contract/projects';

export const projectKeys = {
  all: ['projects'] as const,
  list: () => [...projectKeys.all, 'list'] as const,
};

/** A hundred a page (the spec: `pageSize` 0 gives 100); at most this many pages are followed. */
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

/** Every project of the organization (the account API), following `nextPageToken`; a repeated token ends the chain. */
export async function listAllProjects(signal?: AbortSignal): Promise<Project[]> {
  const projects: Project[] = [];
  const seen = new Set<string>();
  let pageToken: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages += 1) {
    const page = await apiRequest({ path: PROJECTS_PATH, query: { pageSize: PAGE_SIZE, pageToken }, schema: listProjectsResponseSchema, signal });
    projects.push(...page.projects);
    pageToken = page.nextPageToken || undefined;
    if (!pageToken || seen.has(pageToken)) break;
    seen.add(pageToken);
  }
  return projects;
}

/**
 * Read once per page visit: names change rarely and only label the shell, so an answer is kept
 * (never stale); a failure is not tried again by another caller, on focus or on reconnect: the
 * shell shows the IDs instead.
 */
export const projectsQueryOptions = () =>
  queryOptions({
    queryKey: projectKeys.list(),
    queryFn: () => listAllProjects(),
    staleTime: Infinity,
    gcTime: Infinity,
    retryOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

/** The project's name by ID (undefined while loading, when the read failed, or for a project not listed). */
export function useProjectNames(): (projectId: string | undefined) => string | undefined {
  const { data } = useQuery(projectsQueryOptions());
  return (projectId) => (projectId ? data?.find((p) => p.id === projectId)?.name || undefined : undefined);
}
