import { PermissionRow } from '../row';
import { APIGATEWAY_EXEC_ROWS } from './apigateway';
import { BATCH_EXEC_ROWS } from './batch';
import { DYNAMODB_EXEC_ROWS } from './dynamodb';
import { EC2_EXEC_ROWS } from './ec2';
import { ECS_EXEC_ROWS } from './ecs';
import { EFS_EXEC_ROWS } from './efs';
import { ELBV2_EXEC_ROWS } from './elbv2';
import { IAM_EXEC_ROWS } from './iam';
import { LAMBDA_EXEC_ROWS } from './lambda';
import { LOGS_EXEC_ROWS } from './logs';
import { S3_EXEC_ROWS } from './s3';
import { SSM_EXEC_ROWS } from './ssm';

/**
 * What CloudFormation needs, as cdk-<qualifier>-cfn-exec-role, to create,
 * update and delete the resources of Agc-Core and Agc-Context stacks: per
 * resource type, the handler permissions (shared/cfn-schemas) of the
 * operations and properties AGC's templates use.
 */
export const EXECUTION_ROWS: PermissionRow[] = [
  ...IAM_EXEC_ROWS,
  ...LAMBDA_EXEC_ROWS,
  ...LOGS_EXEC_ROWS,
  ...S3_EXEC_ROWS,
  ...DYNAMODB_EXEC_ROWS,
  ...SSM_EXEC_ROWS,
  ...APIGATEWAY_EXEC_ROWS,
  ...EC2_EXEC_ROWS,
  ...BATCH_EXEC_ROWS,
  ...ECS_EXEC_ROWS,
  ...EFS_EXEC_ROWS,
  ...ELBV2_EXEC_ROWS,
];
