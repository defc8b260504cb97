/**
 * Deploys AgcPermissionsStack for real, to the AWS emulator moto, with the
 * aws-cdk CLI, and reads everything back through the AWS SDK:
 * bootstrap -> bad input -> deploy -> update -> destroy.
 *
 * Run by `npx projen test:deploy` only (scripts/ci.sh starts moto first);
 * it fails when MOTO_ENDPOINT is unset. The tests run in order and share
 * the emulator's state; beforeAll empties the emulator first.
 *
 * Where moto differs from AWS, the harness works around it, never the
 * shipped stack:
 * - test/deploy/moto_server.py gives moto's AWS::IAM::ManagedPolicy an update
 *   and a delete handler (moto supports create only);
 * - test/deploy/app.ts synthesizes without the BootstrapVersion parameter;
 * - every deploy uses `--method=direct` (see `deploy` below).
 * Expected values always come from the template the same `cdk deploy`
 * synthesized, never from a copy of the policies.
 */
import { GetRoleCommand } from '@aws-sdk/client-iam';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  ADMIN, cdk, deployedPolicies, EMULATOR_APP, emulatorAccount, freshOutdir, iam, liveStackNames, localPolicies,
  managedPolicies, policyDocument, policyOutputs, Pseudo, readTemplate, REGION, resetEmulator, resolveCfn,
  setIamEnforcement, STACK_NAME, stackOutputs, stackStatus, Template,
} from './emulator';

const STEP_TIMEOUT = 5 * 60_000;

/**
 * `cdk deploy` arguments for the emulator. `--method=direct` (CreateStack /
 * UpdateStack) for every deploy, because moto 5.2.5 breaks both change-set paths:
 * - creating: `ExecuteChangeSet` never fills in the new stack's outputs (moto's
 *   `create_change_set` makes the stack with `template={}`, and `output_map` is
 *   only built in `Stack.__init__` and `Stack.update`; moto/cloudformation/models.py),
 *   so DescribeStacks would show no policy ARNs;
 * - updating: before it creates a change set, the CLI looks for a leftover one,
 *   and moto's `describe_change_set` answers a missing change set with a
 *   ValidationError ("Stack with id cdk-deploy-change-set does not exist")
 *   instead of ChangeSetNotFound, which aborts the deploy.
 */
function deploy(outdir: string, ...context: string[]) {
  return cdk('deploy', STACK_NAME, '--app', EMULATOR_APP, '--output', outdir,
    '--require-approval', 'never', '--method=direct', ...context);
}

interface Deployment {
  readonly template: Template;
  /** Logical id -> ARN, from DescribeStackResources. */
  readonly arns: Map<string, string>;
}

let account: string;
let pseudo: Pseudo;
/** The first deployment, for the update test to compare with. */
let first: Deployment | undefined;

beforeAll(async () => {
  // An empty account, and IAM enforcement off (iam-enforcement.test.ts turns it
  // on for its own calls; a reset does not turn it off).
  await resetEmulator();
  await setIamEnforcement(false);
  account = await emulatorAccount();
  pseudo = { partition: 'aws', account, region: REGION };
}, STEP_TIMEOUT);

/**
 * Checks everything a user sees after a deploy, against the template that
 * deploy synthesized, and returns the deployment.
 */
async function expectDeployed(template: Template): Promise<Deployment> {
  const expected = managedPolicies(template);
  expect(expected.size).toBeGreaterThan(0);

  // DescribeStackResources lists exactly the template's policies, each with its ARN.
  const arns = await deployedPolicies();
  expect([...arns.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const arn of arns.values()) {
    expect(arn).toMatch(new RegExp(`^arn:aws:iam::${account}:policy/`));
  }

  // Each policy, read back through IAM, holds the template's document
  // resolved for this account, region and partition, and its description.
  for (const [logicalId, props] of expected) {
    const { policy, document } = await policyDocument(arns.get(logicalId)!);
    expect({ logicalId, document }).toEqual({ logicalId, document: resolveCfn(props.PolicyDocument, pseudo, arns) });
    expect(policy.Description).toEqual(props.Description);
    if (props.ManagedPolicyName !== undefined) expect(policy.PolicyName).toEqual(props.ManagedPolicyName);
  }

  // The stack outputs carry every policy's ARN (AdminPolicy<n>Arn, UserPolicy<n>Arn, ExecPolicy<n>Arn).
  const outputs = await stackOutputs();
  const outputIds = policyOutputs(template);
  expect([...new Set(outputIds.values())].sort()).toEqual([...expected.keys()].sort());
  for (const [key, logicalId] of outputIds) {
    expect(key).toMatch(/^(Admin|User|Exec)Policy\d+Arn$/);
    expect({ key, arn: outputs?.[key] }).toEqual({ key, arn: arns.get(logicalId) });
  }
  expect([...outputIds.keys()].some((k) => k.startsWith('Admin'))).toBe(true);
  expect([...outputIds.keys()].some((k) => k.startsWith('User'))).toBe(true);

  // No policy left behind or duplicated: the account holds exactly these.
  const local = await localPolicies();
  expect(local.map((p) => p.Arn).sort()).toEqual([...arns.values()].sort());

  return { template, arns };
}

describe('cdk deploy of AgcPermissionsStack to the AWS emulator', () => {
  test('cdk bootstrap prepares the account with the default qualifier', async () => {
    // Bootstrapped once per run, on an emptied emulator. On moto a second
    // bootstrap of the same account reads the CommaDelimitedList parameters
    // back as [''] ("Trusted accounts for deployment: ['']"), so the test never
    // relies on re-bootstrapping.
    const r = cdk('bootstrap', `aws://${account}/${REGION}`, '--app', EMULATOR_APP, '--output', freshOutdir('bootstrap'));
    expect({ status: r.status, output: r.output }).toMatchObject({ status: 0 });
    expect(r.output).toMatch(/bootstrapped/);

    // What `cdk deploy` of the default synthesizer needs: the staging bucket
    // for the template and the deploy role.
    await new S3Client({ ...ADMIN, forcePathStyle: true }).send(new HeadBucketCommand({ Bucket: `cdk-hnb659fds-assets-${account}-${REGION}` }));
    const role = await iam.send(new GetRoleCommand({ RoleName: `cdk-hnb659fds-deploy-role-${account}-${REGION}` }));
    expect(role.Role?.Arn).toBe(`arn:aws:iam::${account}:role/cdk-hnb659fds-deploy-role-${account}-${REGION}`);
  }, STEP_TIMEOUT);

  test.each([
    ['an AGC project name is invalid', 'projects', 'bad-name'],
    ['a region is malformed', 'regions', 'us-east-1,eu-west'],
  ])('fails if %s, before anything is created', async (_what, prop, value) => {
    const r = deploy(freshOutdir(`bad-${prop}`), '-c', `${prop}=${value}`);
    expect(r.status).not.toBe(0);
    // The error names the prop and the bad value.
    expect(r.output).toContain(`${prop}:`);
    expect(r.output).toContain(`'${value.split(',').pop()}'`);
    expect(await liveStackNames()).not.toContain(STACK_NAME);
    expect(await localPolicies()).toEqual([]);
  }, STEP_TIMEOUT);

  test('cdk deploy creates every policy with the synthesized document, and the outputs carry their ARNs', async () => {
    const outdir = freshOutdir('deploy-default');
    const r = deploy(outdir);
    expect({ status: r.status, output: r.output }).toMatchObject({ status: 0 });
    expect(await stackStatus()).toBe('CREATE_COMPLETE');
    first = await expectDeployed(readTemplate(outdir));
  }, STEP_TIMEOUT);

  test('cdk deploy with other options, hardened, updates the policies in place and adds the execution policies', async () => {
    expect(first).toBeDefined();
    const outdir = freshOutdir('deploy-scoped');
    const r = deploy(outdir, '-c', 'regions=us-east-1,eu-west-1', '-c', 'projects=demo', '-c', 'hardenExecutionRole=true');
    expect({ status: r.status, output: r.output }).toMatchObject({ status: 0 });

    const template = readTemplate(outdir);
    const before = managedPolicies(first!.template);
    const after = managedPolicies(template);
    const kept = [...after.keys()].filter((id) => before.has(id));
    // Otherwise this deploy would prove nothing about updates.
    expect(kept.some((id) => JSON.stringify(after.get(id)!.PolicyDocument) !== JSON.stringify(before.get(id)!.PolicyDocument)))
      .toBe(true);

    expect(await stackStatus()).toBe('UPDATE_COMPLETE');
    const second = await expectDeployed(template);
    // The hardened stack: execution policies deployed, and their ARNs listed for cdk bootstrap.
    const execIds = [...after.entries()].filter(([, p]) => String(p.Description).startsWith('AGC CloudFormation execution policy')).map(([id]) => id);
    expect(execIds.length).toBeGreaterThan(0);
    const outputs = await stackOutputs();
    expect(outputs?.CloudFormationExecutionPolicies?.split(',').sort()).toEqual(execIds.map((id) => second.arns.get(id)).sort());
    // In place: a policy that stays keeps its ARN, so whatever it is attached to keeps it.
    for (const id of kept) {
      expect({ id, arn: second.arns.get(id) }).toEqual({ id, arn: first!.arns.get(id) });
    }
    // A policy the new options no longer need is deleted (expectDeployed checked
    // that the account holds exactly the new template's policies).
  }, STEP_TIMEOUT);

  test('cdk destroy removes the stack and every policy', async () => {
    const r = cdk('destroy', STACK_NAME, '--app', EMULATOR_APP, '--output', freshOutdir('destroy'), '--force');
    expect({ status: r.status, output: r.output }).toMatchObject({ status: 0 });
    expect(await stackStatus()).toBeUndefined();
    expect(await liveStackNames()).not.toContain(STACK_NAME);
    expect(await localPolicies()).toEqual([]);
  }, STEP_TIMEOUT);
});
