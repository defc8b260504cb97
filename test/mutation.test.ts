/**
 * Mutation test: perturb each permission row and check that at least one
 * simulation of the inventory notices. This shows the simulation suite can see
 * a wrong row. Mutations:
 *  - drop one action,
 *  - shift every resource of the row to a sibling name,
 *  - drop the aws:RequestedRegion condition (with `regions` set).
 * Grants the inventory has no call for are pinned below, with why.
 */
import { ALL_ROWS as EVERY_ROW } from '../src/permissions';
import { EXEC_INVENTORY, INVENTORY, InventoryCall, onOtherBucket } from './inventory/inventory';
import { documentsFromRows, namingFor } from './support/rows';
import { inventoryRequest, PARTITIONS, simulate } from './support/simulate';
import { PolicyJson } from './support/synth';
import { Audience, PermissionRow } from '../src/permissions/row';

const pc = PARTITIONS[0];
/** Every row: admin and user rows against the agc inventory, execution rows against the exec inventory. */
const ALL_ROWS = EVERY_ROW;
const SCOPED = { regions: [pc.agcRegion], projects: ['demo'] };

/** Inserts 'x' at the start of the resource name: another bucket, stack, role, parameter, stage... */
function sibling(arn: string): string {
  if (arn === '*') return arn;
  const parts = arn.split(':');
  const head = parts.slice(0, 5).join(':');
  const resource = parts.slice(5).join(':');
  const cut = resource.search(/[/:]/);
  const shifted = cut < 0 ? `x${resource}` : `${resource.slice(0, cut + 1)}x${resource.slice(cut + 1)}`;
  return `${head}:${shifted}`;
}

/** The calls a row's actions serve (calls on another bucket need agcBucketNames, so they are left out). */
function callsOf(row: PermissionRow, actions: string[] = row.actions): InventoryCall[] {
  const inventory = row.audience === Audience.EXEC ? EXEC_INVENTORY : INVENTORY;
  return inventory.filter((c) => c.principal === row.audience && actions.includes(c.action) && !onOtherBucket(c));
}

async function anyDenied(docs: PolicyJson[], calls: InventoryCall[], requestRegion = pc.agcRegion): Promise<boolean> {
  for (const c of calls) {
    const outcome = await simulate(pc, docs, inventoryRequest(pc, c, pc.agcRegion, requestRegion));
    if (outcome.result !== 'Allowed') return true;
  }
  return false;
}

async function anyAllowed(docs: PolicyJson[], calls: InventoryCall[], requestRegion: string): Promise<boolean> {
  for (const c of calls) {
    const outcome = await simulate(pc, docs, inventoryRequest(pc, c, pc.agcRegion, requestRegion));
    if (outcome.result === 'Allowed') return true;
  }
  return false;
}

function replaceRow(row: PermissionRow, replacement: PermissionRow | undefined): PermissionRow[] {
  return ALL_ROWS.flatMap((r) => (r === row ? (replacement ? [replacement] : []) : [r])).filter((r) => r.audience === row.audience);
}

/**
 * Grants no inventory call exercises, so removing them goes unnoticed. Each is
 * kept for a reason the inventory does not model; review any change here.
 */
const UNPROVEN_ACTIONS: Record<string, string> = {
  'ec2-lookups-first-bootstrap ec2:DescribeAvailabilityZones': 'AZ lookup of the new Agc-Core VPC during cdk bootstrap, before the lookup role exists (core-stack.ts:194)',
};

/**
 * Execution grants the exec inventories do not exercise. They model creating
 * and deleting AGC's resources and the updates AGC really makes (tag changes,
 * upgrades from v1.5.2 and v1.6.0, the configuration changes the CLI allows).
 * Update-handler grants are kept only for resource types whose update handler
 * those updates run; grants of handlers no update runs were dropped. Reviewed;
 * any change shows here.
 */
const RERUN = 'the update handler of this type runs on every tag change and upgrade; the schema lists this call for a property AGC sets, '
  + 'which the handler may re-apply unchanged (the public ECR handler re-applies every set property)';
const READ = 'read back by a create or update handler that runs; the inventories list only the calls a change needs';
const ROLLBACK = 'the ECS service update handler, which runs on upgrades, stops a service deployment when CloudFormation rolls back a failed update';
const DELETE = 'listed by the delete handler, which disassociates an address that is still associated';
const LEGACY_UNTAG = 'the file system update handler lists both DeleteTags and UntagResource; which it calls is not public, the inventory models UntagResource';
const SPOT_FLEET = 'spot compute environments name the Spot Fleet service-linked role; the inventory assumes Batch does not check this pass';
const S3_ABAC = 'AWS::S3::Bucket create handler tags through s3:TagResource where S3 ABAC is on; the inventory models s3:PutBucketTagging';
const EXEC_UNPROVEN_ACTIONS: Record<string, string> = {
  'exec-apigateway-vpc-links apigateway:PATCH': RERUN,
  'exec-dynamodb-agc-table dynamodb:UpdateTable': RERUN,
  'exec-ec2-elastic-ip ec2:DisassociateAddress': DELETE,
  'exec-ec2-security-group ec2:UpdateSecurityGroupRuleDescriptionsEgress': RERUN,
  'exec-ec2-security-group ec2:UpdateSecurityGroupRuleDescriptionsIngress': RERUN,
  'exec-ec2-vpc-endpoint ec2:ModifyVpcEndpoint': RERUN,
  'exec-ecs-service ecs:ListServiceDeployments': READ,
  'exec-ecs-service-deployment ecs:DescribeServiceDeployments': READ,
  'exec-ecs-service-deployment ecs:StopServiceDeployment': ROLLBACK,
  'exec-efs-file-system elasticfilesystem:DeleteTags': LEGACY_UNTAG,
  'exec-efs-file-system elasticfilesystem:DescribeAccessPoints': READ,
  'exec-efs-file-system elasticfilesystem:DescribeBackupPolicy': READ,
  'exec-efs-file-system elasticfilesystem:DescribeFileSystemPolicy': READ,
  'exec-efs-file-system elasticfilesystem:DescribeLifecycleConfiguration': READ,
  'exec-elbv2-listener elasticloadbalancing:ModifyListener': RERUN,
  'exec-elbv2-network-load-balancer elasticloadbalancing:SetSubnets': RERUN,
  'exec-elbv2-target-group elasticloadbalancing:ModifyTargetGroup': RERUN,
  'exec-iam-pass-spot-fleet-role iam:PassRole': SPOT_FLEET,
  'exec-iam-roles iam:UpdateAssumeRolePolicy': RERUN,
  'exec-s3-agc-bucket s3:GetBucketAcl': READ,
  'exec-s3-agc-bucket s3:TagResource': S3_ABAC,
};

/** Execution rows no inventory call exercises at all, so no sibling or region shift can be seen. */
const EXEC_UNPROVEN_ROWS: Record<string, string> = {
  'exec-iam-pass-spot-fleet-role': SPOT_FLEET,
  'exec-ecs-service-deployment': ROLLBACK,
};

const PINNED: Record<string, string> = { ...UNPROVEN_ACTIONS, ...EXEC_UNPROVEN_ACTIONS };

describe('mutation: each perturbed row fails at least one simulation', () => {
  const undetected: string[] = [];

  test.each(ALL_ROWS.flatMap((row) => row.actions.map((a) => [row.id, a, row] as const)))('dropping %s %s', async (id, action, row) => {
    const mutated = row.actions.length > 1 ? { ...row, actions: row.actions.filter((a) => a !== action) } : undefined;
    const docs = documentsFromRows(replaceRow(row, mutated), pc);
    const detected = await anyDenied(docs, callsOf(row, [action]));
    if (!detected) undetected.push(`${id} ${action}`);
    expect(detected).toBe(`${id} ${action}` in PINNED ? false : true);
  });

  const naming = namingFor();
  const wildcardOnly = (row: PermissionRow) => row.resources(naming).every((r) => r === '*');

  // "*" has no sibling: wildcard-only rows are checked against IAM's reference in iam-reference.test.ts.
  test.each(ALL_ROWS.filter((r) => !wildcardOnly(r) && !(r.id in EXEC_UNPROVEN_ROWS)).map((row) => [row.id, row] as const))(
    'shifting the resources of %s to a sibling', async (_id, row) => {
      const calls = callsOf(row).filter((c) => !(`${row.id} ${c.action}` in PINNED));
      expect(calls.length).toBeGreaterThan(0);
      const mutated: PermissionRow = { ...row, resources: (n) => row.resources(n).map(sibling) };
      expect(await anyDenied(documentsFromRows(replaceRow(row, mutated), pc), calls)).toBe(true);
    });

  test.each(Object.keys(EXEC_UNPROVEN_ROWS))('shifting %s goes unnoticed: no inventory call uses it (pinned)', async (id) => {
    const row = ALL_ROWS.find((r) => r.id === id)!;
    expect(row).toBeDefined();
    const mutated: PermissionRow = { ...row, resources: (n) => row.resources(n).map(sibling) };
    expect(await anyDenied(documentsFromRows(replaceRow(row, mutated), pc), callsOf(row))).toBe(false);
  });

  test.each(ALL_ROWS.filter((r) => r.regional !== false && !(r.id in EXEC_UNPROVEN_ROWS)).map((row) => [row.id, row] as const))(
    'dropping the region condition of %s', async (_id, row) => {
      const calls = callsOf(row).filter((c) => !(`${row.id} ${c.action}` in PINNED));
      expect(calls.length).toBeGreaterThan(0);
      const intact = documentsFromRows(replaceRow(row, row), pc, SCOPED);
      const mutated = documentsFromRows(replaceRow(row, { ...row, regional: false }), pc, SCOPED);
      // Intact: a call sent to another region is denied. Mutated: it gets through.
      expect(await anyAllowed(intact, calls, pc.otherRegion)).toBe(false);
      expect(await anyAllowed(mutated, calls, pc.otherRegion)).toBe(true);
    });

  afterAll(() => {
    // The pinned list must match exactly: a newly unproven grant, or a grant the
    // inventory now covers, both show here.
    expect(undetected.sort()).toEqual(Object.keys(PINNED).sort());
  });
});
