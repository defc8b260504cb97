import { AGC, BOOTSTRAP_TEMPLATE } from './evidence';
import { Audience, PermissionRow } from './row';


/** The account that publishes AGC's engine images (environment.go:30). */
export const AGC_IMAGE_ACCOUNT = '680431765560';

export const ECR_ROWS: PermissionRow[] = [
  {
    id: 'ecr-list-engine-images',
    audience: Audience.USER,
    commands: ['agc context deploy'],
    actions: ['ecr:ListImages'],
    // AGC overrides the image's region with the profile's region before listing,
    // so the call goes to AGC's own region; the registry is AGC's image account.
    resources: (n) => n.arnRegions.map((r) => n.arn('ecr', r, 'repository', 'aws/*-mirror', undefined, AGC_IMAGE_ACCOUNT)),
    reason: "checks that the context's engine image (aws/<engine>-mirror in AGC's image account) has the expected tag",
    evidence: [
      `${AGC}/aws/ecr/image_listable.go:16`,
      `${AGC}/cli/context/manager.go:257`,
      `${AGC}/environment/environment.go:30`,
    ],
  },
  {
    id: 'ecr-bootstrap-repository',
    audience: Audience.ADMIN,
    commands: ['agc account activate', 'agc account deactivate'],
    actions: [
      // AWS::ECR::Repository create, update (retag) and delete handlers, for the
      // properties the template sets; no KMS key, no scanning configuration.
      // The update handler re-applies every property that is set, so a
      // re-bootstrap also sends PutImageTagMutability (IMMUTABLE).
      'ecr:CreateRepository', 'ecr:PutLifecyclePolicy', 'ecr:SetRepositoryPolicy', 'ecr:TagResource',
      'ecr:DescribeRepositories', 'ecr:ListTagsForResource', 'ecr:UntagResource', 'ecr:PutImageTagMutability',
      'ecr:DeleteRepository',
    ],
    resources: (n) => n.bootstrapRepositoryArns,
    reason: 'CloudFormation creates, updates, retags and deletes cdk-<qualifier>-container-assets-<account>-<region> (immutable tags, '
      + "lifecycle policy, repository policy) with the admin's credentials (AWS::ECR::Repository handlers); a re-bootstrap over an "
      + "older AGC's bootstrap stack runs the update handler",
    evidence: [
      `${AGC}/aws/cdk/bootstrap.go:13`,
      `${AGC}/cli/account_deactivate.go:102`,
      `${BOOTSTRAP_TEMPLATE}:234`,
      'pulumi/pulumi-aws-native@00f8ac71:aws-cloudformation-schema/aws-ecr-repository.json#/handlers',
      'aws-cloudformation/aws-cloudformation-resource-providers-ecr@0c41507b:aws-ecr-repository/src/main/java/software/amazon/ecr/repository/UpdateHandler.java:68',
    ],
  },
];
