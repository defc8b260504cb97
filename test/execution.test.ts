/**
 * The execution policies (hardenExecutionRole), proven like the others: every
 * call of the independent exec inventory is allowed, every near miss denied,
 * in the partitions aws, aws-cn and aws-us-gov.
 */
import { EXEC_ABUSE_CASES } from './abuse/exec-abuse-cases';
import { EXEC_INVENTORY, INVENTORY, onOtherBucket, OTHER_BUCKET } from './inventory/inventory';
import { fill, fillContext, inventoryRequest, PARTITIONS, policiesFor, simulate } from './support/simulate';
import { ACCOUNT } from './support/synth';

const OTHER_ACCOUNT = '444455556666';
const OTHER_BUCKET_CALLS = EXEC_INVENTORY.filter(onOtherBucket);

describe.each(PARTITIONS)('execution policies, partition $partition', (pc) => {
  const policies = policiesFor(pc, { hardenExecutionRole: true });

  test('there are execution policies, at most 10', () => {
    expect(policies.exec.length).toBeGreaterThan(0);
    expect(policies.exec.length).toBeLessThanOrEqual(10);
  });

  test.each(EXEC_INVENTORY.filter((c) => !onOtherBucket(c)).map((c) => [c.id, c] as const))('allows %s', async (_id, call) => {
    const outcome = await simulate(pc, policies.exec, inventoryRequest(pc, call, pc.agcRegion));
    expect(outcome).toEqual({ result: 'Allowed' });
  });

  describe('switching AGC to another bucket', () => {
    const switching = policiesFor(pc, { hardenExecutionRole: true, agcBucketNames: [`agc-${ACCOUNT}-${pc.agcRegion}`, OTHER_BUCKET] });

    test('the inventory has calls on the other bucket', () => {
      expect(OTHER_BUCKET_CALLS.length).toBeGreaterThan(0);
    });

    test.each(OTHER_BUCKET_CALLS.map((c) => [c.id, c] as const))('allows %s when agcBucketNames lists both buckets', async (_id, call) => {
      const outcome = await simulate(pc, switching.exec, inventoryRequest(pc, call, pc.agcRegion));
      expect(outcome).toEqual({ result: 'Allowed' });
    });

    test.each(OTHER_BUCKET_CALLS.map((c) => [c.id, c] as const))('denies %s with default options (another bucket)', async (_id, call) => {
      const outcome = await simulate(pc, policies.exec, inventoryRequest(pc, call, pc.agcRegion));
      expect(outcome.result).toBe('ImplicitlyDenied');
    });
  });

  test.each(EXEC_ABUSE_CASES.map((a) => [a.name, a] as const))('denies abuse: %s', async (_name, abuse) => {
    const outcome = await simulate(pc, policies.exec, inventoryRequest(pc, abuse, pc.agcRegion));
    expect(outcome.result).toBe('ImplicitlyDenied');
  });

  test.each(EXEC_INVENTORY.filter((c) => c.resource !== '*' && c.resource.includes('{account}')).map((c) => [c.id, c] as const))(
    'denies %s on the same resource in another account', async (_id, call) => {
      const resource = fill(call.resource, pc, pc.agcRegion).split(ACCOUNT).join(OTHER_ACCOUNT);
      const context = fillContext(call.context, pc, pc.agcRegion);
      const outcome = await simulate(pc, policies.exec, { action: call.action, resource, region: pc.agcRegion, context });
      expect(outcome.result).toBe('ImplicitlyDenied');
    });

  describe('hardened admin policies', () => {
    const execRoleAttach = (c: { action: string; context?: Record<string, string | string[]> }) =>
      c.action === 'iam:AttachRolePolicy' && JSON.stringify(c.context ?? {}).includes('AdministratorAccess');

    test.each(INVENTORY.filter((c) => c.principal === 'admin' && !execRoleAttach(c)).map((c) => [c.id, c] as const))(
      'still allow %s', async (_id, call) => {
        const outcome = await simulate(pc, policies.admin, inventoryRequest(pc, call, pc.agcRegion));
        expect(outcome).toEqual({ result: 'Allowed' });
      });

    test.each(INVENTORY.filter((c) => c.principal === 'admin' && execRoleAttach(c)).map((c) => [c.id, c] as const))(
      'deny %s (AdministratorAccess on the exec role)', async (_id, call) => {
        const outcome = await simulate(pc, policies.admin, inventoryRequest(pc, call, pc.agcRegion));
        expect(outcome.result).toBe('ImplicitlyDenied');
      });

    test('allow attaching each execution policy to the exec role', async () => {
      for (const arn of policies.execArns) {
        const outcome = await simulate(pc, policies.admin, {
          action: 'iam:AttachRolePolicy',
          resource: `arn:${pc.partition}:iam::${ACCOUNT}:role/cdk-agc-cfn-exec-role-${ACCOUNT}-${pc.agcRegion}`,
          region: pc.agcRegion,
          context: { 'iam:PolicyARN': arn },
        });
        expect({ arn, ...outcome }).toEqual({ arn, result: 'Allowed' });
      }
    });
  });
});
