import { ArnFormat, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ResolvedOptions } from './options';

/**
 * Builds the names and ARNs of AGC's resources for the permission rows.
 *
 * IAM is global: one stack serves AGC in every region of the account. So no
 * ARN here takes the permission stack's own region. Each ARN is built once
 * per entry of `regions`, or with `*` when `regions` is unset.
 */
export class AgcNaming {
  /** The regions to put in ARNs: the `regions` prop, or `['*']`. */
  public readonly arnRegions: string[];
  /** True when `regions` is set and requests must carry `aws:RequestedRegion`. */
  public readonly regionScoped: boolean;
  public readonly qualifier: string;
  /** The `projects` prop, or undefined for every project. */
  public readonly projects?: string[];
  private readonly stack: Stack;

  /**
   * @param executionPolicyArns with hardenExecutionRole, the ARNs of the
   * execution policies, which the bootstrap attaches to the exec role instead
   * of AdministratorAccess
   */
  constructor(scope: IConstruct, public readonly options: ResolvedOptions, public readonly executionPolicyArns?: string[]) {
    this.stack = Stack.of(scope);
    this.arnRegions = options.regions ?? ['*'];
    this.regionScoped = options.regions !== undefined;
    this.qualifier = options.bootstrapQualifier;
    this.projects = options.projects;
  }

  /** The same naming, for policies that reference the execution policies. */
  public withExecutionPolicies(arns: string[]): AgcNaming {
    return new AgcNaming(this.stack, this.options, arns);
  }

  /** The account the policies are deployed to (a token unless the stack has an env). */
  public get account(): string {
    return this.stack.account;
  }

  /** The `regions` prop, for `aws:RequestedRegion`. */
  public get requestedRegions(): string[] {
    return this.options.regions ?? [];
  }

  /** An ARN in AGC's account, built by the Stack, for one explicit region ('' for global services). */
  public arn(service: string, region: string, resource: string, resourceName?: string,
    sep: ArnFormat = ArnFormat.SLASH_RESOURCE_NAME, account?: string): string {
    return this.stack.formatArn({
      service,
      region,
      account: account ?? this.stack.account,
      resource,
      resourceName,
      arnFormat: resourceName === undefined ? ArnFormat.NO_RESOURCE_NAME : sep,
    });
  }

  /** One ARN per region in `arnRegions`. */
  public regional(service: string, resource: string, resourceName?: string, sep: ArnFormat = ArnFormat.SLASH_RESOURCE_NAME): string[] {
    return this.arnRegions.map((r) => this.arn(service, r, resource, resourceName, sep));
  }

  /**
   * Projects as they appear in names: each project of `projects`, or `*`.
   */
  public get projectPatterns(): string[] {
    return this.projects ?? ['*'];
  }

  /** AGC's bucket names: the `agcBucketNames` prop, or `agc-<account>-<region>` per region. */
  public get agcBuckets(): string[] {
    return this.options.agcBucketNames ?? this.arnRegions.map((r) => `agc-${this.account}-${r}`);
  }

  /** S3 ARNs of AGC's buckets. */
  public get agcBucketArns(): string[] {
    return this.agcBuckets.map((b) => this.s3(b));
  }

  /** An S3 ARN for a bucket, or for keys in it. */
  public s3(bucket: string, key?: string): string {
    return this.arn('s3', '', bucket, key, ArnFormat.SLASH_RESOURCE_NAME, '');
  }

  /** Name of a bootstrap role: `cdk-<qualifier>-<kind>-role-<account>-<region>`. */
  public bootstrapRoleArns(kind: string): string[] {
    return this.arnRegions.map((r) => this.arn('iam', '', 'role', `cdk-${this.qualifier}-${kind}-role-${this.account}-${r}`));
  }

  /** `cdk-<qualifier>-assets-<account>-<region>` per region. */
  public get bootstrapBuckets(): string[] {
    return this.arnRegions.map((r) => `cdk-${this.qualifier}-assets-${this.account}-${r}`);
  }

  /** `cdk-<qualifier>-container-assets-<account>-<region>` per region. */
  public get bootstrapRepositoryArns(): string[] {
    return this.arnRegions.map((r) => this.arn('ecr', r, 'repository', `cdk-${this.qualifier}-container-assets-${this.account}-${r}`));
  }

  /** CloudFormation stack ARNs for a stack name pattern, per region. */
  public stackArns(stackName: string): string[] {
    return this.regional('cloudformation', 'stack', `${stackName}/*`);
  }

  /** `Agc-Context-<project>-*` per project (userId and context are not trust boundaries). */
  public get contextStackNames(): string[] {
    return this.projectPatterns.map((p) => `Agc-Context-${p}-*`);
  }

  /** ARN of an AWS managed policy, e.g. `arn:<partition>:iam::aws:policy/ReadOnlyAccess`. */
  public awsManagedPolicyArn(name: string): string {
    return this.arn('iam', '', 'policy', name, ArnFormat.SLASH_RESOURCE_NAME, 'aws');
  }

  /**
   * Names CloudFormation generates for the resources of AGC's stacks start with
   * the stack name: `Agc-Core-*` and `Agc-Context-*` (exec role rows).
   */
  public get agcStackResourceNames(): string[] {
    return [...this.agcCoreResourceNames, ...this.agcContextResourceNames];
  }

  /** Generated names in Agc-Core: `Agc-Core-<logicalId>-<suffix>`. */
  public get agcCoreResourceNames(): string[] {
    return ['Agc-Core-*'];
  }

  /** Generated names in every Agc-Context-<project>-<userId>-<context> stack. */
  public get agcContextResourceNames(): string[] {
    return ['Agc-Context-*'];
  }
}
