/**
 * The fallback matcher of test/support/simulate.ts (used only when iam-simulate
 * answers "no.resource.types", an iam-data gap) must agree with iam-simulate
 * wherever iam-simulate gives an answer.
 */
import { fill, fillContext, matchIdentityPolicies, PARTITIONS, policiesFor, simulate, SimRequest } from './simulate';
import { ACCOUNT, PolicyJson } from './synth';
import { EXEC_ABUSE_CASES } from '../abuse/exec-abuse-cases';
import { EXEC_INVENTORY } from '../inventory/inventory';

const OTHER_ACCOUNT = '444455556666';

describe.each([PARTITIONS[0], PARTITIONS[2]])('fallback matcher, partition $partition', (pc) => {
  const policies = policiesFor(pc, { hardenExecutionRole: true });
  const regional = policiesFor(pc, { hardenExecutionRole: true, regions: [pc.agcRegion], projects: ['demo'] });

  const request = (c: { action: string; resource: string; context?: Record<string, string | string[]> }, region = pc.agcRegion): SimRequest => ({
    action: c.action, resource: fill(c.resource, pc, region), region, context: fillContext(c.context, pc, region),
  });

  const requests: Array<[string, SimRequest]> = [
    ...EXEC_INVENTORY.map((c) => [c.id, request(c)] as [string, SimRequest]),
    ...EXEC_INVENTORY.map((c) => [`${c.id} in another region`, request(c, pc.otherRegion)] as [string, SimRequest]),
    ...EXEC_INVENTORY.filter((c) => c.resource.includes('{account}')).map((c) => {
      const r = request(c);
      return [`${c.id} in another account`, { ...r, resource: r.resource.split(ACCOUNT).join(OTHER_ACCOUNT) }] as [string, SimRequest];
    }),
    ...EXEC_INVENTORY.filter((c) => c.context && Object.keys(c.context).some((k) => k.startsWith('aws:ResourceTag/'))).map((c) => {
      const r = request(c);
      return [`${c.id} on a resource that is not AGC's`, { ...r, context: { ...r.context, 'aws:ResourceTag/application-name': 'payroll' } }] as [string, SimRequest];
    }),
    ...EXEC_ABUSE_CASES.map((a) => [`abuse: ${a.name}`, request(a)] as [string, SimRequest]),
  ];

  async function compare(docs: PolicyJson[]) {
    let compared = 0;
    const outcomes = new Set<string>();
    for (const [name, req] of requests) {
      const sim = await simulate(pc, docs, req);
      // Only where iam-simulate evaluates on its own (simulate() itself falls
      // back on "no.resource.types": compare with a direct run instead).
      if (sim.errors !== undefined) continue;
      const direct = matchIdentityPolicies(docs, req);
      expect({ name, matcher: direct.result }).toEqual({ name, matcher: sim.result });
      compared++;
      outcomes.add(sim.result);
    }
    return { compared, outcomes };
  }

  test('agrees with iam-simulate on the inventory, its near misses and the abuse cases (default options)', async () => {
    const { compared, outcomes } = await compare(policies.exec);
    expect(compared).toBeGreaterThan(500);
    expect([...outcomes].sort()).toEqual(['Allowed', 'ImplicitlyDenied']);
  });

  test('agrees with iam-simulate with regions and projects set (aws:RequestedRegion conditions)', async () => {
    const { compared, outcomes } = await compare(regional.exec);
    expect(compared).toBeGreaterThan(500);
    expect([...outcomes].sort()).toEqual(['Allowed', 'ImplicitlyDenied']);
  });
});

describe('fallback matcher, strictness', () => {
  const doc = (statement: Record<string, unknown>): PolicyJson[] => [{ Version: '2012-10-17', Statement: [statement] }];
  const req: SimRequest = { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key', region: 'us-west-2', context: { 'aws:TagKeys': ['a', 'b'] } };

  test('unknown condition operators throw', () => {
    expect(() => matchIdentityPolicies(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } }), req))
      .toThrow(/unsupported condition operator NumericLessThan/);
  });

  test('Deny and NotAction throw', () => {
    expect(() => matchIdentityPolicies(doc({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }), req)).toThrow(/Effect/);
    expect(() => matchIdentityPolicies(doc({ Effect: 'Allow', NotAction: 's3:PutObject', Resource: '*' }), req)).toThrow(/NotAction/);
  });

  test('operators', () => {
    const allow = (Condition: Record<string, unknown>, r: SimRequest = req) =>
      matchIdentityPolicies(doc({ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::bucket/*', Condition }), r).result;
    expect(allow({})).toBe('Allowed');
    expect(allow({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['b', 'c'] } })).toBe('Allowed');
    expect(allow({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['c'] } })).toBe('ImplicitlyDenied');
    expect(allow({ 'ForAllValues:StringLike': { 'aws:TagKeys': ['?'] } })).toBe('Allowed');
    expect(allow({ 'ForAllValues:StringLike': { 'aws:TagKeys': ['a'] } })).toBe('ImplicitlyDenied');
    expect(allow({ Null: { 'aws:RequestTag/x': 'true' } })).toBe('Allowed');
    expect(allow({ Null: { 'aws:TagKeys': 'true' } })).toBe('ImplicitlyDenied');
    expect(allow({ StringEqualsIfExists: { 'iam:PassedToService': 'x' } })).toBe('Allowed');
    expect(allow({ StringEquals: { 'iam:PassedToService': 'x' } })).toBe('ImplicitlyDenied');
    expect(allow({ StringLike: { 'aws:RequestedRegion': 'us-*' } })).toBe('Allowed');
    expect(allow({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' } }, { ...req, context: { 'aws:SourceArn': 'arn:aws:sns:us-west-2:111122223333:t' } })).toBe('Allowed');
    expect(allow({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' } }, { ...req, context: { 'aws:SourceArn': 'arn:aws:sns:us-west-2:444455556666:t' } })).toBe('ImplicitlyDenied');
    expect(allow({ Bool: { 'aws:SecureTransport': 'true' } }, { ...req, context: { 'aws:SecureTransport': 'true' } })).toBe('Allowed');
    expect(allow({ Bool: { 'aws:SecureTransport': 'true' } })).toBe('ImplicitlyDenied');
    expect(() => allow({ StringEquals: { 'aws:TagKeys': 'a' } })).toThrow(/multivalued/);
  });
});
