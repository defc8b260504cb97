import { BOOTSTRAP_TEMPLATE, SCHEMA } from './evidence';
import { Audience, PermissionRow } from './row';

const BOOTSTRAP = 'packages/cli/internal/pkg/aws/cdk/bootstrap.go:13';
const DEACTIVATE = 'packages/cli/internal/pkg/cli/account_deactivate.go:102';

/** The five roles of the bootstrap template (cdk-<qualifier>-<kind>-role-<account>-<region>). */
const BOOTSTRAP_ROLES = ['cfn-exec', 'deploy', 'file-publishing', 'image-publishing', 'lookup'];


export const IAM_ROWS: PermissionRow[] = [
  {
    id: 'iam-bootstrap-roles',
    audience: Audience.ADMIN,
    commands: ['agc account activate', 'agc account deactivate'],
    actions: [
      'iam:CreateRole', 'iam:DeleteRole', 'iam:GetRole', 'iam:TagRole', 'iam:UntagRole',
      'iam:PutRolePolicy', 'iam:GetRolePolicy', 'iam:DeleteRolePolicy',
      'iam:ListRolePolicies', 'iam:ListAttachedRolePolicies',
    ],
    resources: (n) => BOOTSTRAP_ROLES.flatMap((k) => n.bootstrapRoleArns(k)),
    regional: false,
    reason: 'cdk bootstrap runs without --role-arn, so CloudFormation creates, retags (agc-version changes) and, '
      + 'on deactivate, deletes the five cdk-<qualifier>-*-role-<account>-<region> roles and their inline policies with the '
      + "admin's own credentials (AWS::IAM::Role and AWS::IAM::Policy handlers)",
    evidence: [
      BOOTSTRAP,
      DEACTIVATE,
      `${BOOTSTRAP_TEMPLATE}:275`,
      `${BOOTSTRAP_TEMPLATE}:425`,
      `${BOOTSTRAP_TEMPLATE}:532`,
      `${SCHEMA}/aws-iam-role.json:116`,
      `${SCHEMA}/aws-iam-role.json:122`,
      `${SCHEMA}/aws-iam-role.json:125`,
      `${SCHEMA}/aws-iam-policy.json:4`,
    ],
  },
  {
    id: 'iam-bootstrap-role-attach-policies',
    audience: Audience.ADMIN,
    commands: ['agc account activate'],
    actions: ['iam:AttachRolePolicy'],
    // Only the lookup role and the exec role get managed policies.
    resources: (n) => ['cfn-exec', 'lookup'].flatMap((k) => n.bootstrapRoleArns(k)),
    // ReadOnlyAccess for the lookup role; for the exec role, AdministratorAccess
    // (AGC passes no --cloudformation-execution-policies), or with
    // hardenExecutionRole only the execution policies.
    conditions: (n) => ({
      ArnEquals: { 'iam:PolicyARN': [n.awsManagedPolicyArn('ReadOnlyAccess'), ...(n.executionPolicyArns ?? [n.awsManagedPolicyArn('AdministratorAccess')])] },
    }),
    regional: false,
    reason: 'CloudFormation attaches ReadOnlyAccess to the lookup role and the execution policies to the exec role',
    evidence: [BOOTSTRAP, `${BOOTSTRAP_TEMPLATE}:349`, `${BOOTSTRAP_TEMPLATE}:542`, `${SCHEMA}/aws-iam-role.json:116`],
  },
  {
    id: 'iam-bootstrap-role-detach-policies',
    audience: Audience.ADMIN,
    commands: ['agc account activate', 'agc account deactivate'],
    actions: ['iam:DetachRolePolicy'],
    resources: (n) => ['cfn-exec', 'lookup'].flatMap((k) => n.bootstrapRoleArns(k)),
    // Detaching AdministratorAccess stays allowed with hardening: it is how an
    // existing bootstrap moves to the execution policies.
    conditions: (n) => ({
      ArnEquals: { 'iam:PolicyARN': [n.awsManagedPolicyArn('ReadOnlyAccess'), n.awsManagedPolicyArn('AdministratorAccess'), ...(n.executionPolicyArns ?? [])] },
    }),
    regional: false,
    reason: 'CloudFormation detaches the managed policies when the exec policies change and when deactivate deletes the roles',
    evidence: [BOOTSTRAP, DEACTIVATE, `${BOOTSTRAP_TEMPLATE}:542`, `${SCHEMA}/aws-iam-role.json:122`, `${SCHEMA}/aws-iam-role.json:125`],
  },
];
