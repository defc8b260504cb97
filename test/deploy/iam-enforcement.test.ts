/**
 * The user policies at work: moto enforces IAM for an IAM user that holds
 * only AgcPermissionsStack's user policies, and that user makes AGC's calls
 * and a few near misses.
 *
 * What moto can show, and what it cannot (moto 5.2.5, moto/iam/access_control.py
 * and moto/core/responses.py):
 * - it matches a statement's Resource only for S3 (bucket/key ARNs), IAM, STS
 *   (the role ARN of AssumeRole) and SQS. Every other service is checked
 *   against "*" (`BaseResponse.call_action` passes resource "*" unless the
 *   service defines `_determine_resource`), so a correctly scoped
 *   `ssm:GetParameter` on `parameter/agc/_common/*` is refused. SSM and
 *   DynamoDB are therefore left to the simulation tests;
 * - it ignores every condition key except `sts:ExternalId`, so region
 *   scoping (`aws:RequestedRegion`) is left to the simulation tests too.
 * So this file uses enforcement only for S3 object calls and sts:AssumeRole,
 * and no policy is ever widened for moto.
 *
 * The policies come from `cdk synth` of the shipped app (app/main.ts) with
 * `-c projects=demo`, resolved for the emulator's account; the calls are made
 * in eu-west-1, another region than the stack's.
 */
import { AttachUserPolicyCommand, CreateAccessKeyCommand, CreatePolicyCommand, CreateRoleCommand, CreateUserCommand } from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import {
  ADMIN, cdk, emulatorAccount, freshOutdir, iam, managedPolicies, MOTO_ENDPOINT, policyOutputs, readTemplate,
  REGION, resetEmulator, resolveCfn, setIamEnforcement,
} from './emulator';

const STEP_TIMEOUT = 5 * 60_000;
/** AGC is used in another region than the one the policies were deployed from. */
const AGC_REGION = 'eu-west-1';
const PROJECT = 'demo';
const USER_ID = 'jdoe1234';

let account: string;
let userCredentials: { accessKeyId: string; secretAccessKey: string };
let agcBucket: string;

/** S3 and STS clients acting as the IAM user that holds only the user policies. */
function asUser() {
  const config = { endpoint: MOTO_ENDPOINT, region: AGC_REGION, credentials: userCredentials };
  return { s3: new S3Client({ ...config, forcePathStyle: true }), sts: new STSClient(config) };
}

beforeAll(async () => {
  await resetEmulator();
  account = await emulatorAccount();
  agcBucket = `agc-${account}-${AGC_REGION}`;

  // The shipped app's user policies, as CloudFormation would create them in this account.
  const outdir = freshOutdir('enforcement');
  const r = cdk('synth', '--quiet', '--output', outdir, '-c', `projects=${PROJECT}`);
  if (r.status !== 0) throw new Error(`cdk synth failed:\n${r.output}`);
  const template = readTemplate(outdir);
  const policies = managedPolicies(template);
  const userPolicyIds = [...policyOutputs(template)].filter(([key]) => key.startsWith('UserPolicy')).map(([, id]) => id);
  expect(userPolicyIds.length).toBeGreaterThan(0);

  // As the account's administrator, with enforcement still off: the user, its
  // policies and key, the AGC bucket, and the roles and bucket of the near misses.
  const user = await iam.send(new CreateUserCommand({ UserName: 'agc-user' }));
  for (const [i, id] of userPolicyIds.entries()) {
    const document = resolveCfn(policies.get(id)!.PolicyDocument, { partition: 'aws', account, region: REGION });
    const { Policy } = await iam.send(new CreatePolicyCommand({ PolicyName: `AgcUser${i + 1}`, PolicyDocument: JSON.stringify(document) }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'agc-user', PolicyArn: Policy!.Arn }));
  }
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'agc-user' }));
  userCredentials = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };

  const s3 = new S3Client({ ...ADMIN, region: AGC_REGION, forcePathStyle: true });
  for (const bucket of [agcBucket, `agc-210987654321-${AGC_REGION}`]) {
    await s3.send(new CreateBucketCommand({ Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: AGC_REGION } }));
  }
  // In AWS the bootstrap roles trust the account root, which delegates to the
  // caller's IAM policies. moto compares a trust policy's principal literally
  // (IAMPolicyStatement._check_principal), so both roles trust the user by
  // name: the same trust for both, so that only the user policies decide.
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: user.User!.Arn }, Action: 'sts:AssumeRole' }],
  });
  for (const qualifier of ['agc', 'hnb659fds']) {
    await iam.send(new CreateRoleCommand({ RoleName: `cdk-${qualifier}-deploy-role-${account}-${AGC_REGION}`, AssumeRolePolicyDocument: trust }));
  }

  await setIamEnforcement(true);
}, STEP_TIMEOUT);

afterAll(async () => {
  await setIamEnforcement(false);
});

describe('an IAM user with only the user policies, under moto\'s IAM enforcement', () => {
  test('can upload into its own prefix of the AGC bucket (project/<project>/userid/<user>/...)', async () => {
    const put = asUser().s3.send(new PutObjectCommand({
      Bucket: agcBucket, Key: `project/${PROJECT}/userid/${USER_ID}/context/ctx1/input.json`, Body: '{}',
    }));
    await expect(put).resolves.toBeDefined();
  });

  test('fails if it uploads into another account\'s AGC bucket', async () => {
    const put = asUser().s3.send(new PutObjectCommand({
      Bucket: `agc-210987654321-${AGC_REGION}`, Key: `project/${PROJECT}/userid/${USER_ID}/context/ctx1/input.json`, Body: '{}',
    }));
    await expect(put).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  test('fails if it uploads under a project that `projects` does not list', async () => {
    const put = asUser().s3.send(new PutObjectCommand({
      Bucket: agcBucket, Key: `project/other/userid/${USER_ID}/context/ctx1/input.json`, Body: '{}',
    }));
    await expect(put).rejects.toMatchObject({ name: 'AccessDenied' });
  });

  test('can assume the AGC bootstrap\'s deploy role (cdk-agc-deploy-role-<account>-<region>)', async () => {
    const roleArn = `arn:aws:iam::${account}:role/cdk-agc-deploy-role-${account}-${AGC_REGION}`;
    const assumed = await asUser().sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'agc' }));
    expect(assumed.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${account}:assumed-role/cdk-agc-deploy-role-${account}-${AGC_REGION}/agc`);
    expect(assumed.Credentials?.AccessKeyId).toBeDefined();
  });

  test('fails if it assumes the deploy role of another CDK bootstrap (qualifier hnb659fds)', async () => {
    const roleArn = `arn:aws:iam::${account}:role/cdk-hnb659fds-deploy-role-${account}-${AGC_REGION}`;
    const assume = asUser().sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'agc' }));
    await expect(assume).rejects.toMatchObject({ name: 'AccessDenied' });
  });
});
