import { SCHEMA } from '../evidence';
import { Audience, PermissionRow } from '../row';

const CDK_APP = 'packages/cdk';
const CORE = ['agc account activate', 'agc account deactivate'];

/**
 * AWS::S3::Bucket and AWS::S3::BucketPolicy of Agc-Core: the AGC bucket, whose
 * name AGC sets (`agc-<account>-<region>`, or the agcBucketNames prop), KMS
 * encryption with the AWS managed key, enforceSSL. No AGC bucket has a
 * CloudFormation-generated (agc-core-*) name. With `agc account activate
 * --bucket` Agc-Core imports an existing bucket and creates neither resource.
 *
 * The bucket has DeletionPolicy Retain (and UpdateReplacePolicy Retain):
 * CloudFormation never deletes it, so s3:DeleteBucket (delete handler) is dropped.
 * Objects are written by the Custom::CDKBucketDeployment Lambda with the role
 * AGC's template defines, not by the exec role.
 *
 * Other dropped AWS::S3::Bucket handler permissions, for properties AGC never
 * sets: s3:PutBucketAcl, s3:PutObjectAcl (AccessControl), s3:PutBucketAbac,
 * s3:PutAnalyticsConfiguration, s3:PutBucketCORS, s3:PutInventoryConfiguration,
 * s3:PutLifecycleConfiguration, s3:PutMetricsConfiguration,
 * s3:PutBucketNotification, s3:PutBucketReplication,
 * s3:PutReplicationConfiguration, iam:PassRole (replication role),
 * s3:PutBucketWebsite, s3:PutAccelerateConfiguration,
 * s3:PutBucketPublicAccessBlock, s3:PutBucketObjectLockConfiguration,
 * s3:PutObjectLockConfiguration, s3:PutBucketLogging, s3:PutBucketVersioning,
 * s3:PutBucketOwnershipControls, s3:PutIntelligentTieringConfiguration,
 * s3:DeleteObject, the metadata table and s3tables:* permissions, and every
 * s3:Delete* of the update handler (they remove configurations AGC never set).
 * s3:UntagResource (update handler) is not granted either: the bucket is in
 * Agc-Core only until the next activation, which passes CREATE_AGC_BUCKET=false
 * because the bucket exists, so its update handler never runs.
 */
export const S3_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-s3-agc-bucket',
    audience: Audience.EXEC,
    commands: CORE,
    actions: [
      's3:CreateBucket', 's3:PutEncryptionConfiguration',
      's3:PutBucketTagging', 's3:TagResource',
      's3:GetBucketAcl', 's3:ListBucket',
    ],
    resources: (n) => n.agcBucketArns,
    reason: 'creates the AGC bucket with default KMS encryption and its tags (the BucketDeployment ownership tag and the stack tags) '
      + 'on the first activation; every later activation finds the bucket and leaves it out of Agc-Core, so CloudFormation never '
      + 'updates or retags it',
    evidence: [
      'packages/cli/internal/pkg/cli/account_activate.go:131',
      `${CDK_APP}/lib/stacks/core-stack.ts:126`,
      `${CDK_APP}/lib/stacks/core-stack.ts:288`,
      `${CDK_APP}/apps/core/app.ts:58`,
      `${SCHEMA}/aws-s3-bucket.json:1667`,
      `${SCHEMA}/aws-s3-bucket.json:1673`,
    ],
  },
  {
    id: 'exec-s3-agc-bucket-policy',
    audience: Audience.EXEC,
    commands: CORE,
    actions: ['s3:GetBucketPolicy', 's3:PutBucketPolicy', 's3:DeleteBucketPolicy'],
    resources: (n) => n.agcBucketArns,
    reason: "writes the AGC bucket's TLS-only policy (enforceSSL), and deletes it when the next activation leaves the bucket out of "
      + 'Agc-Core, or with Agc-Core',
    evidence: [
      `${CDK_APP}/lib/stacks/core-stack.ts:291`,
      `${SCHEMA}/aws-s3-bucketpolicy.json:25`,
      `${SCHEMA}/aws-s3-bucketpolicy.json:31`,
      `${SCHEMA}/aws-s3-bucketpolicy.json:34`,
    ],
  },
];
