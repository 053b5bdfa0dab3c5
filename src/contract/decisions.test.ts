import { describe, expect, it } from 'vitest';
import { changefeedSchema, privateLinkRouteOf } from './changefeeds';
import { cloudRegionCode } from './clusters';
import { connectionEndpointIds, privateLinkSourcesOf } from './migration-routes';
import { migrationSchema } from './migrations';
import { uniqueNameProblem } from './providers/unique-name';
import { DISPLAY_NAME_MAX, displayNameProblem, displayNameWarning } from './rules';

const confluentUniqueNameProblem = (value: string, clusterRegion: string) =>
  uniqueNameProblem('AWS_ENDPOINT_SERVICE', 'CONFLUENT', value, clusterRegion);

/** What the contract decides on answers that leave optional parts out (as the API may). */
describe('answers with their optional parts left out', () => {
  const feed = (sink: object) => changefeedSchema.parse({ changefeedId: 'c', clusterId: '1', sink });

  it('a changefeed whose sink names no network rides on no connection, whichever sink carries it', () => {
    expect(privateLinkRouteOf(feed({ type: 'KAFKA', kafka: {} }))).toBeUndefined();
    expect(privateLinkRouteOf(feed({ type: 'MYSQL', mysql: {} }))).toBeUndefined();
    expect(privateLinkRouteOf(feed({ type: 'MYSQL', mysql: { network: { networkType: 'PRIVATE_LINK', privateLink: { privateLinkConnectionId: 'plc-1', port: 3306 } } } }))).toEqual({
      privateLinkConnectionId: 'plc-1',
      port: 3306,
    });
    expect(privateLinkRouteOf(feed({ type: 'KAFKA', kafka: { network: { networkType: 'PRIVATE_LINK', privateLink: { port: 9092 } } } }))).toBeUndefined();
  });

  it('a connection without an endpoint yet is named by its own ID only', () => {
    expect(connectionEndpointIds({ privateLinkConnectionId: 'plc-1' })).toEqual(['plc-1']);
    expect(connectionEndpointIds({ privateLinkConnectionId: 'plc-1', awsEndpointService: { name: 'svc' } })).toEqual(['plc-1']);
    expect(connectionEndpointIds({ privateLinkConnectionId: 'plc-1', alicloudEndpointService: { name: 'svc', endpointId: 'ep-1' } })).toEqual(['plc-1', 'ep-1']);
  });

  it('a migration without sub-tasks has none, and a sub-task without a source is skipped', () => {
    expect(migrationSchema.parse({ migrationId: 'm' }).subTasks).toEqual([]);
    const m = migrationSchema.parse({
      migrationId: 'm',
      subTasks: [{}, { source: { connProfile: { connType: 'PRIVATE_LINK', endpointId: 'plc-1', port: 3306 } } }],
    });
    expect(privateLinkSourcesOf(m, ['plc-1'])).toEqual([{ connType: 'PRIVATE_LINK', endpointId: 'plc-1', port: 3306 }]);
  });

  it('a region with neither an ID nor a name has no code', () => {
    expect(cloudRegionCode({ regionId: '', cloudProvider: 'aws' })).toBe('');
  });
});

/** The form shows the problem by its key (and parameters): each refusal says its own reason. */
describe('which problem a refused value has', () => {
  it('display name: only a blank one is refused; one too long (with the limit) or with control characters is said', () => {
    expect(displayNameProblem('  ')).toEqual({ key: 'problem.name.empty' });
    expect(displayNameProblem('x'.repeat(DISPLAY_NAME_MAX + 1))).toBeUndefined();
    expect(displayNameProblem('tab\there')).toBeUndefined();
    expect(displayNameWarning('x'.repeat(DISPLAY_NAME_MAX + 1))).toEqual({ key: 'problem.name.tooLong', params: { max: 64 } });
    expect(displayNameWarning(` ${'x'.repeat(DISPLAY_NAME_MAX)} `)).toBeUndefined();
    expect(displayNameWarning('数'.repeat(DISPLAY_NAME_MAX))).toBeUndefined();
    expect(displayNameWarning('tab\there')).toEqual({ key: 'problem.name.chars' });
  });

  it('Confluent unique name: empty, not <network-id>.<region>, or another region', () => {
    expect(confluentUniqueNameProblem('', 'us-east-1')).toEqual({ key: 'problem.confluent.empty' });
    expect(confluentUniqueNameProblem('domnprzqrog', 'us-east-1')).toEqual({ key: 'problem.confluent.format' });
    expect(confluentUniqueNameProblem('Domnprzqrog.us-east-1', 'us-east-1')).toEqual({ key: 'problem.confluent.format' });
    expect(confluentUniqueNameProblem('domnprzqrog.us-west-2', 'us-east-1')).toEqual({
      key: 'problem.confluent.region',
      params: { clusterRegion: 'us-east-1', region: 'us-west-2' },
    });
  });
});
