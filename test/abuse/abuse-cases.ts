/**
 * Near misses of real grants: the same kind of call AGC makes, on another
 * bucket, stack, table, parameter, log group, repository, role, account or
 * with another action. Every one must be denied. Placeholders as in the
 * inventory: {partition}, {region}, {account}.
 */
export interface AbuseCase {
  readonly name: string;
  readonly principal: 'admin' | 'user';
  readonly action: string;
  readonly resource: string;
  readonly context?: Record<string, string | string[]>;
  /**
   * Denied only when `regions` is set. Without it, `*` stands for the region in
   * names such as agc-<account>-<region>, and also matches longer names
   * (README: exceptions).
   */
  readonly requiresRegions?: boolean;
}

const OTHER_ACCOUNT = '444455556666';
const AGC_BUCKET = 'agc-{account}-{region}';
const USER_KEY = 'project/demo/userid/alice2ILP5Y';
const CONTEXT_STACK = 'Agc-Context-demo-alice2ILP5Y-spot';

/** Abuse cases for both audiences; the admin's policies must deny the user-side ones too where noted. */
export const ABUSE_CASES: AbuseCase[] = [
  // S3: other buckets, other prefixes, other actions
  { name: 'upload into another bucket', principal: 'user', action: 's3:PutObject', resource: `arn:{partition}:s3:::other-genomics-data/${USER_KEY}/reads.fastq` },
  { name: 'upload outside project/ in the AGC bucket', principal: 'user', action: 's3:PutObject', resource: `arn:{partition}:s3:::${AGC_BUCKET}/artifacts/batch-artifacts/tampered.zip` },
  { name: 'upload into the CDK staging bucket', principal: 'user', action: 's3:PutObject', resource: 'arn:{partition}:s3:::cdk-agc-assets-{account}-{region}/template.json' },
  { name: 'read objects of the AGC bucket (agc never does)', principal: 'user', action: 's3:GetObject', resource: `arn:{partition}:s3:::${AGC_BUCKET}/${USER_KEY}/data/reads.fastq` },
  { name: 'delete objects of the AGC bucket', principal: 'user', action: 's3:DeleteObject', resource: `arn:{partition}:s3:::${AGC_BUCKET}/${USER_KEY}/data/reads.fastq` },
  { name: 'delete the AGC bucket', principal: 'admin', action: 's3:DeleteBucket', resource: `arn:{partition}:s3:::${AGC_BUCKET}` },
  { name: 'empty the AGC data bucket', principal: 'admin', action: 's3:DeleteObject', resource: `arn:{partition}:s3:::${AGC_BUCKET}/${USER_KEY}/data/reads.fastq` },
  { name: 'delete the default CDK staging bucket', principal: 'admin', action: 's3:DeleteBucket', resource: 'arn:{partition}:s3:::cdk-hnb659fds-assets-{account}-{region}' },
  { name: 'replace the policy of another bucket', principal: 'admin', action: 's3:PutBucketPolicy', resource: 'arn:{partition}:s3:::other-genomics-data' },
  { name: 'create a bucket named like the staging bucket plus a suffix', principal: 'admin', action: 's3:CreateBucket', resource: 'arn:{partition}:s3:::cdk-agc-assets-{account}-{region}-copy', requiresRegions: true },
  { name: 'upload into a bucket named like the AGC bucket plus a suffix', principal: 'user', action: 's3:PutObject', resource: `arn:{partition}:s3:::${AGC_BUCKET}-secrets/${USER_KEY}/reads.fastq`, requiresRegions: true },
  { name: 'create a bucket that is not the staging bucket', principal: 'admin', action: 's3:CreateBucket', resource: 'arn:{partition}:s3:::cdk-agc-backups-{account}-{region}' },

  // CloudFormation: other stacks, destructive calls on AGC's own stacks
  { name: 'user deletes Agc-Core', principal: 'user', action: 'cloudformation:DeleteStack', resource: 'arn:{partition}:cloudformation:{region}:{account}:stack/Agc-Core/0f1e2d3c-aaaa-bbbb-cccc-000000000000' },
  { name: 'user deletes the bootstrap stack', principal: 'user', action: 'cloudformation:DeleteStack', resource: 'arn:{partition}:cloudformation:{region}:{account}:stack/Agc-CDKToolkit/0f1e2d3c-aaaa-bbbb-cccc-000000000000' },
  { name: 'user deletes a context stack directly', principal: 'user', action: 'cloudformation:DeleteStack', resource: `arn:{partition}:cloudformation:{region}:{account}:stack/${CONTEXT_STACK}/0f1e2d3c-aaaa-bbbb-cccc-000000000000` },
  { name: 'user changes a context stack directly', principal: 'user', action: 'cloudformation:CreateChangeSet', resource: `arn:{partition}:cloudformation:{region}:{account}:stack/${CONTEXT_STACK}/0f1e2d3c-aaaa-bbbb-cccc-000000000000` },
  { name: 'user reads another stack', principal: 'user', action: 'cloudformation:DescribeStacks', resource: 'arn:{partition}:cloudformation:{region}:{account}:stack/Payroll/0f1e2d3c-aaaa-bbbb-cccc-000000000000' },
  { name: 'user reads a stack whose name only starts like a context', principal: 'user', action: 'cloudformation:DescribeStacks', resource: 'arn:{partition}:cloudformation:{region}:{account}:stack/Agc-Contextual/0f1e2d3c-aaaa-bbbb-cccc-000000000000' },
  { name: 'admin deletes another stack', principal: 'admin', action: 'cloudformation:DeleteStack', resource: 'arn:{partition}:cloudformation:{region}:{account}:stack/Payroll/0f1e2d3c-aaaa-bbbb-cccc-000000000000' },
  { name: "admin deletes the account's default CDKToolkit", principal: 'admin', action: 'cloudformation:DeleteStack', resource: 'arn:{partition}:cloudformation:{region}:{account}:stack/CDKToolkit/0f1e2d3c-aaaa-bbbb-cccc-000000000000' },
  { name: 'admin changes Agc-Core directly', principal: 'admin', action: 'cloudformation:CreateChangeSet', resource: 'arn:{partition}:cloudformation:{region}:{account}:stack/Agc-Core/0f1e2d3c-aaaa-bbbb-cccc-000000000000', context: { 'aws:RequestTag/application-name': 'agc' } },
  { name: 'admin deploys the bootstrap without the application-name tag', principal: 'admin', action: 'cloudformation:CreateChangeSet', resource: 'arn:{partition}:cloudformation:{region}:{account}:stack/Agc-CDKToolkit/0f1e2d3c-aaaa-bbbb-cccc-000000000000' },
  { name: 'admin deploys the bootstrap tagged as another application', principal: 'admin', action: 'cloudformation:CreateChangeSet', resource: 'arn:{partition}:cloudformation:{region}:{account}:stack/Agc-CDKToolkit/0f1e2d3c-aaaa-bbbb-cccc-000000000000', context: { 'aws:RequestTag/application-name': 'other' } },

  // SSM
  { name: 'read a parameter outside /agc/_common', principal: 'user', action: 'ssm:GetParameter', resource: 'arn:{partition}:ssm:{region}:{account}:parameter/prod/db-password' },
  { name: 'read an AGC parameter the CLI never reads', principal: 'user', action: 'ssm:GetParameter', resource: 'arn:{partition}:ssm:{region}:{account}:parameter/agc/_common/vpc' },
  { name: 'overwrite the AGC bucket parameter', principal: 'user', action: 'ssm:PutParameter', resource: 'arn:{partition}:ssm:{region}:{account}:parameter/agc/_common/bucket' },
  { name: 'overwrite the AGC bucket parameter as admin', principal: 'admin', action: 'ssm:PutParameter', resource: 'arn:{partition}:ssm:{region}:{account}:parameter/agc/_common/bucket' },
  { name: "delete the default qualifier's bootstrap version", principal: 'admin', action: 'ssm:DeleteParameter', resource: 'arn:{partition}:ssm:{region}:{account}:parameter/cdk-bootstrap/hnb659fds/version' },

  // DynamoDB
  { name: 'read another table', principal: 'user', action: 'dynamodb:GetItem', resource: 'arn:{partition}:dynamodb:{region}:{account}:table/Payroll', context: { 'dynamodb:LeadingKeys': ['PROJECT#demo#USER#alice2ILP5Y'] } },
  { name: 'scan the Agc table', principal: 'user', action: 'dynamodb:Scan', resource: 'arn:{partition}:dynamodb:{region}:{account}:table/Agc' },
  { name: 'delete run history', principal: 'user', action: 'dynamodb:DeleteItem', resource: 'arn:{partition}:dynamodb:{region}:{account}:table/Agc', context: { 'dynamodb:LeadingKeys': ['PROJECT#demo#USER#alice2ILP5Y'] } },
  { name: 'query the unused gsi1 index', principal: 'user', action: 'dynamodb:Query', resource: 'arn:{partition}:dynamodb:{region}:{account}:table/Agc/index/gsi1', context: { 'dynamodb:LeadingKeys': ['PROJECT#demo#USER#alice2ILP5Y'] } },

  // CloudWatch Logs
  { name: "read another function's logs", principal: 'user', action: 'logs:FilterLogEvents', resource: 'arn:{partition}:logs:{region}:{account}:log-group:/aws/lambda/payroll-export:*' },
  { name: "read another stack's logs", principal: 'user', action: 'logs:FilterLogEvents', resource: 'arn:{partition}:logs:{region}:{account}:log-group:Payroll-ApiLogs-1A2B3C:*' },
  { name: 'delete a context log group', principal: 'user', action: 'logs:DeleteLogGroup', resource: `arn:{partition}:logs:{region}:{account}:log-group:${CONTEXT_STACK}-EngineLogGroup-1A2B3C:*` },

  // ECR
  { name: 'list images of the same repository name in another account', principal: 'user', action: 'ecr:ListImages', resource: `arn:{partition}:ecr:{region}:${OTHER_ACCOUNT}:repository/aws/cromwell-mirror` },
  { name: "list a non-engine repository in AGC's image account", principal: 'user', action: 'ecr:ListImages', resource: 'arn:{partition}:ecr:{region}:680431765560:repository/aws/internal-tools' },
  { name: 'delete another repository', principal: 'admin', action: 'ecr:DeleteRepository', resource: 'arn:{partition}:ecr:{region}:{account}:repository/payroll' },
  { name: 'make tags of another repository mutable', principal: 'admin', action: 'ecr:PutImageTagMutability', resource: 'arn:{partition}:ecr:{region}:{account}:repository/payroll' },
  { name: 'user deletes the bootstrap repository', principal: 'user', action: 'ecr:DeleteRepository', resource: 'arn:{partition}:ecr:{region}:{account}:repository/cdk-agc-container-assets-{account}-{region}' },

  // WES API
  { name: 'call WES with a method AGC never uses', principal: 'user', action: 'execute-api:Invoke', resource: 'arn:{partition}:execute-api:{region}:{account}:abcde12345/prod/DELETE/ga4gh/wes/v1/runs/3a1f2b4c' },
  { name: 'call another stage of the API', principal: 'user', action: 'execute-api:Invoke', resource: 'arn:{partition}:execute-api:{region}:{account}:abcde12345/dev/GET/ga4gh/wes/v1/service-info' },
  { name: 'call another path of the API', principal: 'user', action: 'execute-api:Invoke', resource: 'arn:{partition}:execute-api:{region}:{account}:abcde12345/prod/GET/admin/users' },
  { name: 'call an API in another account', principal: 'user', action: 'execute-api:Invoke', resource: `arn:{partition}:execute-api:{region}:${OTHER_ACCOUNT}:abcde12345/prod/GET/ga4gh/wes/v1/service-info` },

  // STS: only the three bootstrap roles of this account and qualifier
  { name: 'user assumes the exec role', principal: 'user', action: 'sts:AssumeRole', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-cfn-exec-role-{account}-{region}' },
  { name: 'admin assumes the exec role', principal: 'admin', action: 'sts:AssumeRole', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-cfn-exec-role-{account}-{region}' },
  { name: 'user assumes the unused image-publishing role', principal: 'user', action: 'sts:AssumeRole', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-image-publishing-role-{account}-{region}' },
  { name: 'user assumes an arbitrary role', principal: 'user', action: 'sts:AssumeRole', resource: 'arn:{partition}:iam::{account}:role/OrganizationAccountAccessRole' },
  { name: "user assumes the default qualifier's deploy role", principal: 'user', action: 'sts:AssumeRole', resource: 'arn:{partition}:iam::{account}:role/cdk-hnb659fds-deploy-role-{account}-{region}' },
  { name: "user assumes another account's AGC deploy role", principal: 'user', action: 'sts:AssumeRole', resource: `arn:{partition}:iam::${OTHER_ACCOUNT}:role/cdk-agc-deploy-role-${OTHER_ACCOUNT}-{region}` },
  { name: 'admin assumes an arbitrary role', principal: 'admin', action: 'sts:AssumeRole', resource: 'arn:{partition}:iam::{account}:role/OrganizationAccountAccessRole' },

  // IAM: editing or re-trusting the bootstrap roles, passing the exec role
  { name: 'user passes the exec role', principal: 'user', action: 'iam:PassRole', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-cfn-exec-role-{account}-{region}', context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
  { name: 'admin passes the exec role', principal: 'admin', action: 'iam:PassRole', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-cfn-exec-role-{account}-{region}', context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
  { name: 'user edits the deploy role', principal: 'user', action: 'iam:PutRolePolicy', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-deploy-role-{account}-{region}' },
  { name: 'user attaches a policy to the exec role', principal: 'user', action: 'iam:AttachRolePolicy', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-cfn-exec-role-{account}-{region}', context: { 'iam:PolicyARN': 'arn:{partition}:iam::aws:policy/AdministratorAccess' } },
  { name: 'user changes the trust of the deploy role', principal: 'user', action: 'iam:UpdateAssumeRolePolicy', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-deploy-role-{account}-{region}' },
  { name: 'admin changes the trust of the deploy role', principal: 'admin', action: 'iam:UpdateAssumeRolePolicy', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-deploy-role-{account}-{region}' },
  { name: 'admin attaches a customer managed policy to the exec role', principal: 'admin', action: 'iam:AttachRolePolicy', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-cfn-exec-role-{account}-{region}', context: { 'iam:PolicyARN': 'arn:{partition}:iam::{account}:policy/Anything' } },
  { name: 'admin attaches IAMFullAccess to the deploy role', principal: 'admin', action: 'iam:AttachRolePolicy', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-deploy-role-{account}-{region}', context: { 'iam:PolicyARN': 'arn:{partition}:iam::aws:policy/IAMFullAccess' } },
  { name: 'admin attaches AdministratorAccess to another role', principal: 'admin', action: 'iam:AttachRolePolicy', resource: 'arn:{partition}:iam::{account}:role/Developer', context: { 'iam:PolicyARN': 'arn:{partition}:iam::aws:policy/AdministratorAccess' } },
  { name: 'admin creates a role outside the bootstrap names', principal: 'admin', action: 'iam:CreateRole', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-backdoor' },
  { name: 'admin creates a look-alike of a bootstrap role', principal: 'admin', action: 'iam:CreateRole', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-backdoor-role-{account}-{region}' },
  { name: "admin edits the default qualifier's deploy role", principal: 'admin', action: 'iam:PutRolePolicy', resource: 'arn:{partition}:iam::{account}:role/cdk-hnb659fds-deploy-role-{account}-{region}' },
  { name: 'admin creates a user', principal: 'admin', action: 'iam:CreateUser', resource: 'arn:{partition}:iam::{account}:user/agc-backdoor' },
];
