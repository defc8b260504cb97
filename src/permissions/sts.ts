import { AGC, CDK } from './evidence';
import { Audience, PermissionRow } from './row';

/** The CDK bootstrap roles `cdk deploy` and `cdk destroy` assume (image-publishing is never used: AGC has no container assets). */
const ASSUMED_ROLES = ['deploy', 'file-publishing', 'lookup'];

const ASSUME_EVIDENCE = [
  `${CDK}/api/aws-auth/sdk-provider.js:257`,
  `${CDK}/api/deployments.js:158`,
  `${CDK}/api/deployments.js:197`,
  'packages/cdk/apps/core/cdk.json:4',
  'packages/cdk/apps/context/cdk.json:4',
];

export const STS_ROWS: PermissionRow[] = [
  {
    id: 'sts-get-caller-identity-admin',
    audience: Audience.ADMIN,
    commands: ['agc account activate', 'agc account deactivate'],
    actions: ['sts:GetCallerIdentity'],
    // GetCallerIdentity has no resource type; AWS never denies it, it is listed so the policy states every call.
    resources: () => ['*'],
    regional: false,
    reason: 'finds the account for the default bucket and bootstrap names; the CDK CLI resolves the environment',
    evidence: [`${AGC}/aws/sts/get_account.go:12`, `${AGC}/cli/account_activate.go:107`, `${AGC}/cli/account_deactivate.go:121`, `${CDK}/api/aws-auth/sdk.js:136`],
  },
  {
    id: 'sts-get-caller-identity-user',
    audience: Audience.USER,
    commands: ['agc context deploy', 'agc context destroy'],
    actions: ['sts:GetCallerIdentity'],
    resources: () => ['*'],
    regional: false,
    reason: "the CDK CLI resolves the caller's account before it assumes the bootstrap roles",
    evidence: [`${CDK}/api/aws-auth/sdk.js:136`, `${CDK}/api/aws-auth/sdk.js:193`],
  },
  {
    id: 'sts-assume-bootstrap-roles-admin',
    audience: Audience.ADMIN,
    commands: ['agc account activate'],
    actions: ['sts:AssumeRole'],
    resources: (n) => ASSUMED_ROLES.flatMap((k) => n.bootstrapRoleArns(k)),
    regional: false,
    reason: 'cdk deploy of Agc-Core assumes the deploy, file-publishing and lookup roles that the bootstrap created',
    evidence: [`${AGC}/aws/cdk/deploy_app.go:15`, ...ASSUME_EVIDENCE],
  },
  {
    id: 'sts-assume-bootstrap-roles-user',
    audience: Audience.USER,
    commands: ['agc context deploy', 'agc context destroy'],
    actions: ['sts:AssumeRole'],
    resources: (n) => ASSUMED_ROLES.flatMap((k) => n.bootstrapRoleArns(k)),
    regional: false,
    reason: 'cdk deploy and cdk destroy of Agc-Context stacks assume the deploy, file-publishing and lookup roles',
    evidence: [`${AGC}/aws/cdk/deploy_app.go:15`, `${AGC}/aws/cdk/destroy_app.go:11`, ...ASSUME_EVIDENCE],
  },
];
