import { AgcNaming } from '../private/naming';

/** Who runs the commands that need a row. */
export enum Audience {
  /** `agc account activate|deactivate`. */
  ADMIN = 'admin',
  /** `agc context|workflow|logs|project|configure ...`. */
  USER = 'user',
  /**
   * CloudFormation, acting as `cdk-<qualifier>-cfn-exec-role`, creating,
   * updating and deleting the resources of Agc-Core and Agc-Context stacks.
   */
  EXEC = 'exec',
}

/** IAM condition block: operator -> key -> value(s). */
export type Conditions = Record<string, Record<string, string | string[]>>;

/**
 * One permission: which actions on which of AGC's resources, for which agc
 * commands, and the line of AGC's source that shows the need.
 */
export interface PermissionRow {
  /** Stable id, unique across all rows (kebab-case). */
  readonly id: string;
  readonly audience: Audience;
  /** The agc commands that need it. */
  readonly commands: string[];
  /** IAM actions, exact names (no wildcards). */
  readonly actions: string[];
  /**
   * Resource ARNs. `['*']` only for actions that AWS honours only on `*`
   * (the iam-data tests check this).
   */
  readonly resources: (n: AgcNaming) => string[];
  /** Extra conditions (tags, leading keys, passed services, ...). */
  readonly conditions?: (n: AgcNaming) => Conditions | undefined;
  /**
   * Whether `aws:RequestedRegion` applies when `regions` is set.
   * False for the global services IAM and STS, and for calls AGC makes
   * outside its own regions (the engine image registry).
   * @default true
   */
  readonly regional?: boolean;
  /** Why: what AGC does with it. */
  readonly reason: string;
  /**
   * Evidence: `path:line` in aws/amazon-genomics-cli at f9774847, or
   * `aws-cdk@2.128.0:path:line` in the CDK CLI AGC pins.
   */
  readonly evidence: string[];
}
