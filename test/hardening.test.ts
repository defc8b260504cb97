import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AgcMinimalPermissions, AgcPermissionsStack } from '../src';
import { PARTITIONS, simulate } from './support/simulate';
import { ACCOUNT, concreteDocument, PolicyJson } from './support/synth';
import { worstCaseDocumentSize } from '../src/private/compiler';

const EXEC_DESCRIPTION = /^AGC CloudFormation execution policy \d+: resources of Agc-Core and Agc-Context stacks$/;

function hardened(props = {}) {
  const app = new App();
  const stack = new Stack(app, 'Test', { env: { account: ACCOUNT, region: 'eu-central-1' } });
  const agc = new AgcMinimalPermissions(stack, 'Agc', { hardenExecutionRole: true, ...props });
  return { app, stack, agc, template: Template.fromStack(stack) };
}

/** Resolves the admin documents, naming the execution policies by their construct id. */
function adminDocs(stack: Stack, agc: AgcMinimalPermissions, partition = 'aws'): PolicyJson[] {
  const names = new Map(agc.executionPolicies.map((p) => [stack.getLogicalId(p.node.defaultChild as iam.CfnManagedPolicy), p.node.id]));
  return agc.adminPolicies.map((p) => JSON.parse(JSON.stringify(concreteDocument(stack, p, partition, ACCOUNT, (ref) => {
    const id = names.get(ref);
    if (!id) throw new Error(`unexpected Ref ${ref}`);
    return `arn:${partition}:iam::${ACCOUNT}:policy/Agc-${id}`;
  }))));
}

describe('hardenExecutionRole', () => {
  test('is off by default: no execution policies, the exec role may get AdministratorAccess', () => {
    const stack = new Stack(new App(), 'Test');
    const agc = new AgcMinimalPermissions(stack, 'Agc');
    expect(agc.executionPolicies).toEqual([]);
    const attach = agc.adminPolicies.flatMap((p) => concreteDocument(stack, p, 'aws').Statement)
      .filter((s) => [s.Action].flat().includes('iam:AttachRolePolicy'));
    expect(attach.flatMap((s) => s.Condition.ArnEquals['iam:PolicyARN'])).toContain('arn:aws:iam::aws:policy/AdministratorAccess');
  });

  test('creates execution policies with constant descriptions, at most 10, each within 6,144 characters', () => {
    const { agc, template } = hardened();
    expect(agc.executionPolicies.length).toBeGreaterThanOrEqual(1);
    expect(agc.executionPolicies.length).toBeLessThanOrEqual(10);
    for (const p of agc.executionPolicies) {
      expect(worstCaseDocumentSize(p, p.document)).toBeLessThanOrEqual(6144);
    }
    const descriptions = Object.values(template.findResources('AWS::IAM::ManagedPolicy')).map((r: any) => r.Properties.Description);
    expect(descriptions.filter((d) => EXEC_DESCRIPTION.test(d))).toHaveLength(agc.executionPolicies.length);
    expect(agc.executionPolicies.map((p) => p.node.id)).toEqual(agc.executionPolicies.map((_, i) => `Exec${i + 1}`));
  });

  test('the admin may attach the execution policies, and no longer AdministratorAccess, to the exec role', async () => {
    const { stack, agc } = hardened();
    const docs = adminDocs(stack, agc);
    const pc = PARTITIONS[0];
    const execRole = `arn:aws:iam::${ACCOUNT}:role/cdk-agc-cfn-exec-role-${ACCOUNT}-us-west-2`;
    const attach = (policyArn: string) => simulate(pc, docs, { action: 'iam:AttachRolePolicy', resource: execRole, region: 'us-west-2', context: { 'iam:PolicyARN': policyArn } });
    for (const p of agc.executionPolicies) {
      expect(await attach(`arn:aws:iam::${ACCOUNT}:policy/Agc-${p.node.id}`)).toEqual({ result: 'Allowed' });
    }
    expect((await attach('arn:aws:iam::aws:policy/AdministratorAccess')).result).toBe('ImplicitlyDenied');
    expect((await attach(`arn:aws:iam::${ACCOUNT}:policy/SomethingElse`)).result).toBe('ImplicitlyDenied');
    // Moving an existing bootstrap to the execution policies detaches AdministratorAccess.
    expect(await simulate(pc, docs, { action: 'iam:DetachRolePolicy', resource: execRole, region: 'us-west-2', context: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' } }))
      .toEqual({ result: 'Allowed' });
  });

  test('policyNamePrefix names them <prefix>-Exec-<n>', () => {
    const { agc, template } = hardened({ policyNamePrefix: 'Agc' });
    agc.executionPolicies.forEach((_, i) => template.hasResourceProperties('AWS::IAM::ManagedPolicy', { ManagedPolicyName: `Agc-Exec-${i + 1}` }));
  });

  test('AgcPermissionsStack outputs each execution policy ARN and the value for --cloudformation-execution-policies', () => {
    const stack = new AgcPermissionsStack(new App(), 'AgcPermissionsStack', { hardenExecutionRole: true });
    const t = Template.fromStack(stack);
    const refs = stack.permissions.executionPolicies.map((p) => ({ Ref: stack.getLogicalId(p.node.defaultChild as iam.CfnManagedPolicy) }));
    refs.forEach((ref, i) => t.hasOutput(`ExecPolicy${i + 1}Arn`, { Value: ref }));
    t.hasOutput('CloudFormationExecutionPolicies', { Value: { 'Fn::Join': [',', refs] } });
  });

  test('AgcPermissionsStack without the option has no execution outputs', () => {
    const t = Template.fromStack(new AgcPermissionsStack(new App(), 'AgcPermissionsStack'));
    expect(Object.keys(t.findOutputs('*')).filter((k) => k.startsWith('Exec') || k === 'CloudFormationExecutionPolicies')).toEqual([]);
  });
});
