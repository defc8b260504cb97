import { AGC, BOOTSTRAP_TEMPLATE, SCHEMA } from './evidence';
import { Audience, PermissionRow } from './row';


export const S3_ROWS: PermissionRow[] = [
  {
    id: 's3-upload-workflow-inputs',
    audience: Audience.USER,
    commands: ['agc workflow run'],
    // The SDK's upload manager sends PutObject, or a multipart upload, which is
    // also authorized as s3:PutObject.
    actions: ['s3:PutObject'],
    // Keys are project/<project>/userid/<userId>/...; the userId is derived on
    // the user's machine, so the project is the narrowest trustworthy prefix.
    resources: (n) => n.agcBuckets.flatMap((b) => n.projectPatterns.map((p) => n.s3(b, `project/${p}/*`))),
    reason: 'uploads local workflow files and inputs under project/<project>/userid/<userId>/ in the AGC bucket',
    evidence: [
      `${AGC}/aws/s3/upload_file.go:20`,
      `${AGC}/cli/awsresources/awsresources.go:22`,
      `${AGC}/cli/awsresources/awsresources.go:27`,
      `${AGC}/storage/input_client.go:145`,
      `${AGC}/cli/workflow/manager.go:316`,
    ],
  },
  {
    id: 's3-agc-bucket-exists',
    audience: Audience.ADMIN,
    commands: ['agc account activate'],
    // HeadBucket is authorized as s3:ListBucket.
    actions: ['s3:ListBucket'],
    resources: (n) => n.agcBucketArns,
    reason: 'checks whether the AGC bucket exists, to decide whether Agc-Core creates it',
    evidence: [`${AGC}/aws/s3/bucket_exists.go:14`, `${AGC}/cli/account_activate.go:123`, `${AGC}/cli/cli.go:20`],
  },
  {
    id: 's3-bootstrap-bucket',
    audience: Audience.ADMIN,
    commands: ['agc account activate', 'agc account deactivate'],
    actions: [
      // AWS::S3::Bucket create and update handlers, for the properties the template sets
      // (AccessControl: Private needs no s3:PutBucketAcl on CreateBucket).
      's3:CreateBucket', 's3:GetBucketAcl', 's3:ListBucket', 's3:PutBucketTagging',
      's3:PutEncryptionConfiguration', 's3:PutBucketPublicAccessBlock',
      's3:PutBucketVersioning', 's3:PutLifecycleConfiguration',
      // AWS::S3::BucketPolicy create, update and delete handlers.
      's3:GetBucketPolicy', 's3:PutBucketPolicy', 's3:DeleteBucketPolicy',
      // agc account deactivate empties and deletes the retained bucket itself.
      's3:ListBucketVersions', 's3:DeleteBucket',
    ],
    resources: (n) => n.bootstrapBuckets.map((b) => n.s3(b)),
    reason: 'CloudFormation creates and retags the staging bucket cdk-<qualifier>-assets-<account>-<region> (private ACL, KMS encryption, '
      + 'public access block, versioning, lifecycle, TLS-only policy) with the admin\'s credentials; deactivate deletes the policy, '
      + 'then agc empties and deletes the retained bucket',
    evidence: [
      `${AGC}/aws/cdk/bootstrap.go:13`,
      `${BOOTSTRAP_TEMPLATE}:177`,
      `${BOOTSTRAP_TEMPLATE}:217`,
      `${SCHEMA}/aws-s3-bucket.json:1667`,
      `${SCHEMA}/aws-s3-bucket.json:1673`,
      `${SCHEMA}/aws-s3-bucketpolicy.json:25`,
      `${SCHEMA}/aws-s3-bucketpolicy.json:34`,
      `${AGC}/cli/account_deactivate.go:127`,
      `${AGC}/aws/s3/empty_bucket.go:26`,
      `${AGC}/aws/s3/empty_bucket.go:46`,
      `${AGC}/aws/s3/delete_bucket.go:12`,
    ],
  },
  {
    id: 's3-bootstrap-bucket-objects',
    audience: Audience.ADMIN,
    commands: ['agc account deactivate'],
    actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
    resources: (n) => n.bootstrapBuckets.map((b) => n.s3(b, '*')),
    reason: 'empties the versioned staging bucket (objects, versions and delete markers) before deleting it',
    evidence: [`${AGC}/aws/s3/delete_object.go:12`, `${AGC}/aws/s3/delete_object.go:25`, `${AGC}/aws/s3/empty_bucket.go:36`, `${AGC}/aws/s3/empty_bucket.go:54`],
  },
];
