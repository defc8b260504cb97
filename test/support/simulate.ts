/**
 * Simulation harness around @cloud-copilot/iam-simulate (AGPL-3.0, a
 * devDependency used only here, in tests).
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { ACCOUNT, concreteDocument, PolicyJson } from './synth';
import { AgcMinimalPermissions, AgcMinimalPermissionsProps } from '../../src';

/** A partition, the region the permission stack is synthesized in, and another region AGC runs in. */
export interface PartitionCase {
  readonly partition: string;
  readonly stackRegion: string;
  readonly agcRegion: string;
  /** A third region of the same partition, never in `regions`. */
  readonly otherRegion: string;
}

export const PARTITIONS: PartitionCase[] = [
  { partition: 'aws', stackRegion: 'eu-central-1', agcRegion: 'us-west-2', otherRegion: 'ap-south-1' },
  { partition: 'aws-cn', stackRegion: 'cn-north-1', agcRegion: 'cn-northwest-1', otherRegion: 'cn-north-1' },
  { partition: 'aws-us-gov', stackRegion: 'us-gov-west-1', agcRegion: 'us-gov-east-1', otherRegion: 'us-gov-west-1' },
];

export interface Policies {
  readonly admin: PolicyJson[];
  readonly user: PolicyJson[];
  /** With hardenExecutionRole: the execution policies. */
  readonly exec: PolicyJson[];
  /** With hardenExecutionRole: the ARNs the admin documents give the execution policies. */
  readonly execArns: string[];
}

/** The admin and user documents, resolved for one partition and account. */
export function policiesFor(pc: PartitionCase, props: AgcMinimalPermissionsProps = {}): Policies {
  const app = new App();
  const stack = new Stack(app, 'Permissions', { env: { account: ACCOUNT, region: pc.stackRegion } });
  const agc = new AgcMinimalPermissions(stack, 'Agc', props);
  app.synth();
  // The admin documents reference the execution policies: name them Agc-Exec-<n>.
  const execNames = new Map(agc.executionPolicies.map((p) => [stack.getLogicalId(p.node.defaultChild as CfnElement), `Agc-${p.node.id}`]));
  const arnOf = (name: string) => `arn:${pc.partition}:iam::${ACCOUNT}:policy/${name}`;
  const otherRef = (ref: string) => {
    const name = execNames.get(ref);
    if (!name) throw new Error(`unexpected Ref ${ref}`);
    return arnOf(name);
  };
  return {
    admin: agc.adminPolicies.map((p) => concreteDocument(stack, p, pc.partition, ACCOUNT, otherRef)),
    user: agc.userPolicies.map((p) => concreteDocument(stack, p, pc.partition)),
    exec: agc.executionPolicies.map((p) => concreteDocument(stack, p, pc.partition)),
    execArns: [...execNames.values()].map(arnOf),
  };
}

/** Sample API id of a context's WES REST API (API Gateway generates it). */
export const SAMPLE_API_ID = 'abcde12345';

/**
 * iam-simulate 0.1.x treats the first path segment of an execute-api resource
 * (the API id) as a "product" that may hold no wildcard, so it denies the
 * pattern `execute-api:<region>:<account>:*\/prod/GET/...` that AWS documents
 * and honours. For simulation only, the '*' API id is narrowed to the sample
 * id the inventory uses. This narrows the policy, never widens it.
 */
function narrowApiIdForSimulator(doc: PolicyJson): PolicyJson {
  const fix = (r: string) => r.replace(/^(arn:[^:]+:execute-api:[^:]+:[^:]+:)\*\//, `$1${SAMPLE_API_ID}/`);
  return {
    ...doc,
    Statement: doc.Statement.map((s) => ({
      ...s,
      Resource: Array.isArray(s.Resource) ? s.Resource.map(fix) : fix(s.Resource),
    })),
  };
}

/** The account in an ARN, or the caller's account for ARNs without one (S3). */
function accountOf(arn: string): string {
  if (arn === '*') return ACCOUNT;
  const account = arn.split(':')[4];
  return account && account.length > 0 && account !== 'aws' ? account : ACCOUNT;
}

/** AGC's public engine image account, whose repositories allow anyone to list images. */
const AGC_IMAGE_ACCOUNT = '680431765560';

/**
 * iam-simulate denies a request for another account's resource unless the
 * simulation includes that resource's policy. AGC's engine images are shared
 * by their repositories' policy, modelled here as allowing ecr:ListImages to
 * everyone. Only for that account.
 */
function resourcePolicyFor(pc: PartitionCase, resource: string): unknown {
  if (accountOf(resource) !== AGC_IMAGE_ACCOUNT) return undefined;
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:ListImages', Resource: resource.startsWith(`arn:${pc.partition}:`) ? resource : '*' }],
  };
}

export interface SimRequest {
  readonly action: string;
  readonly resource: string;
  readonly region: string;
  readonly context?: Record<string, string | string[]>;
  /** Account of the caller. @default ACCOUNT */
  readonly callerAccount?: string;
}

export interface SimOutcome {
  readonly result: string;
  readonly errors?: unknown;
}

/** Runs one request against a set of identity policies; returns 'Allowed' or a denial. */
export async function simulate(pc: PartitionCase, docs: PolicyJson[], req: SimRequest): Promise<SimOutcome> {
  const caller = req.callerAccount ?? ACCOUNT;
  const response = await runSimulation({
    request: {
      principal: `arn:${pc.partition}:iam::${caller}:user/alice`,
      action: req.action,
      resource: { resource: req.resource, accountId: accountOf(req.resource) },
      contextVariables: { 'aws:RequestedRegion': req.region, ...(req.context ?? {}) },
    },
    identityPolicies: docs.map((d, i) => ({ name: `policy${i + 1}`, policy: narrowApiIdForSimulator(d) })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: resourcePolicyFor(pc, req.resource),
  }, {});
  if (response.resultType === 'error') {
    return { result: 'Error', errors: response.errors };
  }
  return { result: response.overallResult };
}

/** Substitutes the inventory placeholders. */
export function fill(text: string, pc: PartitionCase, region: string): string {
  return text.replace(/\{partition\}/g, pc.partition).replace(/\{region\}/g, region).replace(/\{account\}/g, ACCOUNT);
}

export function fillContext(ctx: Record<string, string | string[]> | undefined, pc: PartitionCase, region: string)
  : Record<string, string | string[]> | undefined {
  if (!ctx) return undefined;
  return Object.fromEntries(Object.entries(ctx).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => fill(x, pc, region)) : fill(v, pc, region)]));
}
