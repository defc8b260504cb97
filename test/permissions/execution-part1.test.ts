/**
 * Execution rows for IAM, Lambda, CloudWatch Logs, S3, DynamoDB, SSM and API
 * Gateway, compiled with the library's compiler: a few concrete calls
 * CloudFormation makes for AGC's stacks are allowed, their near misses denied.
 */
import { EXEC_ROWS } from '../../src/permissions';
import { APIGATEWAY_EXEC_ROWS } from '../../src/permissions/execution/apigateway';
import { DYNAMODB_EXEC_ROWS } from '../../src/permissions/execution/dynamodb';
import { IAM_EXEC_ROWS } from '../../src/permissions/execution/iam';
import { LAMBDA_EXEC_ROWS } from '../../src/permissions/execution/lambda';
import { LOGS_EXEC_ROWS } from '../../src/permissions/execution/logs';
import { S3_EXEC_ROWS } from '../../src/permissions/execution/s3';
import { SSM_EXEC_ROWS } from '../../src/permissions/execution/ssm';
import { Audience } from '../../src/permissions/row';
import { documentsFromRows, namingFor } from '../support/rows';
import { matchIdentityPolicies, PARTITIONS, simulate } from '../support/simulate';
import { ACCOUNT } from '../support/synth';

const MINE = new Set([
  ...IAM_EXEC_ROWS, ...LAMBDA_EXEC_ROWS, ...LOGS_EXEC_ROWS, ...S3_EXEC_ROWS,
  ...DYNAMODB_EXEC_ROWS, ...SSM_EXEC_ROWS, ...APIGATEWAY_EXEC_ROWS,
].map((r) => r.id));
// The calls below are checked against every execution row: rows of other services may serve them (e.g. EC2 lookups).
const ROWS = EXEC_ROWS;
const OWN_ROWS = EXEC_ROWS.filter((r) => MINE.has(r.id));

const pc = PARTITIONS[0];
const REGION = pc.agcRegion;
const P = pc.partition;
const docs = documentsFromRows(ROWS, pc);

const CONTEXT_ROLE = `arn:${P}:iam::${ACCOUNT}:role/Agc-Context-demo-alice2ILP5Y-spot-BatchRole-ABC123`;
const CORE_ROLE = `arn:${P}:iam::${ACCOUNT}:role/Agc-Core-CustomCDKBucketDeploy-1A2B3C4D5E6F`;
const CONTEXT_FUNCTION = `arn:${P}:lambda:${REGION}:${ACCOUNT}:function:Agc-Context-demo-alice2ILP5Y-nextflowWesAdapter-1A2B3C4D5E6F`;
const CORE_FUNCTION = `arn:${P}:lambda:${REGION}:${ACCOUNT}:function:Agc-Core-CustomCDKBucketDeployment869-1A2B3C4D5E6F`;
const AGC_BUCKET = `arn:${P}:s3:::agc-${ACCOUNT}-${REGION}`;
const AGC_TABLE = `arn:${P}:dynamodb:${REGION}:${ACCOUNT}:table/Agc`;
const API = (path: string) => `arn:${P}:apigateway:${REGION}::${path}`;
const AGC_TAGGED = { 'aws:ResourceTag/application-name': 'agc' };
const OTHER_TAGGED = { 'aws:ResourceTag/application-name': 'payroll' };

interface Call {
  readonly action: string;
  readonly resource: string;
  readonly context?: Record<string, string | string[]>;
}

const ALLOWED: Array<[string, Call]> = [
  // AWS::IAM::Role and AWS::IAM::Policy
  ['create a context role', { action: 'iam:CreateRole', resource: CONTEXT_ROLE }],
  ['create the core BucketDeployment role', { action: 'iam:CreateRole', resource: CORE_ROLE }],
  ['tag a context role', { action: 'iam:TagRole', resource: CONTEXT_ROLE }],
  ['write an inline policy of a context role', { action: 'iam:PutRolePolicy', resource: CONTEXT_ROLE }],
  ['delete a core role', { action: 'iam:DeleteRole', resource: CORE_ROLE }],
  ['attach AWSBatchServiceRole', { action: 'iam:AttachRolePolicy', resource: CONTEXT_ROLE, context: { 'iam:PolicyARN': `arn:${P}:iam::aws:policy/service-role/AWSBatchServiceRole` } }],
  ['attach AmazonSSMManagedInstanceCore', { action: 'iam:AttachRolePolicy', resource: CONTEXT_ROLE, context: { 'iam:PolicyARN': `arn:${P}:iam::aws:policy/AmazonSSMManagedInstanceCore` } }],
  ['detach AWSLambdaBasicExecutionRole', { action: 'iam:DetachRolePolicy', resource: CORE_ROLE, context: { 'iam:PolicyARN': `arn:${P}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole` } }],
  // iam:PassRole
  ['pass a context role to Batch', { action: 'iam:PassRole', resource: CONTEXT_ROLE, context: { 'iam:PassedToService': 'batch.amazonaws.com' } }],
  ['pass a context role to ECS tasks', { action: 'iam:PassRole', resource: CONTEXT_ROLE, context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } }],
  ['pass a context role to EC2', { action: 'iam:PassRole', resource: CONTEXT_ROLE, context: { 'iam:PassedToService': 'ec2.amazonaws.com' } }],
  ['pass a context role to Lambda', { action: 'iam:PassRole', resource: CONTEXT_ROLE, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } }],
  ['pass the context CloudWatch role to API Gateway', { action: 'iam:PassRole', resource: CONTEXT_ROLE, context: { 'iam:PassedToService': 'apigateway.amazonaws.com' } }],
  ['put a context role into an instance profile (no service named)', { action: 'iam:PassRole', resource: CONTEXT_ROLE }],
  ['pass the core role to Lambda', { action: 'iam:PassRole', resource: CORE_ROLE, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } }],
  ['pass the Spot Fleet service-linked role', { action: 'iam:PassRole', resource: `arn:${P}:iam::${ACCOUNT}:role/aws-service-role/spotfleet.amazonaws.com/AWSServiceRoleForEC2SpotFleet`, context: { 'iam:PassedToService': 'batch.amazonaws.com' } }],
  // AWS::IAM::InstanceProfile and service-linked roles
  ['create a context instance profile', { action: 'iam:CreateInstanceProfile', resource: `arn:${P}:iam::${ACCOUNT}:instance-profile/Agc-Context-demo-alice2ILP5Y-spot-ComputeProfile-ABC123` }],
  ['add a role to a context instance profile', { action: 'iam:AddRoleToInstanceProfile', resource: `arn:${P}:iam::${ACCOUNT}:instance-profile/Agc-Context-demo-alice2ILP5Y-spot-ComputeProfile-ABC123` }],
  ['create the ECS service-linked role', { action: 'iam:CreateServiceLinkedRole', resource: `arn:${P}:iam::${ACCOUNT}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`, context: { 'iam:AWSServiceName': 'ecs.amazonaws.com' } }],
  // AWS::Lambda::Function, LayerVersion, Permission; Custom::CDKBucketDeployment
  ['create a WES adapter function', { action: 'lambda:CreateFunction', resource: CONTEXT_FUNCTION }],
  ['update the BucketDeployment function code', { action: 'lambda:UpdateFunctionCode', resource: CORE_FUNCTION }],
  ['delete a WES adapter function', { action: 'lambda:DeleteFunction', resource: CONTEXT_FUNCTION }],
  ['read function code from the staging bucket', { action: 's3:GetObject', resource: `arn:${P}:s3:::cdk-agc-assets-${ACCOUNT}-${REGION}/e976a796f036a5efbf44b99e44cfb5a961df08d8dbf7cd37e60bf216fb982a00.zip` }],
  ['check the adapter subnets', { action: 'ec2:DescribeSubnets', resource: '*' }],
  ['publish the AWS CLI layer', { action: 'lambda:PublishLayerVersion', resource: `arn:${P}:lambda:${REGION}:${ACCOUNT}:layer:BatchArtifactsAwsCliLayer1CC86C5C` }],
  ['delete an old AWS CLI layer version', { action: 'lambda:DeleteLayerVersion', resource: `arn:${P}:lambda:${REGION}:${ACCOUNT}:layer:BatchArtifactsAwsCliLayer1CC86C5C:3` }],
  ['let API Gateway invoke an adapter', { action: 'lambda:AddPermission', resource: CONTEXT_FUNCTION, context: { 'lambda:Principal': 'apigateway.amazonaws.com' } }],
  ['remove that permission', { action: 'lambda:RemovePermission', resource: CONTEXT_FUNCTION }],
  ['invoke the BucketDeployment provider', { action: 'lambda:InvokeFunction', resource: CORE_FUNCTION }],
  // AWS::Logs::LogGroup
  ['create an engine log group', { action: 'logs:CreateLogGroup', resource: `arn:${P}:logs:${REGION}:${ACCOUNT}:log-group:Agc-Context-demo-alice2ILP5Y-spot-nextflowEngineLogGroup-1A2B3C` }],
  ['set its retention', { action: 'logs:PutRetentionPolicy', resource: `arn:${P}:logs:${REGION}:${ACCOUNT}:log-group:Agc-Context-demo-alice2ILP5Y-spot-nextflowEngineLogGroup-1A2B3C` }],
  // AWS::S3::Bucket, AWS::S3::BucketPolicy
  ['create the AGC bucket', { action: 's3:CreateBucket', resource: AGC_BUCKET }],
  ['encrypt the AGC bucket', { action: 's3:PutEncryptionConfiguration', resource: AGC_BUCKET }],
  ['tag the AGC bucket', { action: 's3:PutBucketTagging', resource: AGC_BUCKET }],
  ['write the AGC bucket policy', { action: 's3:PutBucketPolicy', resource: AGC_BUCKET }],
  ['delete the AGC bucket policy', { action: 's3:DeleteBucketPolicy', resource: AGC_BUCKET }],
  // AWS::DynamoDB::Table
  ['create table Agc', { action: 'dynamodb:CreateTable', resource: AGC_TABLE }],
  ['set its TTL', { action: 'dynamodb:UpdateTimeToLive', resource: AGC_TABLE }],
  ['delete table Agc', { action: 'dynamodb:DeleteTable', resource: AGC_TABLE }],
  // AWS::SSM::Parameter and SSM-typed template parameters
  ['write /agc/_common/vpc', { action: 'ssm:PutParameter', resource: `arn:${P}:ssm:${REGION}:${ACCOUNT}:parameter/agc/_common/vpc` }],
  ['write /agc/_common/installed-artifacts/s3-root-url', { action: 'ssm:PutParameter', resource: `arn:${P}:ssm:${REGION}:${ACCOUNT}:parameter/agc/_common/installed-artifacts/s3-root-url` }],
  ['delete /agc/_common/bucket', { action: 'ssm:DeleteParameter', resource: `arn:${P}:ssm:${REGION}:${ACCOUNT}:parameter/agc/_common/bucket` }],
  ['validate the image of /agc/_common/ComputeEnvImage', { action: 'ec2:DescribeImages', resource: '*' }],
  ['resolve the bootstrap version', { action: 'ssm:GetParameters', resource: `arn:${P}:ssm:${REGION}:${ACCOUNT}:parameter/cdk-bootstrap/agc/version` }],
  ['resolve /agc/_common/InfraSubnets', { action: 'ssm:GetParameters', resource: `arn:${P}:ssm:${REGION}:${ACCOUNT}:parameter/agc/_common/InfraSubnets` }],
  // API Gateway
  ['create a REST API tagged for AGC', { action: 'apigateway:POST', resource: API('/restapis'), context: { 'aws:RequestTag/application-name': 'agc' } }],
  ['create a VPC link tagged for AGC', { action: 'apigateway:POST', resource: API('/vpclinks'), context: { 'aws:RequestTag/application-name': 'agc' } }],
  ['set the REST API policy', { action: 'apigateway:UpdateRestApiPolicy', resource: API('/restapis') }],
  // CreateResource is POST /restapis/<id>/resources/<parent id>.
  ['create the proxy resource of an AGC API', { action: 'apigateway:POST', resource: API('/restapis/abcde12345/resources/r0ot1d'), context: AGC_TAGGED }],
  ['put a method of an AGC API', { action: 'apigateway:PUT', resource: API('/restapis/abcde12345/resources/a1b2c3/methods/ANY'), context: AGC_TAGGED }],
  ['update the prod stage', { action: 'apigateway:PATCH', resource: API('/restapis/abcde12345/stages/prod'), context: AGC_TAGGED }],
  ['delete an AGC API', { action: 'apigateway:DELETE', resource: API('/restapis/abcde12345'), context: AGC_TAGGED }],
  ['delete an AGC VPC link', { action: 'apigateway:DELETE', resource: API('/vpclinks/a1b2c3'), context: AGC_TAGGED }],
  ['set the account CloudWatch role', { action: 'apigateway:PATCH', resource: API('/account') }],
  ['retag an AGC API', { action: 'apigateway:PUT', resource: API(`/tags/arn%3A${P}%3Aapigateway%3A${REGION}%3A%3A%2Frestapis%2Fabcde12345`), context: { 'aws:RequestTag/agc-version': '1.7.0', 'aws:TagKeys': ['agc-version'] } }],
  ['create the endpoint service of a VPC link', { action: 'ec2:CreateVpcEndpointServiceConfiguration', resource: `arn:${P}:ec2:${REGION}:${ACCOUNT}:vpc-endpoint-service/vpce-svc-0a1b2c3d4e5f67890` }],
];

const DENIED: Array<[string, Call]> = [
  // API Gateway's tagging API takes no resource tag condition: it may not set application-name.
  ['tag an API application-name=agc', { action: 'apigateway:PUT', resource: API(`/tags/arn%3A${P}%3Aapigateway%3A${REGION}%3A%3A%2Frestapis%2Fp4y5r6o7l8`), context: { 'aws:RequestTag/application-name': 'agc', 'aws:TagKeys': ['application-name'] } }],
  ['remove application-name from an API', { action: 'apigateway:DELETE', resource: API(`/tags/arn%3A${P}%3Aapigateway%3A${REGION}%3A%3A%2Frestapis%2Fp4y5r6o7l8`), context: { 'aws:TagKeys': ['application-name'] } }],
  // IAM
  ['create role Admin', { action: 'iam:CreateRole', resource: `arn:${P}:iam::${ACCOUNT}:role/Admin` }],
  ['create a role named like AGC\'s but without the stack prefix', { action: 'iam:CreateRole', resource: `arn:${P}:iam::${ACCOUNT}:role/AgcContext-BatchRole` }],
  ['write an inline policy into another role', { action: 'iam:PutRolePolicy', resource: `arn:${P}:iam::${ACCOUNT}:role/OrganizationAccountAccessRole` }],
  ['change the permissions boundary of an AGC role', { action: 'iam:DeleteRolePermissionsBoundary', resource: CONTEXT_ROLE }],
  ['attach AdministratorAccess to an AGC role', { action: 'iam:AttachRolePolicy', resource: CONTEXT_ROLE, context: { 'iam:PolicyARN': `arn:${P}:iam::aws:policy/AdministratorAccess` } }],
  ['attach a customer managed policy to an AGC role', { action: 'iam:AttachRolePolicy', resource: CORE_ROLE, context: { 'iam:PolicyARN': `arn:${P}:iam::${ACCOUNT}:policy/Anything` } }],
  ['attach AWSBatchServiceRole to another role', { action: 'iam:AttachRolePolicy', resource: `arn:${P}:iam::${ACCOUNT}:role/Admin`, context: { 'iam:PolicyARN': `arn:${P}:iam::aws:policy/service-role/AWSBatchServiceRole` } }],
  ['pass a context role to SageMaker', { action: 'iam:PassRole', resource: CONTEXT_ROLE, context: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } }],
  ['pass a context role to CloudFormation', { action: 'iam:PassRole', resource: CONTEXT_ROLE, context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } }],
  ['pass the core role to EC2', { action: 'iam:PassRole', resource: CORE_ROLE, context: { 'iam:PassedToService': 'ec2.amazonaws.com' } }],
  ['pass role Admin to Lambda', { action: 'iam:PassRole', resource: `arn:${P}:iam::${ACCOUNT}:role/Admin`, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } }],
  ['pass the exec role to Lambda', { action: 'iam:PassRole', resource: `arn:${P}:iam::${ACCOUNT}:role/cdk-agc-cfn-exec-role-${ACCOUNT}-${REGION}`, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } }],
  ['pass another service-linked role', { action: 'iam:PassRole', resource: `arn:${P}:iam::${ACCOUNT}:role/aws-service-role/organizations.amazonaws.com/AWSServiceRoleForOrganizations` }],
  ['create another instance profile', { action: 'iam:CreateInstanceProfile', resource: `arn:${P}:iam::${ACCOUNT}:instance-profile/Admin` }],
  ['create another service\'s service-linked role', { action: 'iam:CreateServiceLinkedRole', resource: `arn:${P}:iam::${ACCOUNT}:role/aws-service-role/sagemaker.amazonaws.com/AWSServiceRoleForAmazonSageMaker`, context: { 'iam:AWSServiceName': 'sagemaker.amazonaws.com' } }],
  // Lambda
  ['create function other-fn', { action: 'lambda:CreateFunction', resource: `arn:${P}:lambda:${REGION}:${ACCOUNT}:function:other-fn` }],
  ['update another function\'s code', { action: 'lambda:UpdateFunctionCode', resource: `arn:${P}:lambda:${REGION}:${ACCOUNT}:function:payroll-export` }],
  ['let anyone invoke an adapter', { action: 'lambda:AddPermission', resource: CONTEXT_FUNCTION, context: { 'lambda:Principal': '*' } }],
  ['let API Gateway invoke another function', { action: 'lambda:AddPermission', resource: `arn:${P}:lambda:${REGION}:${ACCOUNT}:function:payroll-export`, context: { 'lambda:Principal': 'apigateway.amazonaws.com' } }],
  ['invoke a WES adapter', { action: 'lambda:InvokeFunction', resource: CONTEXT_FUNCTION }],
  ['publish another layer', { action: 'lambda:PublishLayerVersion', resource: `arn:${P}:lambda:${REGION}:${ACCOUNT}:layer:payroll-deps` }],
  ['read objects of another bucket', { action: 's3:GetObject', resource: `arn:${P}:s3:::payroll-exports/salaries.csv` }],
  ['read objects of the AGC bucket', { action: 's3:GetObject', resource: `${AGC_BUCKET}/project/demo/userid/alice2ILP5Y/outputs.json` }],
  // Logs
  ['create another log group', { action: 'logs:CreateLogGroup', resource: `arn:${P}:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/payroll-export` }],
  ['delete an AGC log group (retained, never deleted)', { action: 'logs:DeleteLogGroup', resource: `arn:${P}:logs:${REGION}:${ACCOUNT}:log-group:Agc-Context-demo-alice2ILP5Y-spot-nextflowEngineLogGroup-1A2B3C` }],
  // S3
  ['create bucket payroll-exports', { action: 's3:CreateBucket', resource: `arn:${P}:s3:::payroll-exports` }],
  ['create a bucket named like a generated core bucket', { action: 's3:CreateBucket', resource: `arn:${P}:s3:::agc-core-bucket83908e77-1a2b3c` }],
  ['replace the policy of another bucket', { action: 's3:PutBucketPolicy', resource: `arn:${P}:s3:::payroll-exports` }],
  ['delete the AGC bucket (retained, never deleted)', { action: 's3:DeleteBucket', resource: AGC_BUCKET }],
  ['write objects into the AGC bucket', { action: 's3:PutObject', resource: `${AGC_BUCKET}/artifacts/batch-artifacts/fetch_and_run.sh` }],
  // DynamoDB
  ['delete table Payroll', { action: 'dynamodb:DeleteTable', resource: `arn:${P}:dynamodb:${REGION}:${ACCOUNT}:table/Payroll` }],
  ['create a table named like Agc', { action: 'dynamodb:CreateTable', resource: `arn:${P}:dynamodb:${REGION}:${ACCOUNT}:table/AgcBackup` }],
  ['scan table Agc', { action: 'dynamodb:Scan', resource: AGC_TABLE }],
  ['write an item into table Agc', { action: 'dynamodb:PutItem', resource: AGC_TABLE }],
  // SSM
  ['write /prod/db-password', { action: 'ssm:PutParameter', resource: `arn:${P}:ssm:${REGION}:${ACCOUNT}:parameter/prod/db-password` }],
  ['write /agc/other', { action: 'ssm:PutParameter', resource: `arn:${P}:ssm:${REGION}:${ACCOUNT}:parameter/agc/other` }],
  ['overwrite the bootstrap version', { action: 'ssm:PutParameter', resource: `arn:${P}:ssm:${REGION}:${ACCOUNT}:parameter/cdk-bootstrap/agc/version` }],
  ['read another parameter', { action: 'ssm:GetParameters', resource: `arn:${P}:ssm:${REGION}:${ACCOUNT}:parameter/prod/db-password` }],
  // API Gateway
  ['create a REST API tagged for another application', { action: 'apigateway:POST', resource: API('/restapis'), context: { 'aws:RequestTag/application-name': 'payroll' } }],
  ['create an untagged REST API', { action: 'apigateway:POST', resource: API('/restapis') }],
  ['update another application\'s API', { action: 'apigateway:PATCH', resource: API('/restapis/zyxwv54321'), context: OTHER_TAGGED }],
  ['delete an untagged API', { action: 'apigateway:DELETE', resource: API('/restapis/zyxwv54321') }],
  ['delete another application\'s VPC link', { action: 'apigateway:DELETE', resource: API('/vpclinks/z9y8x7'), context: OTHER_TAGGED }],
  ['create an API key', { action: 'apigateway:POST', resource: API('/apikeys'), context: { 'aws:RequestTag/application-name': 'agc' } }],
  ['delete a custom domain name', { action: 'apigateway:DELETE', resource: API('/domainnames/api.example.com') }],
];

/**
 * Calls iam-simulate cannot place: it finds no resource type for an SSM ARN
 * without an account (public parameters) nor for API Gateway's Deployments and
 * Stages collections (iam-data joins their two ARN templates with ", "), and
 * answers "Error". These are checked with the support matcher (test/support/simulate.ts), which matcher.test.ts cross-checks against iam-simulate.
 */
const ALLOWED_UNSIMULATED: Array<[string, Call]> = [
  ['resolve the ECS-optimized AMI', { action: 'ssm:GetParameters', resource: `arn:${P}:ssm:${REGION}::parameter/aws/service/ecs/optimized-ami/amazon-linux-2/recommended/image_id` }],
  ['deploy an AGC API', { action: 'apigateway:POST', resource: API('/restapis/abcde12345/deployments'), context: AGC_TAGGED }],
  ['create the prod stage of an AGC API', { action: 'apigateway:POST', resource: API('/restapis/abcde12345/stages'), context: AGC_TAGGED }],
];

const DENIED_UNSIMULATED: Array<[string, Call]> = [
  ['deploy another application\'s API', { action: 'apigateway:POST', resource: API('/restapis/zyxwv54321/deployments'), context: OTHER_TAGGED }],
  ['deploy an untagged API', { action: 'apigateway:POST', resource: API('/restapis/zyxwv54321/deployments') }],
  ['resolve another public parameter', { action: 'ssm:GetParameters', resource: `arn:${P}:ssm:${REGION}::parameter/aws/service/global-infrastructure/regions` }],
];

/** The support matcher (cross-checked against iam-simulate in matcher.test.ts) for the calls iam-simulate cannot place. */
function statementsAllow(call: Call): boolean {
  return matchIdentityPolicies(docs, { ...call, region: REGION }).result === 'Allowed';
}

describe('execution rows, part 1 (IAM, Lambda, Logs, S3, DynamoDB, SSM, API Gateway)', () => {
  test('every row of these services is an exec row with exec- ids', () => {
    expect(OWN_ROWS.length).toBe(MINE.size);
    for (const row of OWN_ROWS) {
      expect({ id: row.id, audience: row.audience, prefix: row.id.startsWith('exec-') }).toEqual({ id: row.id, audience: Audience.EXEC, prefix: true });
    }
  });

  test('no ARN is written out literally: every resource carries the partition token', () => {
    const literal = ROWS.flatMap((r) => r.resources(namingFor()).filter((a) => a.startsWith('arn:aws')));
    expect(literal).toEqual([]);
  });

  test.each(ALLOWED)('allows: %s', async (_name, call) => {
    expect(await simulate(pc, docs, { ...call, region: REGION })).toEqual({ result: 'Allowed' });
  });

  test.each(DENIED)('denies: %s', async (_name, call) => {
    expect((await simulate(pc, docs, { ...call, region: REGION })).result).toBe('ImplicitlyDenied');
  });

  test.each(ALLOWED_UNSIMULATED)('allows (statement check): %s', (_name, call) => {
    expect(statementsAllow(call)).toBe(true);
  });

  test.each(DENIED_UNSIMULATED)('denies (statement check): %s', (_name, call) => {
    expect(statementsAllow(call)).toBe(false);
  });

  test('the statement check agrees with the simulator on the simulated calls', () => {
    for (const [name, call] of ALLOWED) expect({ name, allowed: statementsAllow(call) }).toEqual({ name, allowed: true });
    for (const [name, call] of DENIED) expect({ name, allowed: statementsAllow(call) }).toEqual({ name, allowed: false });
  });
});
