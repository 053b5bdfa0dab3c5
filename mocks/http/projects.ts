import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import type { ListProjectsResponse } from '@/contract/projects';
import type { MockDb } from '../db';
import { HttpFailure, json } from './respond';
import { route } from './route';

/**
 * The account API's `GET /v1beta1/projects` (iam.openapi.yaml): `pageSize` (0 or absent: 100, as
 * the spec says) and an opaque `pageToken`. Matched on any prefix: the page asks for it at
 * `/iam/v1beta1/projects` on its own origin; over HTTP (`npm run api`, server/fake-api.mjs) the
 * mock stands in for the account API's base, `/v1beta1/projects`.
 */
export function projectHandlers(db: MockDb) {
  return [
    http.get(
      '*/v1beta1/projects',
      inAccountApiShape(
        route(db, 'listProjects', ({ data, url }) => {
          const size = Math.min(Number(url.searchParams.get('pageSize') || '0') || 100, 100);
          const token = url.searchParams.get('pageToken');
          const offset = token ? Number(token) : 0;
          if (!Number.isInteger(size) || size < 0 || !Number.isInteger(offset) || offset < 0) throw new HttpFailure(400, 'invalid pageSize or pageToken');
          const all = data.projects.map((p) => ({ ...p, cluster_count: data.clusters.filter((c) => c.labels?.['tidb.cloud/project'] === p.id).length }));
          const next = offset + size < all.length ? String(offset + size) : undefined;
          return json<ListProjectsResponse>({ projects: all.slice(offset, offset + size), ...(next ? { nextPageToken: next } : {}) });
        }),
      ),
    ),
  ];
}

/**
 * The account API answers errors as `api.OpenApiError` (`{ code, msgPrefix, status, error }`), not
 * the serverless API's `{ code, message, details }`: the route's error answers are reshaped.
 */
function inAccountApiShape(resolver: HttpResponseResolver): HttpResponseResolver {
  return async (info) => {
    const res = await resolver(info);
    if (!(res instanceof Response) || res.ok || res.type === 'error') return res;
    const body = (await res.clone().json()) as { code?: number; message?: string };
    return HttpResponse.json(
      { code: String(body.code ?? res.status), msgPrefix: body.message ?? '', status: res.status, error: {} },
      { status: res.status, headers: res.headers },
    );
  };
}
