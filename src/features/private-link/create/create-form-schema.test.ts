import { describe, expect, it } from 'vitest';
import { createFormSchema } from './create-form-schema';

describe('create form schema', () => {
  it('trims, then validates both fields', () => {
    const schema = createFormSchema('AWS_ENDPOINT_SERVICE');
    expect(
      schema.parse({ displayName: '  orders  ', endpointServiceName: ' com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0 ' }),
    ).toEqual({ displayName: 'orders', endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0' });
    const bad = schema.safeParse({ displayName: '   ', endpointServiceName: 'nope' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(['displayName', 'endpointServiceName']);
  });
});
