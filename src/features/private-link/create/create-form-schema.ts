import * as z from 'zod/mini';
import '@/lib/zod-setup';
import { tEn, type Translate } from '@/lib/i18n-core';
import type { ConnectionType } from '@/contract/private-link';
import { displayNameProblem, type Problem } from '@/contract/rules';
import { endpointServiceNameProblem, PROVIDERS } from '@/contract/providers';
import { readPastedService } from '@/contract/providers/paste';
import { asMessageKey } from '../providers';

/** A trimmed string checked by one of the API's rules (src/contract), its problem translated. */
export function checkedString(rule: (value: string) => Problem | undefined, t: Translate) {
  return z.string().check(
    z.trim(),
    z.superRefine((v, ctx) => {
      const problem = rule(v);
      if (problem) ctx.addIssue({ code: 'custom', message: t(asMessageKey(problem.key), problem.params) });
    }),
  );
}

/**
 * The Create form: same rules as the API (src/contract), checked before anything is sent. Where the
 * provider allows it (AWS), `otherRegion` says the endpoint service is in another region than the
 * cluster and `serviceRegion` which one (then required).
 */
export function createFormSchema(type: ConnectionType, t: Translate = tEn, clusterRegion?: string) {
  // With the cluster's region, what the cloud console shows is read as the name it means (paste.ts).
  const serviceName = clusterRegion
    ? z.string().check(
        z.overwrite((v) => readPastedService(type, v, clusterRegion).name),
        z.superRefine((v, ctx) => {
          const problem = endpointServiceNameProblem(type, v);
          if (problem) ctx.addIssue({ code: 'custom', message: t(asMessageKey(problem.key), problem.params) });
        }),
      )
    : checkedString((v) => endpointServiceNameProblem(type, v), t);
  return z
    .object({
      displayName: checkedString(displayNameProblem, t),
      endpointServiceName: serviceName,
      otherRegion: z.optional(z.boolean()),
      serviceRegion: z.optional(z.string().check(z.trim())),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.otherRegion && PROVIDERS[type].serviceRegionField && !v.serviceRegion)
          ctx.addIssue({ code: 'custom', path: ['serviceRegion'], message: t('create.serviceRegionEmpty'), input: v.serviceRegion });
      }),
    );
}
export type CreateFormInput = z.input<ReturnType<typeof createFormSchema>>;
export type CreateFormValues = z.output<ReturnType<typeof createFormSchema>>;

export const CREATE_DEFAULTS: CreateFormInput = { displayName: '', endpointServiceName: '', otherRegion: false, serviceRegion: '' };

/** What the Create call gets from the form: the service's region only when the user chose another one. */
export function createInput({ displayName, endpointServiceName, otherRegion, serviceRegion }: CreateFormValues) {
  return { displayName, endpointServiceName, endpointServiceRegion: otherRegion && serviceRegion ? serviceRegion : undefined };
}

/** Where the API's field violations land in the form. */
export const CREATE_FIELD_OF: Record<string, keyof CreateFormValues> = {
  'privateLinkConnection.displayName': 'displayName',
  ...Object.fromEntries(
    Object.values(PROVIDERS).flatMap((p) => [
      [`privateLinkConnection.${p.serviceField}.name`, 'endpointServiceName'] as const,
      ...(p.serviceRegionField ? [[`privateLinkConnection.${p.serviceField}.region`, 'serviceRegion'] as const] : []),
    ]),
  ),
};
