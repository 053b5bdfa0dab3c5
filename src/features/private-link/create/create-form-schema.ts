import '@/lib/zod-setup';
import { z } from 'zod';
import { tEn, type Translate } from '@/lib/i18n-core';
import type { ConnectionType } from '@/contract/private-link';
import { displayNameProblem } from '@/contract/rules';
import { endpointServiceNameProblem, PROVIDERS } from '@/contract/providers';

/** The Create form: same rules as the API (api/rules.ts), checked before anything is sent. */
export function createFormSchema(type: ConnectionType, t: Translate = tEn) {
  return z.object({
    displayName: z
      .string()
      .trim()
      .superRefine((v, ctx) => {
        const problem = displayNameProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: t(problem.key, problem.params) });
      }),
    endpointServiceName: z
      .string()
      .trim()
      .superRefine((v, ctx) => {
        const problem = endpointServiceNameProblem(type, v);
        if (problem) ctx.addIssue({ code: 'custom', message: t(problem.key, problem.params) });
      }),
  });
}
export type CreateFormInput = z.input<ReturnType<typeof createFormSchema>>;
export type CreateFormValues = z.output<ReturnType<typeof createFormSchema>>;

/** Where the API's field violations land in the form. */
export const CREATE_FIELD_OF: Record<string, keyof CreateFormValues> = {
  'privateLinkConnection.displayName': 'displayName',
  ...Object.fromEntries(
    Object.values(PROVIDERS).map((p) => [`privateLinkConnection.${p.serviceField}.name`, 'endpointServiceName'] as const),
  ),
};
