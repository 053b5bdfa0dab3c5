import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '@/contract/providers';
import { CREATE_FIELD_OF, createFormSchema } from './create-form-schema';

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

  it('maps each registry type’s service fields onto the form, the region only where the type has one', () => {
    for (const p of Object.values(PROVIDERS)) {
      expect(CREATE_FIELD_OF[`privateLinkConnection.${p.serviceField}.name`]).toBe('endpointServiceName');
      expect(CREATE_FIELD_OF[`privateLinkConnection.${p.serviceField}.region`]).toBe(p.serviceRegionField ? 'serviceRegion' : undefined);
    }
    expect(CREATE_FIELD_OF['privateLinkConnection.awsEndpointService.region']).toBe('serviceRegion');
  });
});
