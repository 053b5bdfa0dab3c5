import { describe, expect, it } from 'vitest';
import { parseFaultParam } from './faults';

describe('?mock-fault= (parseFaultParam)', () => {
  it('reads a status, hang, network and late with its time', () => {
    expect(parseFaultParam('listProjects:503')).toEqual(['listProjects', { kind: 'http', status: 503 }]);
    expect(parseFaultParam('listMigrations:400')).toEqual(['listMigrations', { kind: 'http', status: 400 }]);
    expect(parseFaultParam('getCluster:599')).toEqual(['getCluster', { kind: 'http', status: 599 }]);
    expect(parseFaultParam('listMigrations:hang')).toEqual(['listMigrations', { kind: 'hang' }]);
    expect(parseFaultParam('listChangefeeds:network')).toEqual(['listChangefeeds', { kind: 'network' }]);
    expect(parseFaultParam('listConnections:late:2000')).toEqual(['listConnections', { kind: 'late', ms: 2000 }]);
  });

  it('is no fault when any part is not one it knows', () => {
    for (const spec of [
      'listprojects:503', // endpoint names are exact
      'nope:503',
      ':503',
      'listProjects',
      'listProjects:',
      'listProjects:200',
      'listProjects:399',
      'listProjects:600',
      'listProjects:503.5',
      'listProjects:slow',
      'listConnections:late',
      'listConnections:late:',
      'listConnections:late:0',
      'listConnections:late:-5',
      'listConnections:late:1.5',
      'listConnections:late:soon',
    ])
      expect(parseFaultParam(spec), spec).toBeUndefined();
  });
});
