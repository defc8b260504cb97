import { ArnFormat } from 'aws-cdk-lib';
import { AgcNaming } from '../../private/naming';
import { SCHEMA } from '../evidence';
import { Audience, PermissionRow } from '../row';

const CDK_APP = 'packages/cdk';
const CORE = ['agc account activate', 'agc account deactivate'];
const CONTEXT = ['agc context deploy', 'agc context destroy'];
const BOTH = [...CORE, ...CONTEXT];

function functionArns(n: AgcNaming, names: string[]): string[] {
  return names.flatMap((s) => n.regional('lambda', 'function', s, ArnFormat.COLON_RESOURCE_NAME));
}

const coreNames = (n: AgcNaming) => n.agcCoreResourceNames;
const contextNames = (n: AgcNaming) => n.agcContextResourceNames;

/**
 * The AWS CLI layer of Agc-Core's BucketDeployment. CloudFormation names a
 * layer without LayerName after its logical id (BatchArtifactsAwsCliLayer1CC86C5C),
 * without the stack name; the hash suffix is left open.
 */
const AWS_CLI_LAYER = 'BatchArtifactsAwsCliLayer*';

const WES_ADAPTERS = [
  `${CDK_APP}/lib/stacks/engines/engine-construct.ts:41`,
  `${CDK_APP}/lib/stacks/engines/engine-construct.ts:44`,
];
const BUCKET_DEPLOYMENT = `${CDK_APP}/lib/stacks/core-stack.ts:128`;

/**
 * AWS::Lambda::Function (the WES adapters of Agc-Context-*, the
 * Custom::CDKBucketDeployment provider of Agc-Core), AWS::Lambda::LayerVersion
 * (Agc-Core's AWS CLI layer) and AWS::Lambda::Permission (API Gateway may
 * invoke the WES adapters). Function names are CloudFormation-generated and
 * start with the stack name. The roles the functions run as are passed by
 * exec-iam-pass-*.
 *
 * Custom::CDKBucketDeployment: its provider Lambda, with the role AGC's
 * template defines, copies the artifacts into the AGC bucket; the exec role
 * only creates that Lambda (and its role and layer), and invokes it
 * (exec-lambda-invoke-custom-resource). Custom::LogRetention, in contexts of
 * AGC v1.5.2 and v1.6.0 only: an upgrade deletes it (exec-lambda-invoke-log-retention).
 *
 * Dropped handler permissions (AWS::Lambda::Function): lambda:PutFunctionConcurrency,
 * lambda:DeleteFunctionConcurrency (no ReservedConcurrentExecutions);
 * kms:CreateGrant, kms:Decrypt, kms:DescribeKey, kms:Encrypt, kms:GenerateDataKey
 * (no KmsKeyArn; the staging bucket uses the AWS managed aws/s3 key, which needs
 * no IAM grant); elasticfilesystem:DescribeMountTargets, s3files:ListMountTargets
 * (no FileSystemConfigs); lambda:GetCodeSigningConfig,
 * lambda:PutFunctionCodeSigningConfig, lambda:DeleteFunctionCodeSigningConfig
 * (no CodeSigningConfigArn); lambda:PutRuntimeManagementConfig (no
 * RuntimeManagementConfig); lambda:PutFunctionRecursionConfig (no RecursiveLoop);
 * lambda:PutFunctionScalingConfig, lambda:PassCapacityProvider (no capacity
 * provider); lambda:PublishVersion (no SnapStart or AutoPublishAlias);
 * s3:GetObjectVersion (Code sets no S3ObjectVersion).
 * AWS::Lambda::LayerVersion: s3:GetObjectVersion (Content sets no
 * S3ObjectVersion).
 * Granted although AGC sets none of those properties:
 * lambda:GetFunctionCodeSigningConfig, lambda:GetFunctionRecursionConfig and
 * lambda:GetRuntimeManagementConfig, reads on the function itself that the
 * create handler makes unconditionally to read the model back (they are in
 * both its create and read lists): in exec-lambda-functions.
 */
export const LAMBDA_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-lambda-functions',
    audience: Audience.EXEC,
    commands: BOTH,
    actions: [
      'lambda:CreateFunction', 'lambda:GetFunction', 'lambda:DeleteFunction',
      'lambda:UpdateFunctionCode', 'lambda:UpdateFunctionConfiguration',
      'lambda:TagResource', 'lambda:UntagResource',
      // The create and update handlers read the whole model back.
      'lambda:GetFunctionCodeSigningConfig', 'lambda:GetFunctionRecursionConfig', 'lambda:GetRuntimeManagementConfig',
    ],
    resources: (n) => functionArns(n, n.agcStackResourceNames),
    reason: 'creates, updates (new adapter code, environment, retagging), reads back and deletes the WES adapter functions '
      + 'and the BucketDeployment provider function',
    evidence: [
      ...WES_ADAPTERS,
      BUCKET_DEPLOYMENT,
      `${SCHEMA}/aws-lambda-function.json:18`,
      `${SCHEMA}/aws-lambda-function.json:21`,
      `${SCHEMA}/aws-lambda-function.json:24`,
      `${SCHEMA}/aws-lambda-function.json:30`,
    ],
  },
  {
    id: 'exec-lambda-code-objects',
    audience: Audience.EXEC,
    commands: BOTH,
    actions: ['s3:GetObject'],
    // Function code and layer content are CDK file assets in the bootstrap
    // staging bucket (also the WesAdapterZipBucket export); Lambda reads them
    // with the caller's permissions.
    resources: (n) => n.bootstrapBuckets.map((b) => n.s3(b, '*')),
    reason: 'Lambda reads function code and layer content from the CDK staging bucket with the caller\'s permissions',
    evidence: [
      `${CDK_APP}/lib/stacks/core-stack.ts:139`,
      `${CDK_APP}/lib/stacks/core-stack.ts:143`,
      ...WES_ADAPTERS,
      BUCKET_DEPLOYMENT,
      `${SCHEMA}/aws-lambda-function.json:21`,
      `${SCHEMA}/aws-lambda-layerversion.json:86`,
    ],
  },
  {
    id: 'exec-lambda-layer',
    audience: Audience.EXEC,
    commands: CORE,
    actions: ['lambda:PublishLayerVersion'],
    resources: (n) => n.regional('lambda', 'layer', AWS_CLI_LAYER, ArnFormat.COLON_RESOURCE_NAME),
    reason: "publishes a version of the BucketDeployment's AWS CLI layer",
    evidence: [BUCKET_DEPLOYMENT, `${SCHEMA}/aws-lambda-layerversion.json:86`],
  },
  {
    id: 'exec-lambda-layer-versions',
    audience: Audience.EXEC,
    commands: CORE,
    actions: ['lambda:GetLayerVersion', 'lambda:DeleteLayerVersion'],
    resources: (n) => n.regional('lambda', 'layer', `${AWS_CLI_LAYER}:*`, ArnFormat.COLON_RESOURCE_NAME),
    reason: 'the BucketDeployment function uses the layer version (CreateFunction reads it); replaced versions are deleted',
    evidence: [BUCKET_DEPLOYMENT, `${SCHEMA}/aws-lambda-function.json:21`, `${SCHEMA}/aws-lambda-layerversion.json:92`],
  },
  {
    id: 'exec-lambda-add-permission',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['lambda:AddPermission'],
    resources: (n) => functionArns(n, contextNames(n)),
    // The only principal AGC's AWS::Lambda::Permission resources name.
    conditions: () => ({ StringEquals: { 'lambda:Principal': 'apigateway.amazonaws.com' } }),
    reason: "lets the context's REST API invoke its WES adapter (AWS::Lambda::Permission)",
    evidence: [`${CDK_APP}/lib/constructs/api-proxy.ts:81`, `${CDK_APP}/lib/constructs/api-proxy.ts:82`, `${SCHEMA}/aws-lambda-permission.json:86`],
  },
  {
    id: 'exec-lambda-remove-permission',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['lambda:RemovePermission'],
    resources: (n) => functionArns(n, contextNames(n)),
    reason: 'removes those permissions when the context is updated or destroyed',
    evidence: [`${CDK_APP}/lib/constructs/api-proxy.ts:82`, `${SCHEMA}/aws-lambda-permission.json:92`],
  },
  {
    id: 'exec-lambda-invoke-custom-resource',
    audience: Audience.EXEC,
    commands: CORE,
    actions: ['lambda:InvokeFunction'],
    resources: (n) => functionArns(n, coreNames(n)),
    reason: "CloudFormation invokes a custom resource's provider (Custom::CDKBucketDeployment's ServiceToken) as the stack's "
      + 'execution role, on create, update and delete',
    evidence: [BUCKET_DEPLOYMENT],
  },
  {
    id: 'exec-lambda-invoke-log-retention',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['lambda:InvokeFunction'],
    // CloudFormation names the provider `<stack>-LogRetention<hash>-<suffix>`,
    // after CDK's fixed logical id LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a.
    resources: (n) => functionArns(n, contextNames(n).map((s) => `${s}-LogRetention*`)),
    reason: 'contexts deployed by AGC v1.5.2 or v1.6.0 have a Custom::LogRetention for the WES adapter\'s log group; the upgraded '
      + 'template drops it, and CloudFormation sends its Delete by invoking its provider function as the execution role',
    evidence: [
      `${CDK_APP}/lib/stacks/engines/nextflow-engine-construct.ts@v1.6.0:74`,
      `${CDK_APP}/lib/stacks/engines/nextflow-engine-construct.ts:74`,
    ],
  },
];
