import { propsFromContext } from '../app/context';

describe('app context', () => {
  test('reads -c keys named like the props, comma lists and strings', () => {
    expect(propsFromContext({
      'regions': 'us-east-1,eu-west-1',
      'projects': 'demo',
      'agcBucketNames': ['my-agc-bucket'],
      'bootstrapQualifier': 'agc',
      'policyNamePrefix': 'Agc',
      'aws:cdk:version-reporting': true,
      '@aws-cdk/core:newStyleStackSynthesis': true,
    })).toEqual({
      regions: ['us-east-1', 'eu-west-1'],
      projects: ['demo'],
      agcBucketNames: ['my-agc-bucket'],
      bootstrapQualifier: 'agc',
      policyNamePrefix: 'Agc',
    });
  });

  test('no context gives the defaults', () => {
    expect(propsFromContext({})).toEqual({});
  });

  test('fails if a key is unknown, naming the keys it reads', () => {
    expect(() => propsFromContext({ region: 'us-east-1' })).toThrow(/Unknown context key\(s\): region\. The app reads only: regions, agcBucketNames, projects, bootstrapQualifier, policyNamePrefix, hardenExecutionRole/);
  });

  test('fails if a list key is not a list', () => {
    expect(() => propsFromContext({ projects: 3 })).toThrow(/-c projects: expected a comma-separated list/);
  });

  test('reads hardenExecutionRole as a boolean', () => {
    expect(propsFromContext({ hardenExecutionRole: 'true' })).toEqual({ hardenExecutionRole: true });
    expect(propsFromContext({ hardenExecutionRole: false })).toEqual({ hardenExecutionRole: false });
  });

  test('fails if a boolean key is neither true nor false', () => {
    expect(() => propsFromContext({ hardenExecutionRole: 'yes' })).toThrow(/-c hardenExecutionRole: expected true or false, got "yes"/);
  });

  test('fails if a string key is not a string', () => {
    expect(() => propsFromContext({ bootstrapQualifier: ['a'] })).toThrow(/-c bootstrapQualifier: expected a string/);
  });
});
