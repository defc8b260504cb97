import { Lazy, Token } from 'aws-cdk-lib';
import { resolveOptions } from '../../src/private/options';
import { synth } from '../support/synth';

describe('resolveOptions', () => {
  test('defaults: every region, AGC bucket naming, qualifier agc, every project', () => {
    const o = resolveOptions({});
    expect(o.regions).toBeUndefined();
    expect(o.agcBucketNames).toBeUndefined();
    expect(o.bootstrapQualifier).toBe('agc');
    expect(o.projects).toBeUndefined();
    expect(o.warnings).toEqual([]);
  });

  test('lists are sorted, so reordering a prop never changes a policy', () => {
    const a = resolveOptions({ regions: ['us-west-2', 'eu-west-1'], projects: ['zeta', 'Alpha'], agcBucketNames: ['b-bucket', 'a-bucket'] });
    const b = resolveOptions({ regions: ['eu-west-1', 'us-west-2'], projects: ['Alpha', 'zeta'], agcBucketNames: ['a-bucket', 'b-bucket'] });
    expect(a).toEqual(b);
    expect(a.regions).toEqual(['eu-west-1', 'us-west-2']);
  });

  test('a well-formed region unknown to aws-cdk-lib is kept with a warning', () => {
    const o = resolveOptions({ regions: ['xx-newplace-1'] });
    expect(o.regions).toEqual(['xx-newplace-1']);
    expect(o.warnings).toEqual([expect.stringContaining("'xx-newplace-1' is not a region this version of aws-cdk-lib knows")]);
  });

  test('the unknown-region warning reaches the construct as an annotation', () => {
    const { stack } = synth({ regions: ['xx-newplace-1'] });
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data)));
    expect(warnings.some((w) => w.includes('xx-newplace-1'))).toBe(true);
  });

  test.each([
    ['us-east-1'], ['cn-north-1', 'cn-northwest-1'], ['us-gov-west-1'], ['ap-southeast-4'],
  ])('accepts regions of one partition: %s', (...regions) => {
    expect(resolveOptions({ regions }).regions).toEqual([...regions].sort());
  });

  describe('fails if', () => {
    test.each([
      ['regions is empty', { regions: [] }, /regions: the list is empty.*Leave regions undefined/],
      ['a region is malformed', { regions: ['us-east1'] }, /regions: 'us-east1' is not a region name/],
      ['a region is upper case', { regions: ['US-EAST-1'] }, /regions: 'US-EAST-1' is not a region name/],
      ['a region is listed twice', { regions: ['us-east-1', 'eu-west-1', 'us-east-1'] }, /regions: 'us-east-1' is listed twice/],
      ['regions span partitions', { regions: ['us-east-1', 'cn-north-1'] }, /regions: the regions belong to different partitions: .*cn-north-1 \(aws-cn\).*us-east-1 \(aws\)/],
      ['a region is an unresolved token', { regions: [Lazy.string({ produce: () => 'us-east-1' })] }, /regions: got an unresolved token.*pass a literal string/],
      ['agcBucketNames is empty', { agcBucketNames: [] }, /agcBucketNames: the list is empty/],
      ['a bucket name has upper case', { agcBucketNames: ['My-Bucket'] }, /agcBucketNames: 'My-Bucket' breaks S3's bucket naming rules: .*lower-case/],
      ['a bucket name is too short', { agcBucketNames: ['ab'] }, /agcBucketNames: 'ab' breaks S3's bucket naming rules: a bucket name must be 3 to 63/],
      ['a bucket name is too long', { agcBucketNames: ['a'.repeat(64)] }, /must be 3 to 63 characters long/],
      ['a bucket name ends with a hyphen', { agcBucketNames: ['bucket-'] }, /must begin and end with a letter or digit/],
      ['a bucket name has two adjacent dots', { agcBucketNames: ['my..bucket'] }, /must not contain two adjacent dots/],
      ['a bucket name looks like an IP address', { agcBucketNames: ['192.168.5.4'] }, /must not be formatted as an IP address/],
      ['a bucket name has a reserved prefix', { agcBucketNames: ['xn--bucket'] }, /must not start with 'xn--'/],
      ['a bucket name has a reserved suffix', { agcBucketNames: ['bucket-s3alias'] }, /must not end with '-s3alias'/],
      ['a bucket name is listed twice', { agcBucketNames: ['agc-data', 'agc-data'] }, /agcBucketNames: 'agc-data' is listed twice/],
      ['a bucket name is an unresolved token', { agcBucketNames: [Token.asString({ Ref: 'BucketParam' })] }, /agcBucketNames: got an unresolved token/],
      ['the qualifier is longer than 10 characters', { bootstrapQualifier: 'abcdefghijk' }, /bootstrapQualifier: 'abcdefghijk' is not a valid CDK bootstrap qualifier.*at most 10/],
      ['the qualifier has upper case, which S3 rejects in cdk-<qualifier>-assets', { bootstrapQualifier: 'Agc' }, /bootstrapQualifier: 'Agc'.*S3 bucket name cdk-<qualifier>-assets/],
      ['the qualifier has an underscore', { bootstrapQualifier: 'agc_1' }, /bootstrapQualifier: 'agc_1'.*without '_'/],
      ['the qualifier is empty', { bootstrapQualifier: '' }, /bootstrapQualifier: '' is not a valid/],
      ['the qualifier is an unresolved token', { bootstrapQualifier: Lazy.string({ produce: () => 'agc' }) }, /bootstrapQualifier: got an unresolved token/],
      ['projects is empty', { projects: [] }, /projects: the list is empty.*every AGC project/],
      ['a project name has a hyphen', { projects: ['my-project'] }, /projects: 'my-project' is not a valid AGC project name.*\^\[A-Za-z0-9\]\+\$/],
      ['a project name is a wildcard', { projects: ['*'] }, /projects: '\*' is not a valid AGC project name/],
      ['a project is listed twice', { projects: ['demo', 'demo'] }, /projects: 'demo' is listed twice/],
      ['a project is an unresolved token', { projects: [Lazy.string({ produce: () => 'demo' })] }, /projects: got an unresolved token/],
      ['policyNamePrefix has a space', { policyNamePrefix: 'my agc' }, /policyNamePrefix: 'my agc' cannot start an IAM policy name/],
      ['policyNamePrefix is too long', { policyNamePrefix: 'a'.repeat(101) }, /policyNamePrefix: 'a{101}' cannot start an IAM policy name/],
    ])('%s', (_name, props, message) => {
      expect(() => resolveOptions(props)).toThrow(message);
      // The construct surfaces the same error at synth time.
      expect(() => synth(props)).toThrow(message);
    });
  });
});
