import { App, Aws, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AgcMinimalPermissions, AgcPermissionsStack } from '../src';
import { actionsOf, concreteDocument, synth } from './support/synth';
import { worstCaseDocumentSize } from '../src/private/compiler';

const ADMIN_DESCRIPTION = /^AGC admin policy \d+: agc account activate and deactivate$/;
const USER_DESCRIPTION = /^AGC user policy \d+: agc context, workflow, logs and project commands$/;

function allResources(stack: Stack, policies: iam.ManagedPolicy[]): string[] {
  return policies.flatMap((p) => concreteDocument(stack, p, 'aws').Statement)
    .flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]));
}

function statementsWith(stack: Stack, policies: iam.ManagedPolicy[], action: string) {
  return policies.flatMap((p) => concreteDocument(stack, p, 'aws').Statement)
    .filter((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]).includes(action));
}

describe('AgcMinimalPermissions', () => {
  test('creates admin and user managed policies with constant descriptions', () => {
    const { template, construct } = synth();
    expect(construct.adminPolicies.length).toBeGreaterThanOrEqual(1);
    expect(construct.userPolicies.length).toBeGreaterThanOrEqual(1);
    const policies = template.findResources('AWS::IAM::ManagedPolicy');
    const descriptions = Object.values(policies).map((p: any) => p.Properties.Description);
    expect(descriptions.filter((d) => ADMIN_DESCRIPTION.test(d))).toHaveLength(construct.adminPolicies.length);
    expect(descriptions.filter((d) => USER_DESCRIPTION.test(d))).toHaveLength(construct.userPolicies.length);
    expect(Object.keys(policies)).toHaveLength(construct.adminPolicies.length + construct.userPolicies.length);
  });

  test('descriptions do not depend on options, so changing options never replaces a policy', () => {
    const a = synth().template.findResources('AWS::IAM::ManagedPolicy');
    const b = synth({ regions: ['us-east-1'], projects: ['demo'], agcBucketNames: ['my-agc-data'] }).template.findResources('AWS::IAM::ManagedPolicy');
    const describe = (r: Record<string, any>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.Properties.Description]));
    expect(describe(b)).toEqual(describe(a));
  });

  test('construct ids are Admin<n> and User<n>', () => {
    const { construct } = synth();
    expect(construct.adminPolicies.map((p) => p.node.id)).toEqual(construct.adminPolicies.map((_, i) => `Admin${i + 1}`));
    expect(construct.userPolicies.map((p) => p.node.id)).toEqual(construct.userPolicies.map((_, i) => `User${i + 1}`));
  });

  test('no policy grants a wildcard action, NotAction, NotResource or Deny', () => {
    const { stack, construct } = synth();
    for (const p of [...construct.adminPolicies, ...construct.userPolicies]) {
      for (const s of concreteDocument(stack, p, 'aws').Statement) {
        expect(s.Effect).toBe('Allow');
        expect(s.NotAction).toBeUndefined();
        expect(s.NotResource).toBeUndefined();
        for (const a of Array.isArray(s.Action) ? s.Action : [s.Action]) {
          expect(a).toMatch(/^[a-z0-9-]+:[A-Za-z0-9]+$/);
        }
      }
    }
  });

  test('users cannot touch the bootstrap stack, roles, bucket or repository', () => {
    const { stack, construct } = synth();
    const resources = allResources(stack, construct.userPolicies);
    expect(resources.filter((r) => /Agc-CDKToolkit|Agc-Core|cdk-agc-assets|container-assets|cfn-exec|policy\//.test(r))).toEqual([]);
    expect(actionsOf(construct.userPolicies.map((p) => concreteDocument(stack, p, 'aws'))).filter((a) => a.startsWith('iam:'))).toEqual([]);
  });

  test('users may assume exactly the deploy, file-publishing and lookup roles', () => {
    const { stack, construct } = synth({ regions: ['us-west-2'] });
    const assume = statementsWith(stack, construct.userPolicies, 'sts:AssumeRole');
    expect(assume.flatMap((s) => s.Resource).sort()).toEqual([
      'arn:aws:iam::111122223333:role/cdk-agc-deploy-role-111122223333-us-west-2',
      'arn:aws:iam::111122223333:role/cdk-agc-file-publishing-role-111122223333-us-west-2',
      'arn:aws:iam::111122223333:role/cdk-agc-lookup-role-111122223333-us-west-2',
    ]);
  });

  test('the admin may attach only ReadOnlyAccess and AdministratorAccess to the bootstrap roles', () => {
    const { stack, construct } = synth();
    const attach = statementsWith(stack, construct.adminPolicies, 'iam:AttachRolePolicy');
    expect(attach).toHaveLength(1);
    expect(attach[0].Resource).toEqual([
      'arn:aws:iam::111122223333:role/cdk-agc-cfn-exec-role-111122223333-*',
      'arn:aws:iam::111122223333:role/cdk-agc-lookup-role-111122223333-*',
    ]);
    expect(attach[0].Condition).toEqual({
      ArnEquals: { 'iam:PolicyARN': ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AdministratorAccess'] },
    });
  });
});

describe('options', () => {
  test('default: every region and project, AGC bucket agc-<account>-*, qualifier agc', () => {
    const { stack, construct } = synth();
    const user = allResources(stack, construct.userPolicies);
    expect(user).toContain('arn:aws:s3:::agc-111122223333-*/project/*/*');
    expect(user).toContain('arn:aws:cloudformation:*:111122223333:stack/Agc-Context-*-*/*');
    expect(user).toContain('arn:aws:ssm:*:111122223333:parameter/agc/_common/bucket');
    const admin = allResources(stack, construct.adminPolicies);
    expect(admin).toContain('arn:aws:s3:::cdk-agc-assets-111122223333-*');
    expect(admin).toContain('arn:aws:ssm:*:111122223333:parameter/cdk-bootstrap/agc/version');
    const conditions = [...construct.adminPolicies, ...construct.userPolicies]
      .flatMap((p) => concreteDocument(stack, p, 'aws').Statement).map((s) => JSON.stringify(s.Condition ?? {}));
    expect(conditions.filter((c) => c.includes('aws:RequestedRegion'))).toEqual([]);
  });

  test('regions: every regional ARN names each region, never the stack region, and requests carry aws:RequestedRegion', () => {
    const app = new App();
    const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-central-1' } });
    const construct = new AgcMinimalPermissions(stack, 'Agc', { regions: ['us-west-2', 'eu-west-1'] });
    const statements = [...construct.adminPolicies, ...construct.userPolicies].flatMap((p) => concreteDocument(stack, p, 'aws').Statement);
    const resources = statements.flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]));
    expect(resources.filter((r) => r.includes('eu-central-1'))).toEqual([]);
    for (const r of resources.filter((x) => /^arn:aws:(ssm|dynamodb|logs|cloudformation|execute-api|ecr):/.test(x))) {
      expect(r).toMatch(/^arn:aws:[a-z-]+:(us-west-2|eu-west-1):/);
    }
    expect(resources).toContain('arn:aws:s3:::agc-111122223333-us-west-2/project/*/*');
    expect(resources).toContain('arn:aws:s3:::agc-111122223333-eu-west-1/project/*/*');
    for (const s of statements) {
      const actions: string[] = Array.isArray(s.Action) ? s.Action : [s.Action];
      const global = actions.every((a) => a.startsWith('iam:') || a.startsWith('sts:'));
      if (global) {
        expect(JSON.stringify(s.Condition ?? {})).not.toContain('aws:RequestedRegion');
      } else {
        expect(s.Condition?.StringEquals?.['aws:RequestedRegion']).toEqual(['eu-west-1', 'us-west-2']);
      }
    }
  });

  test('agcBucketNames replaces the default bucket everywhere', () => {
    const { stack, construct } = synth({ agcBucketNames: ['genomics-data-eu', 'genomics-data-us'] });
    const resources = allResources(stack, [...construct.adminPolicies, ...construct.userPolicies]);
    expect(resources.filter((r) => r.includes(':::agc-'))).toEqual([]);
    expect(resources).toEqual(expect.arrayContaining([
      'arn:aws:s3:::genomics-data-eu/project/*/*',
      'arn:aws:s3:::genomics-data-us/project/*/*',
      'arn:aws:s3:::genomics-data-eu',
      'arn:aws:s3:::genomics-data-us',
    ]));
  });

  test('bootstrapQualifier renames the bootstrap roles, bucket, repository and version parameter', () => {
    const { stack, construct } = synth({ bootstrapQualifier: 'genomics' });
    const resources = allResources(stack, [...construct.adminPolicies, ...construct.userPolicies]);
    expect(resources.filter((r) => r.includes('cdk-agc-') || r.includes('/cdk-bootstrap/agc/'))).toEqual([]);
    expect(resources).toEqual(expect.arrayContaining([
      'arn:aws:iam::111122223333:role/cdk-genomics-deploy-role-111122223333-*',
      'arn:aws:iam::111122223333:role/cdk-genomics-cfn-exec-role-111122223333-*',
      'arn:aws:s3:::cdk-genomics-assets-111122223333-*',
      'arn:aws:ecr:*:111122223333:repository/cdk-genomics-container-assets-111122223333-*',
      'arn:aws:ssm:*:111122223333:parameter/cdk-bootstrap/genomics/version',
    ]));
  });

  test('projects scope stacks, S3 keys, DynamoDB items and log groups of users, not the admin', () => {
    const { stack, construct } = synth({ projects: ['demo', 'genomics'] });
    const user = allResources(stack, construct.userPolicies);
    expect(user.filter((r) => r.includes('Agc-Context-*') || r.includes('project/*'))).toEqual([]);
    expect(user).toEqual(expect.arrayContaining([
      'arn:aws:cloudformation:*:111122223333:stack/Agc-Context-demo-*/*',
      'arn:aws:cloudformation:*:111122223333:stack/Agc-Context-genomics-*/*',
      'arn:aws:s3:::agc-111122223333-*/project/demo/*',
      'arn:aws:s3:::agc-111122223333-*/project/genomics/*',
      'arn:aws:logs:*:111122223333:log-group:Agc-Context-demo-*',
      'arn:aws:logs:*:111122223333:log-group:/aws/lambda/Agc-Context-genomics-*',
    ]));
    for (const s of statementsWith(stack, construct.userPolicies, 'dynamodb:Query')) {
      expect(s.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PROJECT#demo#USER#*', 'PROJECT#genomics#USER#*'] } });
    }
    // The admin's deactivate is account-wide: it still reaches every context stack.
    expect(allResources(stack, construct.adminPolicies)).toContain('arn:aws:cloudformation:*:111122223333:stack/Agc-Context-*/*');
  });

  test('policyNamePrefix names the policies <prefix>-Admin-<n> and <prefix>-User-<n>', () => {
    const { template, construct } = synth({ policyNamePrefix: 'Agc' });
    construct.adminPolicies.forEach((_, i) => template.hasResourceProperties('AWS::IAM::ManagedPolicy', { ManagedPolicyName: `Agc-Admin-${i + 1}` }));
    construct.userPolicies.forEach((_, i) => template.hasResourceProperties('AWS::IAM::ManagedPolicy', { ManagedPolicyName: `Agc-User-${i + 1}` }));
  });

  test('without policyNamePrefix CloudFormation names the policies', () => {
    const { template } = synth();
    for (const p of Object.values(template.findResources('AWS::IAM::ManagedPolicy'))) {
      expect((p as any).Properties.ManagedPolicyName).toBeUndefined();
    }
  });

  test('reordering list options changes nothing', () => {
    const a = synth({ regions: ['us-east-1', 'eu-west-1'], projects: ['b', 'a'] }).template.toJSON();
    const b = synth({ regions: ['eu-west-1', 'us-east-1'], projects: ['a', 'b'] }).template.toJSON();
    expect(a).toEqual(b);
  });

  test("a consumer's minimizePolicies feature flag does not rewrite the documents", () => {
    const plain = synth().template.toJSON();
    const app = new App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
    const stack = new Stack(app, 'Test');
    new AgcMinimalPermissions(stack, 'Agc');
    expect(Template.fromStack(stack).toJSON().Resources).toEqual(plain.Resources);
  });
});

describe('size and packing', () => {
  test.each([
    ['defaults', {}],
    ['12 regions and 20 projects', {
      regions: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1'],
      projects: Array.from({ length: 20 }, (_, i) => `project${i}WithALongerName`),
    }],
    ['4 GovCloud-length buckets with a long qualifier', { regions: ['us-gov-west-1', 'us-gov-east-1'], agcBucketNames: ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(63)], bootstrapQualifier: 'abcdefghij' }],
  ])('every policy fits 6,144 characters at worst case: %s', (_name, props) => {
    const { construct } = synth(props);
    for (const p of [...construct.adminPolicies, ...construct.userPolicies]) {
      expect(worstCaseDocumentSize(p, p.document)).toBeLessThanOrEqual(6144);
    }
  });

  test('many projects spill into more user policies, keeping the first ids stable', () => {
    const small = synth({ projects: ['demo'] }).construct;
    const large = synth({
      regions: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2'],
      projects: Array.from({ length: 30 }, (_, i) => `project${i}`),
    }).construct;
    expect(large.userPolicies.length).toBeGreaterThan(small.userPolicies.length);
    expect(large.userPolicies.map((p) => p.node.id).slice(0, small.userPolicies.length)).toEqual(small.userPolicies.map((p) => p.node.id));
  });

  test('packing is deterministic', () => {
    const props = { regions: ['us-east-1', 'eu-west-1', 'ap-south-1'], projects: Array.from({ length: 15 }, (_, i) => `p${i}`) };
    expect(synth(props).template.toJSON()).toEqual(synth(props).template.toJSON());
  });

  test('fails if a single statement cannot fit in one policy, naming the fix', () => {
    const app = new App();
    const stack = new Stack(app, 'Test');
    new AgcMinimalPermissions(stack, 'Agc', { projects: Array.from({ length: 200 }, (_, i) => `project${i}WithAVeryLongName`) });
    expect(() => app.synth()).toThrow(/over IAM's limit of 6144.*set fewer regions, agcBucketNames or projects/s);
  });
});

describe('attaching', () => {
  test('to a role, user and group created in the app, through their own ManagedPolicyArns', () => {
    const stack = new Stack(new App(), 'Test');
    const agc = new AgcMinimalPermissions(stack, 'Agc');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    const user = new iam.User(stack, 'User');
    const group = new iam.Group(stack, 'Group');
    agc.attachAdminPolicies(role);
    agc.attachUserPolicies(role);
    agc.attachUserPolicies(user);
    agc.attachUserPolicies(group);
    const t = Template.fromStack(stack);
    const refs = (ps: iam.ManagedPolicy[]) => ps.map((p) => ({ Ref: stack.getLogicalId(p.node.defaultChild as iam.CfnManagedPolicy) }));
    t.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: [...refs(agc.adminPolicies), ...refs(agc.userPolicies)] });
    t.hasResourceProperties('AWS::IAM::User', { ManagedPolicyArns: refs(agc.userPolicies) });
    t.hasResourceProperties('AWS::IAM::Group', { ManagedPolicyArns: refs(agc.userPolicies) });
  });

  test('to imported roles, users and groups, from the policy side', () => {
    const stack = new Stack(new App(), 'Test');
    const agc = new AgcMinimalPermissions(stack, 'Agc');
    agc.attachUserPolicies(iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::111122223333:role/genomics-team'));
    agc.attachUserPolicies(iam.Role.fromRoleArn(stack, 'Immutable', 'arn:aws:iam::111122223333:role/locked', { mutable: false }));
    agc.attachAdminPolicies(iam.User.fromUserName(stack, 'Admin', 'agc-admin'));
    agc.attachUserPolicies(iam.Group.fromGroupName(stack, 'Researchers', 'researchers'));
    const t = Template.fromStack(stack);
    for (const p of agc.userPolicies) {
      expect((p.node.defaultChild as iam.CfnManagedPolicy)).toBeDefined();
    }
    const policies = t.findResources('AWS::IAM::ManagedPolicy');
    const user1 = policies[stack.getLogicalId(agc.userPolicies[0].node.defaultChild as iam.CfnManagedPolicy)].Properties;
    expect(user1.Roles).toEqual(['genomics-team', 'locked']);
    expect(user1.Groups).toEqual(['researchers']);
    const admin1 = policies[stack.getLogicalId(agc.adminPolicies[0].node.defaultChild as iam.CfnManagedPolicy)].Properties;
    expect(admin1.Users).toEqual(['agc-admin']);
    expect(t.findResources('AWS::IAM::Role')).toEqual({});
  });

  test('attaching twice is harmless', () => {
    const stack = new Stack(new App(), 'Test');
    const agc = new AgcMinimalPermissions(stack, 'Agc');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    const imported = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::111122223333:role/genomics-team');
    agc.attachUserPolicies(role);
    agc.attachUserPolicies(role);
    agc.attachUserPolicies(imported);
    agc.attachUserPolicies(imported);
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.arrayEquals(agc.userPolicies.map((p) => ({ Ref: stack.getLogicalId(p.node.defaultChild as iam.CfnManagedPolicy) }))) });
    const user1 = t.findResources('AWS::IAM::ManagedPolicy')[stack.getLogicalId(agc.userPolicies[0].node.defaultChild as iam.CfnManagedPolicy)].Properties;
    expect(user1.Roles).toEqual(['genomics-team']);
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('managed policies'));
  });

  test('warns when one identity would pass IAM\'s default quota of 10 managed policies', () => {
    const stack = new Stack(new App(), 'Test');
    const agc = new AgcMinimalPermissions(stack, 'Agc', {
      regions: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'sa-east-1', 'ca-central-1'],
      projects: Array.from({ length: 30 }, (_, i) => `project${i}WithALongName`),
    });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    agc.attachAdminPolicies(role);
    agc.attachUserPolicies(role);
    expect(agc.adminPolicies.length + agc.userPolicies.length).toBeGreaterThan(10);
    Annotations.fromStack(stack).hasWarning('/Test/Agc', Match.stringLikeRegexp('Test/Role would get \\d+ managed policies.*default quota of 10'));
  });

  test('fails if the identity is neither a role, a user nor a group', () => {
    const stack = new Stack(new App(), 'Test');
    const agc = new AgcMinimalPermissions(stack, 'Agc');
    const principal = new iam.User(stack, 'U');
    const fake: iam.IIdentity = Object.assign(Object.create(Object.getPrototypeOf(principal)), {
      node: principal.node, addManagedPolicy: () => undefined,
    });
    // Not an owned resource and exposes no roleArn / userArn / groupArn.
    const bare = { node: stack.node, grantPrincipal: principal, stack, env: stack.environment } as unknown as iam.IIdentity;
    expect(fake).toBeDefined();
    expect(() => agc.attachUserPolicies(bare)).toThrow(/neither a role, a user nor a group/);
  });
});

describe('AgcPermissionsStack', () => {
  test('outputs every policy ARN and passes options through', () => {
    const app = new App();
    const stack = new AgcPermissionsStack(app, 'AgcPermissionsStack', { regions: ['us-east-1'], projects: ['demo'], policyNamePrefix: 'Agc' });
    const t = Template.fromStack(stack);
    const p = stack.permissions;
    p.adminPolicies.forEach((policy, i) => t.hasOutput(`AdminPolicy${i + 1}Arn`, { Value: { Ref: stack.getLogicalId(policy.node.defaultChild as iam.CfnManagedPolicy) } }));
    p.userPolicies.forEach((policy, i) => t.hasOutput(`UserPolicy${i + 1}Arn`, { Value: { Ref: stack.getLogicalId(policy.node.defaultChild as iam.CfnManagedPolicy) } }));
    expect(Object.keys(t.findOutputs('*'))).toHaveLength(p.adminPolicies.length + p.userPolicies.length);
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', { ManagedPolicyName: 'Agc-User-1' });
    expect(JSON.stringify(t.toJSON())).toContain('Agc-Context-demo-*');
  });

  test('keeps StackProps such as the description and termination protection', () => {
    const stack = new AgcPermissionsStack(new App(), 'S', { description: 'mine', terminationProtection: true });
    expect(stack.templateOptions.description).toBe('mine');
    expect(stack.terminationProtection).toBe(true);
  });

  test('is environment-agnostic by default: ARNs use the deploy-time partition and account', () => {
    const stack = new AgcPermissionsStack(new App(), 'S');
    const json = JSON.stringify(Template.fromStack(stack).toJSON());
    expect(json).toContain(JSON.stringify({ Ref: 'AWS::Partition' }));
    expect(json).toContain(JSON.stringify({ Ref: 'AWS::AccountId' }));
    expect(json).not.toMatch(/arn:aws:/);
    expect(Aws.PARTITION).toBeDefined();
  });
});
