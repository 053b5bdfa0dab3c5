import * as z from 'zod/mini';

/**
 * Projects, as TiDB Cloud's account API answers them (iam.openapi.yaml in src/contract/openapi,
 * served at https://iam.tidbapi.com, not the clusters' host): `GET /v1beta1/projects?pageSize=&pageToken=`.
 * The page reaches it on its own origin under `/iam` (the signing proxy forwards it, the mock serves
 * it). The API lists no organization name: only `org_id`.
 */
export const projectSchema = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  org_id: z.optional(z.string()),
  cluster_count: z.optional(z.number()),
});
export type Project = z.infer<typeof projectSchema>;

export const listProjectsResponseSchema = z.object({
  projects: z._default(z.array(projectSchema), () => []),
  nextPageToken: z.optional(z.string()),
});
export type ListProjectsResponse = z.infer<typeof listProjectsResponseSchema>;

/** Where the page asks for projects: the account API's path under `/iam` on the page's own origin. */
export const PROJECTS_PATH = '/iam/v1beta1/projects';
