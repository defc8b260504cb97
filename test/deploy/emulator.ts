/**
 * Helpers for the deploy tests: the emulator's endpoint, the `cdk` CLI run
 * against it, SDK clients, and reading a synthesized template.
 *
 * Nothing here can reach a real AWS account: every call goes to
 * MOTO_ENDPOINT (a loopback address) with dummy credentials, and the
 * caller's own AWS configuration files are hidden from the CLI.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CloudFormationClient, DescribeStackResourcesCommand, DescribeStacksCommand, ListStacksCommand, Stack, StackResource } from '@aws-sdk/client-cloudformation';
import { GetPolicyCommand, GetPolicyVersionCommand, IAMClient, ListPoliciesCommand, Policy } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

export const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The emulator's endpoint. The deploy tests must never pass by skipping: without
 * MOTO_ENDPOINT they throw, and jest reports the suite as failed.
 */
export const MOTO_ENDPOINT = ((): string => {
  const endpoint = process.env.MOTO_ENDPOINT;
  if (!endpoint) {
    throw new Error('MOTO_ENDPOINT is not set. The deploy tests need the AWS emulator: run them through `npx projen ci` (scripts/ci.sh starts moto and sets MOTO_ENDPOINT), or start test/deploy/moto_server.py yourself and export MOTO_ENDPOINT=http://localhost:<port>.');
  }
  // moto fetches a stack's TemplateURL from its own S3 only when the URL names
  // `localhost` (get_stack_from_s3_url in moto/cloudformation/utils.py).
  if (new URL(endpoint).hostname !== 'localhost') {
    throw new Error(`MOTO_ENDPOINT must use the host name localhost (got ${endpoint}).`);
  }
  return endpoint.replace(/\/$/, '');
})();

/** The region the tests deploy to. IAM is global, so it only names the stack's home. */
export const REGION = 'us-east-1';
export const STACK_NAME = 'AgcPermissionsStack';
/** The emulator's copy of app/main.ts (see test/deploy/app.ts for the one difference). */
export const EMULATOR_APP = 'npx ts-node --project tsconfig.dev.json --prefer-ts-exts test/deploy/app.ts';

const DUMMY_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** SDK client settings for the emulator, as the account's administrator. */
export const ADMIN = { endpoint: MOTO_ENDPOINT, region: REGION, credentials: DUMMY_CREDENTIALS };

/** The environment for the `cdk` CLI: the emulator and dummy credentials only. */
function cliEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('AWS_') && !k.startsWith('CDK_')) env[k] = v;
  }
  const noFile = path.join(ROOT, '.tmp', 'deploy', 'no-aws-config');
  return {
    ...env,
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
    AWS_DEFAULT_REGION: REGION,
    AWS_REGION: REGION,
    AWS_ENDPOINT_URL: MOTO_ENDPOINT,
    // Never read the developer's ~/.aws profiles or ask the instance metadata service.
    AWS_CONFIG_FILE: noFile,
    AWS_SHARED_CREDENTIALS_FILE: noFile,
    AWS_EC2_METADATA_DISABLED: 'true',
    // The SDK's notice that it will drop Node 20 would bury the CLI's own messages.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

export interface CliResult {
  readonly status: number | null;
  /** stdout and stderr together, for assertions and failure messages. */
  readonly output: string;
}

/** Runs `npx cdk <args>` in the repository against the emulator. */
export function cdk(...args: string[]): CliResult {
  const r = spawnSync('npx', ['cdk', ...args, '--no-notices'], {
    cwd: ROOT,
    env: cliEnvironment(),
    encoding: 'utf8',
    timeout: 5 * 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** A fresh, empty output directory under .tmp/deploy for one cloud assembly. */
export function freshOutdir(name: string): string {
  const dir = path.join(ROOT, '.tmp', 'deploy', name);
  fs.rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** Wipes the emulator's state, so every run starts from an empty account. */
export async function resetEmulator(): Promise<void> {
  const res = await fetch(`${MOTO_ENDPOINT}/moto-api/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`moto reset failed: HTTP ${res.status}`);
}

/**
 * Turns moto's IAM enforcement on (`0`: from the next request on) or off
 * (`inf`). moto's own `set_initial_no_auth_action_count` decorator
 * (moto/core/authorization.py) does the same through this endpoint in server
 * mode, so no second server with INITIAL_NO_AUTH_ACTION_COUNT is needed.
 */
export async function setIamEnforcement(on: boolean): Promise<void> {
  const res = await fetch(`${MOTO_ENDPOINT}/moto-api/reset-auth`, { method: 'POST', body: on ? '0' : 'inf' });
  if (!res.ok) throw new Error(`moto reset-auth failed: HTTP ${res.status}`);
}

/** The emulator's account id (moto's default is 123456789012). */
export async function emulatorAccount(): Promise<string> {
  const id = await new STSClient(ADMIN).send(new GetCallerIdentityCommand({}));
  return id.Account!;
}

// ---------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------

export interface Template {
  Resources: Record<string, { Type: string; Properties?: Record<string, any> }>;
  Outputs?: Record<string, { Value: unknown }>;
}

export function readTemplate(outdir: string): Template {
  return JSON.parse(fs.readFileSync(path.join(outdir, `${STACK_NAME}.template.json`), 'utf8'));
}

/** The template's AWS::IAM::ManagedPolicy resources: logical id -> properties. */
export function managedPolicies(template: Template): Map<string, Record<string, any>> {
  return new Map(Object.entries(template.Resources)
    .filter(([, r]) => r.Type === 'AWS::IAM::ManagedPolicy')
    .map(([id, r]) => [id, r.Properties ?? {}]));
}

/** The template's outputs that are a policy's ARN (`{ Ref: <policy> }`): output key -> logical id. */
export function policyOutputs(template: Template): Map<string, string> {
  const policies = managedPolicies(template);
  const out = new Map<string, string>();
  for (const [key, o] of Object.entries(template.Outputs ?? {})) {
    const ref = (o.Value as { Ref?: string }).Ref;
    if (ref !== undefined && policies.has(ref)) out.set(key, ref);
  }
  return out;
}

export interface Pseudo {
  readonly partition: string;
  readonly account: string;
  readonly region: string;
}

/**
 * Resolves what CloudFormation resolves in a policy document: `Ref` to the
 * pseudo parameters and `Fn::Join`. Anything else is an error, so a new
 * intrinsic in the policies cannot slip past the comparison. (Written here,
 * not taken from src/, so that the test does not trust the code it checks.)
 */
export function resolveCfn(value: unknown, p: Pseudo, resources: Map<string, string> = new Map()): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveCfn(v, p, resources));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1 && keys[0] === 'Ref') {
    switch (obj.Ref) {
      case 'AWS::Partition': return p.partition;
      case 'AWS::AccountId': return p.account;
      case 'AWS::Region': return p.region;
      default:
        // A resource of the stack (the admin policies name the execution policies).
        if (resources.has(obj.Ref as string)) return resources.get(obj.Ref as string);
        throw new Error(`resolveCfn: unexpected Ref ${JSON.stringify(obj.Ref)}`);
    }
  }
  if (keys.length === 1 && keys[0] === 'Fn::Join') {
    const [delimiter, parts] = obj['Fn::Join'] as [string, unknown[]];
    return parts.map((part) => {
      const s = resolveCfn(part, p, resources);
      if (typeof s !== 'string') throw new Error(`resolveCfn: Fn::Join part ${JSON.stringify(part)} is not a string`);
      return s;
    }).join(delimiter);
  }
  if (keys.some((k) => k.startsWith('Fn::'))) {
    throw new Error(`resolveCfn: unsupported intrinsic in ${JSON.stringify(obj)}`);
  }
  return Object.fromEntries(keys.map((k) => [k, resolveCfn(obj[k], p, resources)]));
}

// ---------------------------------------------------------------------------
// Reading back
// ---------------------------------------------------------------------------

export const iam = new IAMClient(ADMIN);
export const cfn = new CloudFormationClient(ADMIN);

/**
 * The default version's document of a managed policy. IAM returns it as
 * URL-encoded JSON; WORKAROUND: moto 5.2.5 returns it as stored, so decoding it
 * would turn the policies' own %3A (API Gateway's tagging ARNs) into ':'.
 */
export async function policyDocument(arn: string): Promise<{ policy: Policy; document: unknown }> {
  const { Policy: policy } = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
  const { PolicyVersion: version } = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy!.DefaultVersionId }));
  const raw = version!.Document!;
  return { policy: policy!, document: JSON.parse(raw.startsWith('{') ? raw : decodeURIComponent(raw)) };
}

/** Every customer managed policy in the account. */
export async function localPolicies(): Promise<Policy[]> {
  const all: Policy[] = [];
  let marker: string | undefined;
  do {
    const page = await iam.send(new ListPoliciesCommand({ Scope: 'Local', Marker: marker }));
    all.push(...page.Policies ?? []);
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return all;
}

/** The stack as DescribeStacks shows it, or undefined when it does not exist (or was deleted). */
async function describeStack(): Promise<Stack | undefined> {
  try {
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: STACK_NAME }));
    return Stacks?.[0];
  } catch (e) {
    if (/does not exist/.test(String((e as Error).message))) return undefined;
    throw e;
  }
}

/** The stack's outputs (key -> value), or undefined when the stack does not exist. */
export async function stackOutputs(): Promise<Record<string, string> | undefined> {
  const stack = await describeStack();
  return stack && Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey!, o.OutputValue!]));
}

export async function stackStatus(): Promise<string | undefined> {
  return (await describeStack())?.StackStatus;
}

/** The stack's AWS::IAM::ManagedPolicy resources: logical id -> physical id (the ARN). */
export async function deployedPolicies(): Promise<Map<string, string>> {
  const { StackResources } = await cfn.send(new DescribeStackResourcesCommand({ StackName: STACK_NAME }));
  return new Map((StackResources ?? [])
    .filter((r: StackResource) => r.ResourceType === 'AWS::IAM::ManagedPolicy')
    .map((r: StackResource) => [r.LogicalResourceId!, r.PhysicalResourceId!]));
}

/** Names of every stack the emulator knows in any state but DELETE_COMPLETE. */
export async function liveStackNames(): Promise<string[]> {
  const { StackSummaries } = await cfn.send(new ListStacksCommand({}));
  return (StackSummaries ?? []).filter((s) => s.StackStatus !== 'DELETE_COMPLETE').map((s) => s.StackName!);
}
