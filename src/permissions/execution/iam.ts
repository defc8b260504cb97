import { AgcNaming } from '../../private/naming';
import { SCHEMA } from '../evidence';
import { Audience, PermissionRow } from '../row';
import { STACK_TAG_EVIDENCE } from './shared';

/** AGC's CDK app (aws/amazon-genomics-cli at f9774847). */
const CDK_APP = 'packages/cdk';
const CORE = ['agc account activate', 'agc account deactivate'];
const CONTEXT = ['agc context deploy', 'agc context destroy'];
const BOTH = [...CORE, ...CONTEXT];

const coreNames = (n: AgcNaming) => n.agcCoreResourceNames;
const contextNames = (n: AgcNaming) => n.agcContextResourceNames;

function roleArns(n: AgcNaming, names: string[]): string[] {
  return names.map((s) => n.arn('iam', '', 'role', s));
}

/**
 * The AWS managed policies AGC's roles get (ManagedPolicyArns in the
 * synthesized templates): AWSLambdaBasicExecutionRole in Agc-Core, the others
 * in Agc-Context-*.
 */
const AGC_MANAGED_POLICIES = [
  'AmazonSSMManagedInstanceCore',
  'CloudWatchAgentServerPolicy',
  'service-role/AWSBatchServiceRole',
  'service-role/AWSLambdaBasicExecutionRole',
  'service-role/AWSLambdaVPCAccessExecutionRole',
  'service-role/AmazonAPIGatewayPushToCloudWatchLogs',
  'service-role/AmazonEC2ContainerServiceforEC2Role',
  'service-role/AmazonECSTaskExecutionRolePolicy',
];

/**
 * The services Agc-Context roles trust, and so the services CloudFormation
 * passes them to: Batch (compute environment service role), EC2 (the instance
 * role inside the compute environment's instance profile), ECS tasks (task and
 * execution roles of ECS task definitions and Batch job definitions), Lambda
 * (WES adapters) and API Gateway (the account's CloudWatch role). In the China
 * partition EC2's service principal is ec2.amazonaws.com.cn (AWS's own
 * AWSBatchFullAccess lists both).
 */
const CONTEXT_PASSED_TO = [
  'apigateway.amazonaws.com',
  'batch.amazonaws.com',
  'ec2.amazonaws.com',
  'ec2.amazonaws.com.cn',
  'ecs-tasks.amazonaws.com',
  'lambda.amazonaws.com',
];

/** Services whose first resource in an account creates their service-linked role. */
const SERVICE_LINKED_ROLE_SERVICES = [
  'batch.amazonaws.com',
  'ecs.amazonaws.com',
  'elasticfilesystem.amazonaws.com',
  'elasticloadbalancing.amazonaws.com',
];

/** Stack tags (application-name, agc-version, custom tags) reach every taggable resource. */
const STACK_TAGS = STACK_TAG_EVIDENCE;

const ROLE_EVIDENCE = [
  `${CDK_APP}/lib/stacks/core-stack.ts:128`,
  `${CDK_APP}/lib/constructs/batch.ts:144`,
  `${CDK_APP}/lib/constructs/batch.ts:153`,
  `${CDK_APP}/lib/constructs/batch.ts:215`,
  `${CDK_APP}/lib/roles/cromwell-engine-role.ts:27`,
  `${CDK_APP}/lib/roles/cromwell-adapter-role.ts:12`,
  `${CDK_APP}/lib/roles/nextflow-engine-role.ts:18`,
  `${CDK_APP}/lib/roles/toil-job-role.ts:53`,
  `${CDK_APP}/lib/stacks/engines/miniwdl-engine-construct.ts:63`,
  `${CDK_APP}/lib/stacks/engines/snakemake-engine-construct.ts:71`,
  `${CDK_APP}/lib/constructs/api-proxy.ts:59`,
];

/**
 * AWS::IAM::Role, AWS::IAM::Policy and AWS::IAM::InstanceProfile of Agc-Core
 * and Agc-Context-*, and iam:PassRole for the resources that take those roles.
 *
 * AGC never sets RoleName or InstanceProfileName: CloudFormation generates
 * `<stack name>-<logical id>-<suffix>`, so every name starts with `Agc-Core-`
 * or `Agc-Context-` (the stack name may be cut short, but never that prefix).
 *
 * Dropped handler permissions (AWS::IAM::Role): iam:UpdateRole,
 * iam:UpdateRoleDescription (no Description or MaxSessionDuration),
 * iam:PutRolePermissionsBoundary, iam:DeleteRolePermissionsBoundary (no
 * PermissionsBoundary). AWS::IAM::Policy: the user and group variants
 * (iam:*UserPolicy, iam:*GroupPolicy): AGC's policies attach to Roles only.
 * iam:PassRole listed by AWS::ApiGateway::Method, AWS::ApiGateway::RestApi,
 * AWS::S3::Bucket, AWS::ECS::Service and AWS::EFS::FileSystem: AGC sets none of
 * the role properties (Integration.Credentials, ReplicationConfiguration, Role, ...)
 * that need it.
 */
export const IAM_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-iam-roles',
    audience: Audience.EXEC,
    commands: BOTH,
    actions: [
      'iam:CreateRole', 'iam:GetRole', 'iam:DeleteRole',
      'iam:TagRole', 'iam:UntagRole',
      'iam:UpdateAssumeRolePolicy',
      'iam:PutRolePolicy', 'iam:GetRolePolicy', 'iam:DeleteRolePolicy',
      'iam:ListRolePolicies', 'iam:ListAttachedRolePolicies',
    ],
    // Trust and inline policy contents cannot be constrained by IAM conditions;
    // the name prefix is the boundary (README: exceptions).
    resources: (n) => roleArns(n, n.agcStackResourceNames),
    regional: false,
    reason: 'CloudFormation creates, retags (stack tags, agc-version) and deletes the roles of Agc-Core and Agc-Context-* '
      + 'with their trust policies and inline Policies (AWS::IAM::Role), and writes their AWS::IAM::Policy documents; '
      + 'ApiGateway::Account and ECS task definitions read the roles they are given (iam:GetRole)',
    evidence: [
      ...ROLE_EVIDENCE,
      ...STACK_TAGS,
      `${SCHEMA}/aws-iam-role.json:116`,
      `${SCHEMA}/aws-iam-role.json:122`,
      `${SCHEMA}/aws-iam-role.json:125`,
      `${SCHEMA}/aws-iam-policy.json:4`,
      `${SCHEMA}/aws-iam-policy.json:8`,
      `${SCHEMA}/aws-iam-policy.json:12`,
      `${SCHEMA}/aws-apigateway-account.json:10`,
      `${SCHEMA}/aws-ecs-taskdefinition.json:25`,
    ],
  },
  {
    id: 'exec-iam-role-managed-policies',
    audience: Audience.EXEC,
    commands: BOTH,
    actions: ['iam:AttachRolePolicy', 'iam:DetachRolePolicy'],
    resources: (n) => roleArns(n, n.agcStackResourceNames),
    // Only the AWS managed policies AGC's templates attach: never
    // AdministratorAccess, never a customer managed policy.
    conditions: (n) => ({ ArnEquals: { 'iam:PolicyARN': AGC_MANAGED_POLICIES.map((p) => n.awsManagedPolicyArn(p)) } }),
    regional: false,
    reason: "attaches and detaches the AWS managed policies AGC's roles use (ManagedPolicyArns), and only those",
    evidence: [
      `${CDK_APP}/lib/constructs/batch.ts:146`,
      `${CDK_APP}/lib/constructs/batch.ts:187`,
      `${CDK_APP}/lib/constructs/batch.ts:215`,
      `${CDK_APP}/lib/stacks/core-stack.ts:128`,
      `${CDK_APP}/lib/roles/cromwell-adapter-role.ts:12`,
      `${CDK_APP}/lib/constructs/api-proxy.ts:59`,
      `${SCHEMA}/aws-iam-role.json:116`,
      `${SCHEMA}/aws-iam-role.json:122`,
      `${SCHEMA}/aws-iam-role.json:125`,
    ],
  },
  {
    id: 'exec-iam-pass-core-roles',
    audience: Audience.EXEC,
    commands: CORE,
    actions: ['iam:PassRole'],
    resources: (n) => roleArns(n, coreNames(n)),
    // Agc-Core's only role is the BucketDeployment Lambda's.
    conditions: () => ({ StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }),
    regional: false,
    reason: "passes the Custom::CDKBucketDeployment provider's role to its Lambda function",
    evidence: [`${CDK_APP}/lib/stacks/core-stack.ts:128`, `${SCHEMA}/aws-lambda-function.json:21`, `${SCHEMA}/aws-lambda-function.json:24`],
  },
  {
    id: 'exec-iam-pass-context-roles',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['iam:PassRole'],
    resources: (n) => roleArns(n, contextNames(n)),
    // IfExists: iam:AddRoleToInstanceProfile also checks iam:PassRole on the
    // role, and IAM documents no iam:PassedToService value for it. Any pass
    // that names a service must name one of these.
    conditions: () => ({ StringEqualsIfExists: { 'iam:PassedToService': CONTEXT_PASSED_TO } }),
    regional: false,
    reason: 'passes context roles to the services that trust them: Batch compute environments (service role, instance profile), '
      + 'ECS task and Batch job definitions (task and execution roles), WES adapter Lambdas, the API Gateway account CloudWatch role',
    evidence: [
      `${CDK_APP}/lib/constructs/batch.ts:212`,
      `${CDK_APP}/lib/constructs/batch.ts:215`,
      `${CDK_APP}/lib/stacks/engines/engine-construct.ts:48`,
      `${CDK_APP}/lib/stacks/engines/cromwell-engine-construct.ts:48`,
      `${CDK_APP}/lib/constructs/engines/engine-job-definition.ts:12`,
      `${CDK_APP}/lib/constructs/api-proxy.ts:59`,
      `${SCHEMA}/aws-iam-instanceprofile.json:38`,
      `${SCHEMA}/aws-batch-computeenvironment.json:272`,
      `${SCHEMA}/aws-batch-jobdefinition.json:1288`,
      `${SCHEMA}/aws-ecs-taskdefinition.json:25`,
      `${SCHEMA}/aws-lambda-function.json:21`,
      `${SCHEMA}/aws-apigateway-account.json:10`,
    ],
  },
  {
    id: 'exec-iam-pass-spot-fleet-role',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['iam:PassRole'],
    // Spot compute environments name the Spot Fleet service-linked role
    // (aws-batch-alpha's default SpotIamFleetRole). Only spotfleet.amazonaws.com
    // can assume it, so no iam:PassedToService condition is needed.
    resources: (n) => [n.arn('iam', '', 'role', 'aws-service-role/spotfleet.amazonaws.com/AWSServiceRoleForEC2SpotFleet')],
    regional: false,
    reason: 'Batch spot compute environments are given the Spot Fleet service-linked role',
    evidence: [`${CDK_APP}/lib/constructs/batch.ts:215`, `${SCHEMA}/aws-batch-computeenvironment.json:272`],
  },
  {
    id: 'exec-iam-service-linked-roles',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['iam:CreateServiceLinkedRole'],
    resources: (n) => SERVICE_LINKED_ROLE_SERVICES.map((s) => n.arn('iam', '', 'role', `aws-service-role/${s}/*`)),
    conditions: () => ({ StringEquals: { 'iam:AWSServiceName': SERVICE_LINKED_ROLE_SERVICES } }),
    regional: false,
    reason: "the account's first Batch compute environment, ECS cluster, EFS file system and load balancer create "
      + "their service's service-linked role with the caller's permissions",
    evidence: [
      `${CDK_APP}/lib/constructs/batch.ts:215`,
      `${CDK_APP}/lib/constructs/engines/engine.ts:55`,
      `${CDK_APP}/lib/constructs/secure-service.ts:28`,
      `${SCHEMA}/aws-batch-computeenvironment.json:272`,
      `${SCHEMA}/aws-ecs-cluster.json:17`,
      `${SCHEMA}/aws-efs-filesystem.json:212`,
    ],
  },
  {
    id: 'exec-iam-instance-profiles',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: [
      'iam:CreateInstanceProfile', 'iam:GetInstanceProfile', 'iam:DeleteInstanceProfile',
      'iam:AddRoleToInstanceProfile', 'iam:RemoveRoleFromInstanceProfile',
    ],
    resources: (n) => contextNames(n).map((s) => n.arn('iam', '', 'instance-profile', s)),
    regional: false,
    reason: "creates and deletes the Batch compute environments' instance profiles, holding the context's EC2 role "
      + '(AWS::IAM::InstanceProfile, not taggable)',
    evidence: [
      `${CDK_APP}/lib/constructs/batch.ts:212`,
      `${SCHEMA}/aws-iam-instanceprofile.json:38`,
      `${SCHEMA}/aws-iam-instanceprofile.json:44`,
      `${SCHEMA}/aws-iam-instanceprofile.json:47`,
    ],
  },
];
