import { CfnOutput, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AgcMinimalPermissions, AgcMinimalPermissionsProps } from './agc-minimal-permissions';

/**
 * Properties of `AgcPermissionsStack`: the stack's own props plus every
 * option of `AgcMinimalPermissions`.
 */
export interface AgcPermissionsStackProps extends StackProps, AgcMinimalPermissionsProps {}

/**
 * A ready-to-deploy stack with AGC's admin and user managed policies.
 * Each policy's ARN is a stack output (`AdminPolicy1Arn`, `UserPolicy1Arn`, ...).
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
    });
    this.permissions.adminPolicies.forEach((p, i) => new CfnOutput(this, `AdminPolicy${i + 1}Arn`, {
      value: p.managedPolicyArn,
      description: `ARN of AGC admin policy ${i + 1} (agc account activate and deactivate)`,
    }));
    this.permissions.userPolicies.forEach((p, i) => new CfnOutput(this, `UserPolicy${i + 1}Arn`, {
      value: p.managedPolicyArn,
      description: `ARN of AGC user policy ${i + 1} (agc context, workflow, logs and project commands)`,
    }));
  }
}
