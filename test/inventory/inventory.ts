import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * One AWS call agc makes with its caller's credentials, written from AGC's
 * source (f9774847) and the aws-cdk CLI 2.128.0, independently of the
 * permission rows in src/permissions. See agc-calls.json.
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
}

export const INVENTORY: InventoryCall[] = JSON.parse(readFileSync(join(__dirname, 'agc-calls.json'), 'utf-8'));

/**
 * The calls CloudFormation makes as cdk-<qualifier>-cfn-exec-role while it
 * creates, updates (retags) and deletes the resources of AGC's stacks, written
 * from AGC's synthesized templates and the resource provider schemas,
 * independently of the execution rows. See exec-calls.json.
 */
export const EXEC_INVENTORY: InventoryCall[] = JSON.parse(readFileSync(join(__dirname, 'exec-calls.json'), 'utf-8'));
