import { BATCH_ROWS } from './batch';
import { CLOUDFORMATION_ROWS } from './cloudformation';
import { DYNAMODB_ROWS } from './dynamodb';
import { EC2_ROWS } from './ec2';
import { ECR_ROWS } from './ecr';
import { EXECUTE_API_ROWS } from './execute-api';
import { EXECUTION_ROWS } from './execution';
import { IAM_ROWS } from './iam';
import { LOGS_ROWS } from './logs';
import { Audience, PermissionRow } from './row';
import { S3_ROWS } from './s3';
import { SSM_ROWS } from './ssm';
import { STS_ROWS } from './sts';

/**
 * Every permission row, one table per service, in the order statements are
 * emitted. Appending rows keeps earlier statements (and policies) in place.
 */
export const ALL_ROWS: PermissionRow[] = [
  ...STS_ROWS,
  ...CLOUDFORMATION_ROWS,
  ...S3_ROWS,
  ...SSM_ROWS,
  ...DYNAMODB_ROWS,
  ...EXECUTE_API_ROWS,
  ...LOGS_ROWS,
  ...BATCH_ROWS,
  ...ECR_ROWS,
  ...IAM_ROWS,
  ...EC2_ROWS,
  ...EXECUTION_ROWS,
];

export const ADMIN_ROWS = ALL_ROWS.filter((r) => r.audience === Audience.ADMIN);
export const USER_ROWS = ALL_ROWS.filter((r) => r.audience === Audience.USER);
export const EXEC_ROWS = ALL_ROWS.filter((r) => r.audience === Audience.EXEC);
