import { AGC, CDK } from './evidence';
import { Audience, PermissionRow } from './row';

export const EC2_ROWS: PermissionRow[] = [
  {
    id: 'ec2-lookups-first-bootstrap',
    audience: Audience.ADMIN,
    commands: ['agc account activate'],
    actions: ['ec2:DescribeAvailabilityZones', 'ec2:DescribeRouteTables', 'ec2:DescribeSubnets', 'ec2:DescribeVpcs', 'ec2:DescribeVpnGateways'],
    // EC2 Describe* actions have no resource-level permissions: AWS honours them only on "*".
    resources: () => ['*'],
    reason: 'cdk bootstrap synthesizes Agc-Core first; on the first activation the lookup role does not exist yet, '
      + "so the CDK CLI looks up availability zones (new VPC) or the --vpc VPC with the admin's own credentials",
    evidence: [
      'packages/cdk/lib/stacks/core-stack.ts:182',
      'packages/cdk/lib/stacks/core-stack.ts:194',
      `${AGC}/cli/account_activate.go:153`,
      `${CDK}/cdk-toolkit.js:576`,
      `${CDK}/api/aws-auth/sdk-provider.js:126`,
      `${CDK}/context-providers/vpcs.js:23`,
      `${CDK}/context-providers/availability-zones.js:20`,
    ],
  },
];
