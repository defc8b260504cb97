import { App, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { AgcMinimalPermissions, AgcMinimalPermissionsProps, AgcPermissionsStack } from '../src';

const CASES: Array<[string, AgcMinimalPermissionsProps]> = [
  ['default options', {}],
  ['regions and projects', { regions: ['us-east-1', 'eu-west-1'], projects: ['demo', 'genomics'] }],
  ['buckets, qualifier and name prefix', { agcBucketNames: ['my-agc-data'], bootstrapQualifier: 'genomics', policyNamePrefix: 'Agc' }],
];

function acknowledged(policy: iam.ManagedPolicy): Record<string, string> {
  return Object.assign({}, ...policy.node.metadata
    .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .map((m) => m.data as Record<string, string>));
}

describe('cdk-nag AwsSolutionsChecks', () => {
  test.each(CASES)('AgcPermissionsStack has no unacknowledged finding: %s', (_name, props) => {
    const stack = new AgcPermissionsStack(new App(), 'AgcPermissionsStack', props);
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations).toEqual([]);
  });

  test.each(CASES)('each acknowledgement is exactly a finding cdk-nag raises without it, with its evidence: %s', (_name, props) => {
    const stack = new Stack(new App(), 'S');
    const agc = new AgcMinimalPermissions(stack, 'Agc', props);
    const policies = [...agc.adminPolicies, ...agc.userPolicies];
    const acks = policies.flatMap((p) => Object.entries(acknowledged(p)));
    expect(acks.length).toBeGreaterThan(0);
    for (const [, reason] of acks) {
      expect(reason).toMatch(/agc [a-z]+.*\((packages\/|aws-cdk@2\.128\.0:)[^)]*:\d+/);
    }
    // The same documents on plain policies, without acknowledgements.
    const bare = new Stack(new App(), 'S');
    const copies = policies.map((p) => new iam.CfnManagedPolicy(bare, p.node.id, { policyDocument: stack.resolve(p.document) }));
    const raised = new AwsSolutionsChecks().validateScope(bare).violations
      .flatMap((v) => v.violatingResources.map((r) => `${r.constructPath} ${v.ruleName}`));
    const ids = (id: string) => id.replace(/^annotation::/i, '');
    const expected = policies.flatMap((p, i) => Object.keys(acknowledged(p)).map((id) => `${copies[i].node.path} ${ids(id)}`));
    expect(raised.sort()).toEqual(expected.sort());
  });

  test('only AwsSolutions-IAM5 (wildcard resource) findings are acknowledged', () => {
    const stack = new Stack(new App(), 'S');
    const agc = new AgcMinimalPermissions(stack, 'Agc', { regions: ['us-east-1'], projects: ['demo'] });
    const ids = [...agc.adminPolicies, ...agc.userPolicies].flatMap((p) => Object.keys(acknowledged(p)));
    expect(ids.every((id) => /^(annotation::)?AwsSolutions-IAM5\[Resource::/i.test(id))).toBe(true);
  });
});
