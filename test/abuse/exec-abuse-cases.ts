import { AbuseCase } from './abuse-cases';

/**
 * Near misses of the execution policies' grants: what CloudFormation, acting
 * as cdk-<qualifier>-cfn-exec-role for a stack a user deploys, must not be
 * able to do. All denied.
 */
export const EXEC_ABUSE_CASES: Array<Omit<AbuseCase, 'principal'>> = [
  { name: 'create a role with another name', action: 'iam:CreateRole', resource: 'arn:{partition}:iam::{account}:role/Admin' },
  { name: 'create a role named like the bootstrap', action: 'iam:CreateRole', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-backdoor-role-{account}-{region}' },
  { name: 'edit a role that is not AGC\'s', action: 'iam:PutRolePolicy', resource: 'arn:{partition}:iam::{account}:role/OrganizationAccountAccessRole' },
  { name: 'attach AdministratorAccess to an AGC role', action: 'iam:AttachRolePolicy', resource: 'arn:{partition}:iam::{account}:role/Agc-Context-demo-alice2ILP5Y-spot-BatchRole-1A2B3C4D5E6F', context: { 'iam:PolicyARN': 'arn:{partition}:iam::aws:policy/AdministratorAccess' } },
  { name: 'attach IAMFullAccess to an AGC role', action: 'iam:AttachRolePolicy', resource: 'arn:{partition}:iam::{account}:role/Agc-Core-LambdaRole-1A2B3C4D5E6F', context: { 'iam:PolicyARN': 'arn:{partition}:iam::aws:policy/IAMFullAccess' } },
  { name: 'attach a customer managed policy to an AGC role', action: 'iam:AttachRolePolicy', resource: 'arn:{partition}:iam::{account}:role/Agc-Core-LambdaRole-1A2B3C4D5E6F', context: { 'iam:PolicyARN': 'arn:{partition}:iam::{account}:policy/Anything' } },
  { name: 'pass an AGC role to a service AGC does not use', action: 'iam:PassRole', resource: 'arn:{partition}:iam::{account}:role/Agc-Context-demo-alice2ILP5Y-spot-BatchRole-1A2B3C4D5E6F', context: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
  { name: 'pass an AGC role to CloudFormation', action: 'iam:PassRole', resource: 'arn:{partition}:iam::{account}:role/Agc-Core-LambdaRole-1A2B3C4D5E6F', context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
  { name: 'pass a role that is not AGC\'s to Lambda', action: 'iam:PassRole', resource: 'arn:{partition}:iam::{account}:role/Admin', context: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
  { name: 'pass the exec role itself', action: 'iam:PassRole', resource: 'arn:{partition}:iam::{account}:role/cdk-agc-cfn-exec-role-{account}-{region}', context: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
  { name: 'create an IAM user', action: 'iam:CreateUser', resource: 'arn:{partition}:iam::{account}:user/backdoor' },
  { name: 'delete another table', action: 'dynamodb:DeleteTable', resource: 'arn:{partition}:dynamodb:{region}:{account}:table/Payroll' },
  { name: 'delete another bucket', action: 's3:DeleteBucket', resource: 'arn:{partition}:s3:::payroll-exports' },
  { name: 'replace the policy of another bucket', action: 's3:PutBucketPolicy', resource: 'arn:{partition}:s3:::payroll-exports' },
  { name: 'read objects of another bucket', action: 's3:GetObject', resource: 'arn:{partition}:s3:::payroll-exports/salaries.csv' },
  { name: 'retag an API key (the tagging API only for REST APIs and VPC links)', action: 'apigateway:PUT', resource: 'arn:{partition}:apigateway:{region}::/tags/arn%3A{partition}%3Aapigateway%3A{region}%3A%3A%2Fapikeys%2Fk1l2m3n4o5', context: { 'aws:RequestTag/owner': 'mallory', 'aws:TagKeys': ['owner'] } },
  { name: 'create a function with another name', action: 'lambda:CreateFunction', resource: 'arn:{partition}:lambda:{region}:{account}:function:payroll-export' },
  { name: 'invoke a context function that is not a log-retention provider', action: 'lambda:InvokeFunction', resource: 'arn:{partition}:lambda:{region}:{account}:function:Agc-Context-demo-alice2IL-NextflowWesAdapterLa-Rk8mN3bV6cX1' },
  { name: 'invoke the log-retention provider of another stack', action: 'lambda:InvokeFunction', resource: 'arn:{partition}:lambda:{region}:{account}:function:Payroll-LogRetentionaae0aa3c5b4d4-Rk8mN3bV6cX1' },
  { name: 'untag the AGC bucket (CloudFormation never updates it)', action: 's3:UntagResource', resource: 'arn:{partition}:s3:::agc-{account}-{region}' },
  { name: "replace a route in AGC's route table (no AGC update changes a route)", action: 'ec2:ReplaceRoute', resource: 'arn:{partition}:ec2:{region}:{account}:route-table/rtb-0a1b2c3d4e5f67890', context: { 'aws:ResourceTag/application-name': 'agc' } },
  { name: 'write a parameter outside /agc/_common', action: 'ssm:PutParameter', resource: 'arn:{partition}:ssm:{region}:{account}:parameter/prod/db-password' },
  { name: 'delete another log group', action: 'logs:DeleteLogGroup', resource: 'arn:{partition}:logs:{region}:{account}:log-group:/aws/lambda/payroll-export' },
  { name: 'create a VPC without the AGC tag', action: 'ec2:CreateVpc', resource: 'arn:{partition}:ec2:{region}:{account}:vpc/*', context: { 'aws:RequestTag/application-name': 'payroll', 'aws:TagKeys': ['application-name'] } },
  { name: 'delete a VPC tagged for another application', action: 'ec2:DeleteVpc', resource: 'arn:{partition}:ec2:{region}:{account}:vpc/vpc-0a1b2c3d4e5f67890', context: { 'aws:ResourceTag/application-name': 'payroll' } },
  { name: 'open a security group that is not AGC\'s', action: 'ec2:AuthorizeSecurityGroupIngress', resource: 'arn:{partition}:ec2:{region}:{account}:security-group/sg-0a1b2c3d4e5f67890', context: { 'aws:ResourceTag/application-name': 'payroll' } },
  { name: 'terminate instances', action: 'ec2:TerminateInstances', resource: 'arn:{partition}:ec2:{region}:{account}:instance/i-0a1b2c3d4e5f67890' },
  { name: 'delete a file system that is not AGC\'s', action: 'elasticfilesystem:DeleteFileSystem', resource: 'arn:{partition}:elasticfilesystem:{region}:{account}:file-system/fs-0a1b2c3d', context: { 'aws:ResourceTag/application-name': 'payroll' } },
  { name: 'delete a load balancer that is not AGC\'s', action: 'elasticloadbalancing:DeleteLoadBalancer', resource: 'arn:{partition}:elasticloadbalancing:{region}:{account}:loadbalancer/net/payroll/0a1b2c3d4e5f6789', context: { 'aws:ResourceTag/application-name': 'payroll' } },
  { name: 'delete a job queue that is not AGC\'s', action: 'batch:DeleteJobQueue', resource: 'arn:{partition}:batch:{region}:{account}:job-queue/payroll', context: { 'aws:ResourceTag/application-name': 'payroll' } },
  // Tag takeover: tagging someone else's resource application-name=agc would put it in reach of every tag-scoped grant.
  { name: 'tag a VPC of another application as AGC\'s', action: 'ec2:CreateTags', resource: 'arn:{partition}:ec2:{region}:{account}:vpc/vpc-0a1b2c3d4e5f67890', context: { 'aws:ResourceTag/application-name': 'payroll', 'aws:RequestTag/application-name': 'agc', 'aws:TagKeys': ['application-name'] } },
  { name: 'tag an untagged security group as AGC\'s', action: 'ec2:CreateTags', resource: 'arn:{partition}:ec2:{region}:{account}:security-group/sg-0a1b2c3d4e5f67890', context: { 'aws:RequestTag/application-name': 'agc', 'aws:TagKeys': ['application-name'] } },
  { name: 'tag a file system of another application as AGC\'s', action: 'elasticfilesystem:TagResource', resource: 'arn:{partition}:elasticfilesystem:{region}:{account}:file-system/fs-0a1b2c3d', context: { 'aws:ResourceTag/application-name': 'payroll', 'aws:RequestTag/application-name': 'agc', 'aws:TagKeys': ['application-name'] } },
  { name: 'tag a load balancer of another application as AGC\'s', action: 'elasticloadbalancing:AddTags', resource: 'arn:{partition}:elasticloadbalancing:{region}:{account}:loadbalancer/net/payroll/0a1b2c3d4e5f6789', context: { 'aws:ResourceTag/application-name': 'payroll', 'aws:RequestTag/application-name': 'agc', 'aws:TagKeys': ['application-name'] } },
  { name: 'tag a job queue of another application as AGC\'s', action: 'batch:TagResource', resource: 'arn:{partition}:batch:{region}:{account}:job-queue/payroll', context: { 'aws:ResourceTag/application-name': 'payroll', 'aws:RequestTag/application-name': 'agc', 'aws:TagKeys': ['application-name'] } },
  { name: 'tag an ECS cluster of another application as AGC\'s', action: 'ecs:TagResource', resource: 'arn:{partition}:ecs:{region}:{account}:cluster/payroll', context: { 'aws:ResourceTag/application-name': 'payroll', 'aws:RequestTag/application-name': 'agc', 'aws:TagKeys': ['application-name'] } },
  { name: 'tag a REST API of another application as AGC\'s', action: 'apigateway:PUT', resource: 'arn:{partition}:apigateway:{region}::/tags/arn%3A{partition}%3Aapigateway%3A{region}%3A%3A%2Frestapis%2Fp4y5r6o7l8', context: { 'aws:RequestTag/application-name': 'agc', 'aws:TagKeys': ['application-name'] } },
  { name: 'tag a role that is not AGC\'s as AGC\'s', action: 'iam:TagRole', resource: 'arn:{partition}:iam::{account}:role/Admin', context: { 'aws:RequestTag/application-name': 'agc', 'aws:TagKeys': ['application-name'] } },
  { name: 'delete an ECS cluster that is not AGC\'s', action: 'ecs:DeleteCluster', resource: 'arn:{partition}:ecs:{region}:{account}:cluster/payroll', context: { 'aws:ResourceTag/application-name': 'payroll' } },
];
