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

/**
 * sts:GetCallerIdentity, which AGC and the CDK CLI call, needs no permission:
 * AWS allows it even against an explicit deny, so no row grants it.
 */
export const STS_ROWS: PermissionRow[] = [
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
