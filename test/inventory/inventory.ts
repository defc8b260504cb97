import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * One AWS call made for agc, written from AGC's source (f9774847), the aws-cdk
 * CLI 2.128.0, AGC's synthesized templates and the resource provider schemas,
 * independently of the permission rows in src/permissions.
 */
export interface InventoryCall {
  readonly id: string;
  readonly commands: string[];
  readonly principal: 'admin' | 'user' | 'exec';
  readonly via: 'agc-cli' | 'cdk-cli' | 'cloudformation';
  readonly action: string;
  /** Concrete ARN with {partition}, {region} and {account} placeholders. */
  readonly resource: string;
  readonly context?: Record<string, string | string[]>;
  readonly when: string;
  readonly evidence: string[];
  /**
   * For update-path calls only, the update that makes them: `tag-removal`,
   * `tag-change`, `config-change`, `upgrade-v1.6.0`, `upgrade-v1.5.2`
   * (AGC's stacks), `bootstrap-upgrade-v1.6.0`, `bootstrap-upgrade-v1.5.2`,
   * `bootstrap-tag-change` (the bootstrap stack).
   */
  readonly scenario?: string;
}

const load = (file: string): InventoryCall[] => JSON.parse(readFileSync(join(__dirname, file), 'utf-8'));

/** The calls agc, the CDK CLI and CloudFormation make with the caller's credentials. See agc-calls.json. */
export const AGC_CALLS: InventoryCall[] = load('agc-calls.json');

/**
 * The calls made with the admin's credentials when `agc account activate`
 * updates a bootstrap stack that an older AGC release created, written from
 * the bootstrap templates of the aws-cdk versions AGC pinned and the resource
 * provider schemas. See bootstrap-update-calls.json.
 */
export const BOOTSTRAP_UPDATE_CALLS: InventoryCall[] = load('bootstrap-update-calls.json');

/** Every call made with an admin's or a user's credentials. */
export const INVENTORY: InventoryCall[] = [...AGC_CALLS, ...BOOTSTRAP_UPDATE_CALLS];

/**
 * The calls CloudFormation makes as cdk-<qualifier>-cfn-exec-role while it
 * creates and deletes the resources of AGC's stacks and retags them when the
 * agc-version tag changes. See exec-calls.json.
 */
export const EXEC_CREATE_DELETE_INVENTORY: InventoryCall[] = load('exec-calls.json');

/**
 * The calls of the update paths AGC really goes through: a custom tag removed
 * or changed, an AGC upgrade (v1.5.2 or v1.6.0 to the pinned commit), and the
 * configuration changes AGC's CLI allows on a re-deploy. Written from template
 * diffs of synthesized AGC versions and variants and the update handlers of the
 * resource provider schemas. See exec-update-calls.json.
 */
export const EXEC_UPDATE_INVENTORY: InventoryCall[] = load('exec-update-calls.json');

/** Every call CloudFormation makes as the exec role for AGC's stacks. */
export const EXEC_INVENTORY: InventoryCall[] = [...EXEC_CREATE_DELETE_INVENTORY, ...EXEC_UPDATE_INVENTORY];

/**
 * The bucket of the update inventory's `agc account activate --bucket <other
 * name>` calls. An administrator who switches buckets lists both in
 * agcBucketNames, so these calls are simulated with that option.
 */
export const OTHER_BUCKET = 'agc-genomics-results';
export const onOtherBucket = (c: InventoryCall): boolean => c.resource.includes(`:${OTHER_BUCKET}`);
