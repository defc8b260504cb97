/**
 * Benchmark: prints numbers, asserts nothing. `npx projen bench`.
 *  - per policy, the worst-case size against IAM's 6,144 characters,
 *  - the number of policies,
 *  - concrete actions granted (after wildcard expansion with iam-expand)
 *    against the distinct actions of the independent inventories: the agc
 *    inventory for the admin and user policies, the exec inventory for the
 *    execution policies,
 *  - median synth time of the default stack against an empty stack.
 */
import { performance } from 'perf_hooks';
import { expandIamActions } from '@cloud-copilot/iam-expand';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { AgcMinimalPermissionsProps, AgcPermissionsStack } from '../src';
import { MANAGED_POLICY_SIZE_LIMIT, worstCaseDocumentSize } from '../src/private/compiler';
import { EXEC_INVENTORY, INVENTORY } from '../test/inventory/inventory';

const CONFIGS: Array<[string, AgcMinimalPermissionsProps]> = [
  ['default options', {}],
  ['1 region, 1 project', { regions: ['us-east-1'], projects: ['demo'] }],
  ['4 regions, 10 projects', { regions: ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'], projects: Array.from({ length: 10 }, (_, i) => `project${i}`) }],
  ['hardenExecutionRole', { hardenExecutionRole: true }],
  ['hardenExecutionRole, 4 regions', { hardenExecutionRole: true, regions: ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'] }],
];
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  for (const [name, props] of CONFIGS) {
    const stack = new AgcPermissionsStack(new App(), 'AgcPermissionsStack', props);
    const p = stack.permissions;
    console.log(`\n== ${name}`);
    for (const [audience, policies] of [['admin', p.adminPolicies], ['user', p.userPolicies], ['exec', p.executionPolicies]] as const) {
      for (const policy of policies) {
        const size = worstCaseDocumentSize(policy, policy.document);
        console.log(`  ${audience} ${policy.node.id.padEnd(7)} ${String(size).padStart(5)} / ${MANAGED_POLICY_SIZE_LIMIT} characters (${(100 * size / MANAGED_POLICY_SIZE_LIMIT).toFixed(1)}%)`);
      }
    }
    const total = p.adminPolicies.length + p.userPolicies.length + p.executionPolicies.length;
    console.log(`  policies: ${p.adminPolicies.length} admin + ${p.userPolicies.length} user + ${p.executionPolicies.length} exec = ${total}`);
    const ratio = async (label: string, policies: typeof p.adminPolicies, inventory: typeof INVENTORY) => {
      if (policies.length === 0) return;
      const granted = policies
        .flatMap((x) => stack.resolve(x.document).Statement)
        .flatMap((st: any) => (Array.isArray(st.Action) ? st.Action : [st.Action]));
      const expanded = new Set((await expandIamActions(granted)).map((a) => a.toLowerCase()));
      const needed = new Set(inventory.map((c) => c.action.toLowerCase()));
      console.log(`  ${label}: concrete actions granted ${expanded.size}; distinct actions in the inventory ${needed.size}; ratio ${(expanded.size / needed.size).toFixed(3)}`);
    };
    // The admin and user policies against the agc inventory, the execution policies against the exec inventory.
    await ratio('admin + user', [...p.adminPolicies, ...p.userPolicies], INVENTORY);
    await ratio('exec', p.executionPolicies, EXEC_INVENTORY);
  }

  const time = (build: (app: App) => void) => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const app = new App();
      build(app);
      app.synth();
      samples.push(performance.now() - t0);
    }
    return median(samples);
  };
  time((app) => new AgcPermissionsStack(app, 'Warmup'));
  const empty = time((app) => {
    const stack = new Stack(app, 'Empty');
    Validations.of(stack).acknowledge({ id: 'CloudFormation-Validate::F0001', reason: 'an empty stack is the baseline' });
  });
  const agc = time((app) => new AgcPermissionsStack(app, 'AgcPermissionsStack'));
  console.log(`\n== synth time, median of ${RUNS} runs`);
  console.log(`  empty stack:                ${empty.toFixed(1)} ms`);
  console.log(`  default AgcPermissionsStack: ${agc.toFixed(1)} ms (+${(agc - empty).toFixed(1)} ms)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
