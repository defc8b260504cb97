import { ArnFormat } from 'aws-cdk-lib';
import { SCHEMA } from '../evidence';
import { Audience, PermissionRow } from '../row';

const CDK_APP = 'packages/cdk';
const CONTEXT = ['agc context deploy', 'agc context destroy'];

/**
 * AWS::Logs::LogGroup: the engine, adapter and API access log groups of
 * Agc-Context-* (Agc-Core has none). AGC sets no LogGroupName, so
 * CloudFormation names them `<stack name>-<logical id>-<suffix>`. Lambda's own
 * /aws/lambda/<function> groups are created by Lambda with the functions'
 * roles, not by CloudFormation, so they need nothing here.
 *
 * Every AGC log group has DeletionPolicy Retain (CDK's default for LogGroup), so
 * CloudFormation never deletes one: logs:DeleteLogGroup and
 * logs:DeleteDataProtectionPolicy (delete handler) are dropped.
 *
 * Other dropped handler permissions: logs:GetDataProtectionPolicy,
 * logs:PutDataProtectionPolicy (no DataProtectionPolicy); logs:AssociateKmsKey,
 * logs:DisassociateKmsKey (no KmsKeyId); logs:CreateLogDelivery,
 * s3:REST.PUT.OBJECT (not an IAM action), firehose:TagDeliveryStream,
 * logs:PutBearerTokenAuthentication (no delivery or bearer-token settings);
 * logs:PutResourcePolicy, logs:DescribeResourcePolicies,
 * logs:DeleteResourcePolicy (no ResourcePolicyDocument); logs:PutIndexPolicy,
 * logs:DescribeIndexPolicies, logs:DeleteIndexPolicy (no FieldIndexPolicies);
 * logs:PutLogGroupDeletionProtection (no DeletionProtection);
 * logs:DeleteRetentionPolicy (RetentionInDays is always set, never removed).
 */
export const LOGS_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-logs-log-groups',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: [
      'logs:CreateLogGroup', 'logs:PutRetentionPolicy',
      'logs:TagResource', 'logs:UntagResource', 'logs:ListTagsForResource',
    ],
    resources: (n) => n.agcStackResourceNames.filter((s) => s.startsWith('Agc-Context-'))
      .flatMap((s) => n.regional('logs', 'log-group', s, ArnFormat.COLON_RESOURCE_NAME)),
    reason: "creates the context's engine, adapter and API access log groups with their retention (RetentionInDays) "
      + 'and stack tags, and retags them when the tags change',
    evidence: [
      `${CDK_APP}/lib/constructs/engines/engine.ts:19`,
      `${CDK_APP}/lib/stacks/engines/cromwell-engine-construct.ts:43`,
      `${CDK_APP}/lib/stacks/engines/cromwell-engine-construct.ts:61`,
      `${CDK_APP}/lib/stacks/engines/toil-engine-construct.ts:33`,
      `${CDK_APP}/lib/constructs/api-proxy.ts:58`,
      `${CDK_APP}/apps/context/app.ts:31`,
      `${SCHEMA}/aws-logs-loggroup.json:95`,
      `${SCHEMA}/aws-logs-loggroup.json:101`,
    ],
  },
  {
    id: 'exec-logs-describe-log-groups',
    audience: Audience.EXEC,
    commands: CONTEXT,
    // Wildcard-only action.
    actions: ['logs:DescribeLogGroups'],
    resources: () => ['*'],
    reason: 'the log group handlers look the group up after creating or updating it',
    evidence: [`${SCHEMA}/aws-logs-loggroup.json:95`, `${SCHEMA}/aws-logs-loggroup.json:101`],
  },
];
