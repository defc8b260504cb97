import { SCHEMA } from '../evidence';
import { Audience, PermissionRow } from '../row';

const CDK_APP = 'packages/cdk';

/**
 * AWS::DynamoDB::Table `Agc` of Agc-Core (TableName set by AGC): on-demand
 * billing, one GSI, three LSIs, TTL on `expiry`, DeletionPolicy Delete.
 *
 * Read-only Describe and Get calls that the create and update handlers list
 * are kept: they read the one table back. Dropped handler permissions, for
 * properties AGC never sets: dynamodb:ImportTable, dynamodb:DescribeImport and
 * the s3:* and logs:* the import uses (ImportSourceSpecification);
 * dynamodb:UpdateContinuousBackups (PointInTimeRecoverySpecification);
 * dynamodb:UpdateContributorInsights (ContributorInsightsSpecification);
 * dynamodb:Enable/Disable/UpdateKinesisStreamingDestination and kinesis:*
 * (KinesisStreamSpecification); dynamodb:PutResourcePolicy,
 * dynamodb:DeleteResourcePolicy (ResourcePolicy); dynamodb:CreateTableReplica,
 * dynamodb:AssociateTableReplica, iam:CreateServiceLinkedRole (replicas);
 * kms:* (SSESpecification with a customer managed key); and the item
 * operations dynamodb:Scan, Query, GetItem, PutItem, UpdateItem, DeleteItem,
 * BatchWriteItem, which the exec role must not have on AGC's run history.
 */
export const DYNAMODB_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-dynamodb-agc-table',
    audience: Audience.EXEC,
    commands: ['agc account activate', 'agc account deactivate'],
    actions: [
      'dynamodb:CreateTable', 'dynamodb:UpdateTable', 'dynamodb:DeleteTable', 'dynamodb:DescribeTable',
      'dynamodb:UpdateTimeToLive', 'dynamodb:DescribeTimeToLive',
      'dynamodb:TagResource', 'dynamodb:UntagResource', 'dynamodb:ListTagsOfResource',
      'dynamodb:DescribeContinuousBackups', 'dynamodb:DescribeContributorInsights',
      'dynamodb:DescribeKinesisStreamingDestination', 'dynamodb:GetResourcePolicy',
    ],
    resources: (n) => n.regional('dynamodb', 'table', 'Agc'),
    reason: 'creates table Agc with its indexes, TTL and stack tags, retags it, and deletes it with Agc-Core',
    evidence: [
      `${CDK_APP}/lib/stacks/core-stack.ts:243`,
      `${CDK_APP}/lib/stacks/core-stack.ts:253`,
      `${CDK_APP}/lib/stacks/core-stack.ts:255`,
      `${CDK_APP}/apps/core/app.ts:58`,
      `${SCHEMA}/aws-dynamodb-table.json:24`,
      `${SCHEMA}/aws-dynamodb-table.json:28`,
      `${SCHEMA}/aws-dynamodb-table.json:35`,
    ],
  },
];
