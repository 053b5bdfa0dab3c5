import * as z from 'zod/mini';

/** google.rpc.BadRequest field violation, as carried in `details[]` of a 400. */
export const fieldViolationSchema = z.object({ field: z.string(), description: z.string() });

export const errorDetailSchema = z.looseObject({
  '@type': z.optional(z.string()),
  fieldViolations: z.optional(z.array(fieldViolationSchema)),
});

/** The API's error body: `{ code, message, details[] }` (code is the gRPC status code). */
export const errorBodySchema = z.object({
  code: z.optional(z.union([z.number(), z.string()])),
  message: z.optional(z.string()),
  details: z.optional(z.array(errorDetailSchema)),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type FieldViolation = z.infer<typeof fieldViolationSchema>;
