import { CfnOutput, Fn, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AgcMinimalPermissions, AgcMinimalPermissionsProps } from './agc-minimal-permissions';

/**
 * Properties of `AgcPermissionsStack`: the stack's own props plus every
 * option of `AgcMinimalPermissions`.
 */
export interface AgcPermissionsStackProps extends StackProps, AgcMinimalPermissionsProps {}

/**
 * A ready-to-deploy stack with AGC's admin and user managed policies.
 * Each policy's ARN is a stack output (`AdminPolicy1Arn`, `UserPolicy1Arn`, ...;
 * with hardenExecutionRole also `ExecPolicy1Arn`, ... and
 * `CloudFormationExecutionPolicies`, their comma-separated list).
 *
 * IAM is global: deploy this stack once per account, in any region. It serves
 * AGC in every region that `regions` allows.
 */
export class AgcPermissionsStack extends Stack {
  /** The policies. */
  public readonly permissions: AgcMinimalPermissions;

  constructor(scope: Construct, id: string, props: AgcPermissionsStackProps = {}) {
    super(scope, id, {
      description: 'Least-privilege IAM managed policies for the Amazon Genomics CLI (cdk-agc-minimal-permissions)',
      ...props,
    });
    this.permissions = new AgcMinimalPermissions(this, 'Permissions', {
      regions: props.regions,
      agcBucketNames: props.agcBucketNames,
      bootstrapQualifier: props.bootstrapQualifier,
      projects: props.projects,
      policyNamePrefix: props.policyNamePrefix,
      hardenExecutionRole: props.hardenExecutionRole,
    });
    this.permissions.adminPolicies.forEach((p, i) => new CfnOutput(this, `AdminPolicy${i + 1}Arn`, {
      value: p.managedPolicyArn,
      description: `ARN of AGC admin policy ${i + 1} (agc account activate and deactivate)`,
    }));
    this.permissions.userPolicies.forEach((p, i) => new CfnOutput(this, `UserPolicy${i + 1}Arn`, {
      value: p.managedPolicyArn,
      description: `ARN of AGC user policy ${i + 1} (agc context, workflow, logs and project commands)`,
    }));
    const exec = this.permissions.executionPolicies;
    exec.forEach((p, i) => new CfnOutput(this, `ExecPolicy${i + 1}Arn`, {
      value: p.managedPolicyArn,
      description: `ARN of AGC CloudFormation execution policy ${i + 1} (cdk-<qualifier>-cfn-exec-role)`,
    }));
    if (exec.length > 0) {
      new CfnOutput(this, 'CloudFormationExecutionPolicies', {
        value: Fn.join(',', exec.map((p) => p.managedPolicyArn)),
        description: 'The value for cdk bootstrap --cloudformation-execution-policies',
      });
    }
  }
}
