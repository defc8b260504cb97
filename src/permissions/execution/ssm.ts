import { SCHEMA } from '../evidence';
import { Audience, PermissionRow } from '../row';

const CDK_APP = 'packages/cdk';
const CORE = ['agc account activate', 'agc account deactivate'];
const CONTEXT = ['agc context deploy', 'agc context destroy'];

/**
 * AWS::SSM::Parameter: the /agc/_common/* parameters Agc-Core writes (names
 * set by AGC), and the SSM-typed template parameters of both stacks.
 *
 * Dropped handler permissions: none of the create, update and delete handlers'
 * (ssm:DescribeParameters and ssm:ListTagsForResource are list and read only).
 */
export const SSM_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-ssm-agc-common-parameters',
    audience: Audience.EXEC,
    commands: [...CORE, ...CONTEXT],
    actions: ['ssm:PutParameter', 'ssm:GetParameters', 'ssm:AddTagsToResource', 'ssm:RemoveTagsFromResource', 'ssm:DeleteParameter'],
    resources: (n) => n.regional('ssm', 'parameter', 'agc/_common/*'),
    reason: 'Agc-Core creates, retags and deletes /agc/_common/* (bucket, VPC, subnets, image, WES adapter key, custom tags); '
      + 'Agc-Context template parameters of type AWS::SSM::Parameter::Value<...> read /agc/_common/ComputeEnvImage and '
      + '/agc/_common/InfraSubnets',
    evidence: [
      `${CDK_APP}/lib/stacks/core-stack.ts:145`,
      `${CDK_APP}/lib/stacks/core-stack.ts:153`,
      `${CDK_APP}/lib/stacks/core-stack.ts:156`,
      `${CDK_APP}/lib/stacks/core-stack.ts:298`,
      `${CDK_APP}/lib/stacks/context-stack.ts:42`,
      `${CDK_APP}/lib/util/index.ts:41`,
      `${CDK_APP}/apps/core/app.ts:58`,
      `${SCHEMA}/aws-ssm-parameter.json:71`,
      `${SCHEMA}/aws-ssm-parameter.json:78`,
      `${SCHEMA}/aws-ssm-parameter.json:82`,
    ],
  },
  {
    id: 'exec-ssm-image-parameter-validation',
    audience: Audience.EXEC,
    commands: CORE,
    // Wildcard-only action. Systems Manager: "To create an aws:ec2:image data
    // type parameter, the user must have both ssm:PutParameter and
    // ec2:DescribeImages permissions" (parameter-store-ec2-aliases.html).
    actions: ['ec2:DescribeImages'],
    resources: () => ['*'],
    reason: 'Systems Manager validates the AMI of /agc/_common/ComputeEnvImage (DataType aws:ec2:image) with the caller\'s permissions',
    evidence: [`${CDK_APP}/lib/stacks/core-stack.ts:162`, `${SCHEMA}/aws-ssm-parameter.json:71`],
  },
  {
    id: 'exec-ssm-template-parameters',
    audience: Audience.EXEC,
    commands: [...CORE, ...CONTEXT],
    actions: ['ssm:GetParameters'],
    // CloudFormation resolves AWS::SSM::Parameter::Value<...> template
    // parameters with the stack's role: CDK's BootstrapVersion in both stacks,
    // and in Agc-Core (no imageId) the ECS-optimized AMI public parameter, which
    // has no account in its ARN.
    resources: (n) => [
      ...n.regional('ssm', 'parameter', `cdk-bootstrap/${n.qualifier}/version`),
      ...n.arnRegions.map((r) => n.arn('ssm', r, 'parameter', 'aws/service/ecs/optimized-ami/amazon-linux-2/recommended/image_id', undefined, '')),
    ],
    reason: "CloudFormation resolves the stacks' SSM-typed template parameters: the bootstrap version and the ECS-optimized AMI",
    evidence: [`${CDK_APP}/lib/stacks/core-stack.ts:160`, `${CDK_APP}/apps/core/app.ts:48`, `${CDK_APP}/apps/context/app.ts:25`],
  },
];
