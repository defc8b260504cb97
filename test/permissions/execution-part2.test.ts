/**
 * The EC2, Batch, ECS, EFS and ELBv2 execution rows, simulated on their own:
 * what CloudFormation does for AGC's stacks is allowed, near misses
 * (untagged or foreign resources, other names, other services) are denied.
 */
import { AgcMinimalPermissionsProps } from '../../src';
import { EXECUTION_ROWS } from '../../src/permissions/execution';
import { BATCH_EXEC_ROWS } from '../../src/permissions/execution/batch';
import { EC2_EXEC_ROWS } from '../../src/permissions/execution/ec2';
import { ECS_EXEC_ROWS } from '../../src/permissions/execution/ecs';
import { EFS_EXEC_ROWS } from '../../src/permissions/execution/efs';
import { ELBV2_EXEC_ROWS } from '../../src/permissions/execution/elbv2';
import { Audience } from '../../src/permissions/row';
import { documentsFromRows } from '../support/rows';
import { PARTITIONS, simulate } from '../support/simulate';
import { ACCOUNT } from '../support/synth';

const pc = PARTITIONS[0];
const REGION = pc.agcRegion;
const P = pc.partition;

const OWN = [...EC2_EXEC_ROWS, ...BATCH_EXEC_ROWS, ...ECS_EXEC_ROWS, ...EFS_EXEC_ROWS, ...ELBV2_EXEC_ROWS];
const OWN_IDS = new Set(OWN.map((r) => r.id));
// Checked against every execution row: service-linked roles live in the IAM rows.
const ROWS = EXECUTION_ROWS;

const arn = (service: string, resource: string, region = REGION) => `arn:${P}:${service}:${region}:${ACCOUNT}:${resource}`;
const ec2 = (resource: string) => arn('ec2', resource);
const batch = (resource: string) => arn('batch', resource);
const ecs = (resource: string) => arn('ecs', resource);
const efs = (resource: string) => arn('elasticfilesystem', resource);
const elb = (resource: string) => arn('elasticloadbalancing', resource);
const slr = (service: string, role: string) => `arn:${P}:iam::${ACCOUNT}:role/aws-service-role/${service}/${role}`;

/** The stack tags CloudFormation passes to create calls of an Agc-Context stack. */
const AGC_REQUEST = {
  'aws:RequestTag/application-name': 'agc',
  'aws:RequestTag/agc-project': 'demo',
  'aws:TagKeys': ['application-name', 'agc-project', 'agc-context', 'agc-user-id', 'agc-version'],
};
const OTHER_REQUEST = { 'aws:RequestTag/application-name': 'payroll', 'aws:TagKeys': ['application-name'] };
const AGC_RESOURCE = { 'aws:ResourceTag/application-name': 'agc' };
const OTHER_RESOURCE = { 'aws:ResourceTag/application-name': 'payroll' };

const CLUSTER = 'Agc-Context-demo-alice2ILP5Y-spot-EcsDefaultClusterMnL3mNNYNVpc18E0451A-HZEeZYRF7pp6';

interface Call {
  readonly action: string;
  readonly resource: string;
  readonly context?: Record<string, string | string[]>;
  readonly region?: string;
}

const ALLOWED: Array<[string, Call]> = [
  // EC2 (Agc-Core VPC, Agc-Context security groups and launch template)
  ['create AGC\'s VPC', { action: 'ec2:CreateVpc', resource: ec2('vpc/*'), context: AGC_REQUEST }],
  ['tag AGC\'s new VPC', { action: 'ec2:CreateTags', resource: ec2('vpc/vpc-0a1b2c3d4e5f60718'), context: { ...AGC_REQUEST, 'ec2:CreateAction': 'CreateVpc' } }],
  ['set the DNS attributes of AGC\'s VPC', { action: 'ec2:ModifyVpcAttribute', resource: ec2('vpc/vpc-0a1b2c3d4e5f60718'), context: AGC_RESOURCE }],
  ['delete AGC\'s VPC', { action: 'ec2:DeleteVpc', resource: ec2('vpc/vpc-0a1b2c3d4e5f60718'), context: AGC_RESOURCE }],
  ['create a subnet in AGC\'s VPC (VPC)', { action: 'ec2:CreateSubnet', resource: ec2('vpc/vpc-0a1b2c3d4e5f60718'), context: { ...AGC_REQUEST, ...AGC_RESOURCE } }],
  ['create a subnet in AGC\'s VPC (subnet)', { action: 'ec2:CreateSubnet', resource: ec2('subnet/*'), context: AGC_REQUEST }],
  ['add a route to AGC\'s route table', { action: 'ec2:CreateRoute', resource: ec2('route-table/rtb-0a1b2c3d4e5f60718'), context: AGC_RESOURCE }],
  ['associate AGC\'s subnet', { action: 'ec2:AssociateRouteTable', resource: ec2('subnet/subnet-0a1b2c3d4e5f60718'), context: AGC_RESOURCE }],
  ['create a NAT gateway (NAT gateway)', { action: 'ec2:CreateNatGateway', resource: ec2('natgateway/*'), context: AGC_REQUEST }],
  ['create a NAT gateway (Elastic IP)', { action: 'ec2:CreateNatGateway', resource: ec2('elastic-ip/eipalloc-0a1b2c3d4e5f60718'), context: { ...AGC_REQUEST, ...AGC_RESOURCE } }],
  ['attach AGC\'s internet gateway', { action: 'ec2:AttachInternetGateway', resource: ec2('internet-gateway/igw-0a1b2c3d4e5f60718'), context: AGC_RESOURCE }],
  ['create an interface endpoint (endpoint)', { action: 'ec2:CreateVpcEndpoint', resource: ec2('vpc-endpoint/*'), context: AGC_REQUEST }],
  ['create an interface endpoint (security group)', { action: 'ec2:CreateVpcEndpoint', resource: ec2('security-group/sg-0a1b2c3d4e5f60718'), context: { ...AGC_REQUEST, ...AGC_RESOURCE } }],
  ['create a security group in the customer\'s --vpc VPC', { action: 'ec2:CreateSecurityGroup', resource: ec2('vpc/vpc-0customer0000000') }],
  ['create AGC\'s security group', { action: 'ec2:CreateSecurityGroup', resource: ec2('security-group/*'), context: AGC_REQUEST }],
  ['open AGC\'s EFS security group to the engine', { action: 'ec2:AuthorizeSecurityGroupIngress', resource: ec2('security-group/sg-0a1b2c3d4e5f60718'), context: AGC_RESOURCE }],
  ['retag AGC\'s security group', { action: 'ec2:CreateTags', resource: ec2('security-group/sg-0a1b2c3d4e5f60718'), context: { ...AGC_RESOURCE, ...AGC_REQUEST } }],
  ['describe subnets', { action: 'ec2:DescribeSubnets', resource: '*' }],
  ['create the Batch launch template', { action: 'ec2:CreateLaunchTemplate', resource: ec2('launch-template/*') }],
  // Batch
  ['create a compute environment', { action: 'batch:CreateComputeEnvironment', resource: batch('compute-environment/BatchTaskBatchComputeEnvironmentCD449A62-0a1b2c3d4e5f607'), context: AGC_REQUEST }],
  ['tag a new compute environment', { action: 'batch:TagResource', resource: batch('compute-environment/BatchTaskBatchComputeEnvironmentCD449A62-0a1b2c3d4e5f607'), context: AGC_REQUEST }],
  ['disable AGC\'s compute environment', { action: 'batch:UpdateComputeEnvironment', resource: batch('compute-environment/BatchTaskBatchComputeEnvironmentCD449A62-0a1b2c3d4e5f607'), context: AGC_RESOURCE }],
  ['create a job queue', { action: 'batch:CreateJobQueue', resource: batch('job-queue/BatchTaskBatchJobQueue154F1577-0a1b2c3d4e5f607'), context: AGC_REQUEST }],
  ['put AGC\'s compute environment in the job queue', { action: 'batch:CreateJobQueue', resource: batch('compute-environment/BatchTaskBatchComputeEnvironmentCD449A62-0a1b2c3d4e5f607'), context: { ...AGC_REQUEST, ...AGC_RESOURCE } }],
  ['delete AGC\'s job queue', { action: 'batch:DeleteJobQueue', resource: batch('job-queue/BatchTaskBatchJobQueue154F1577-0a1b2c3d4e5f607'), context: AGC_RESOURCE }],
  ['register the head job definition', { action: 'batch:RegisterJobDefinition', resource: batch('job-definition/miniwdlMiniWdlEngineMiniwdlHeadJobDefE889C61B-0a1b2c3d4e5f607'), context: AGC_REQUEST }],
  ['deregister AGC\'s head job definition', { action: 'batch:DeregisterJobDefinition', resource: batch('job-definition/miniwdlMiniWdlEngineMiniwdlHeadJobDefE889C61B-0a1b2c3d4e5f607:1'), context: AGC_RESOURCE }],
  ['describe job queues', { action: 'batch:DescribeJobQueues', resource: '*' }],
  // ECS
  ['create the engine cluster', { action: 'ecs:CreateCluster', resource: ecs(`cluster/${CLUSTER}`), context: AGC_REQUEST }],
  ['tag the engine cluster', { action: 'ecs:TagResource', resource: ecs(`cluster/${CLUSTER}`), context: { ...AGC_REQUEST, 'ecs:CreateAction': 'CreateCluster' } }],
  ['create the cromwell service', { action: 'ecs:CreateService', resource: ecs(`service/${CLUSTER}/cromwell`), context: AGC_REQUEST }],
  ['delete the toil service', { action: 'ecs:DeleteService', resource: ecs(`service/${CLUSTER}/toil`) }],
  ['register the engine task definition', { action: 'ecs:RegisterTaskDefinition', resource: ecs('task-definition/AgcContextdemoalice2ILP5YspotcromwellEngineTaskDef70FF4C9A:1'), context: AGC_REQUEST }],
  ['deregister the engine task definition', { action: 'ecs:DeregisterTaskDefinition', resource: '*' }],
  ['create the ECS service-linked role', { action: 'iam:CreateServiceLinkedRole', resource: slr('ecs.amazonaws.com', 'AWSServiceRoleForECS'), context: { 'iam:AWSServiceName': 'ecs.amazonaws.com' } }],
  // EFS
  ['create an encrypted file system', { action: 'elasticfilesystem:CreateFileSystem', resource: '*', context: { ...AGC_REQUEST, 'elasticfilesystem:Encrypted': 'true' } }],
  ['tag a new file system', { action: 'elasticfilesystem:TagResource', resource: efs('file-system/fs-0a1b2c3d'), context: { ...AGC_REQUEST, 'elasticfilesystem:CreateAction': 'CreateFileSystem' } }],
  ['create a mount target in AGC\'s file system', { action: 'elasticfilesystem:CreateMountTarget', resource: efs('file-system/fs-0a1b2c3d'), context: AGC_RESOURCE }],
  ['create an access point in AGC\'s file system', { action: 'elasticfilesystem:CreateAccessPoint', resource: efs('file-system/fs-0a1b2c3d'), context: { ...AGC_REQUEST, ...AGC_RESOURCE } }],
  ['delete AGC\'s access point', { action: 'elasticfilesystem:DeleteAccessPoint', resource: efs('access-point/fsap-0a1b2c3d4e5f60718'), context: AGC_RESOURCE }],
  ['delete AGC\'s file system', { action: 'elasticfilesystem:DeleteFileSystem', resource: efs('file-system/fs-0a1b2c3d'), context: AGC_RESOURCE }],
  ['create the EFS service-linked role', {
    action: 'iam:CreateServiceLinkedRole',
    resource: slr('elasticfilesystem.amazonaws.com', 'AWSServiceRoleForAmazonElasticFileSystem'),
    context: { 'iam:AWSServiceName': 'elasticfilesystem.amazonaws.com' },
  }],
  // ELBv2
  ['create the internal network load balancer', {
    action: 'elasticloadbalancing:CreateLoadBalancer',
    resource: elb('loadbalancer/net/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789'),
    context: { ...AGC_REQUEST, 'elasticloadbalancing:Scheme': 'internal' },
  }],
  ['tag the new load balancer', {
    action: 'elasticloadbalancing:AddTags',
    resource: elb('loadbalancer/net/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789'),
    context: { ...AGC_REQUEST, 'elasticloadbalancing:CreateAction': 'CreateLoadBalancer' },
  }],
  ['tag the new target group', {
    action: 'elasticloadbalancing:AddTags',
    resource: elb('targetgroup/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789'),
    context: { ...AGC_REQUEST, 'elasticloadbalancing:CreateAction': 'CreateTargetGroup' },
  }],
  ['retag AGC\'s listener', {
    action: 'elasticloadbalancing:AddTags',
    resource: elb('listener/net/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789/0a1b2c3d4e5f6789'),
    context: { 'aws:RequestTag/agc-version': '1.7.0', 'aws:TagKeys': ['agc-version'], ...AGC_RESOURCE },
  }],
  ['add the listener to AGC\'s load balancer', { action: 'elasticloadbalancing:CreateListener', resource: elb('loadbalancer/net/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789'), context: AGC_RESOURCE }],
  ['create the target group', { action: 'elasticloadbalancing:CreateTargetGroup', resource: elb('targetgroup/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789'), context: AGC_REQUEST }],
  ['delete AGC\'s listener', { action: 'elasticloadbalancing:DeleteListener', resource: elb('listener/net/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789/0a1b2c3d4e5f6789'), context: AGC_RESOURCE }],
  ['delete AGC\'s load balancer', { action: 'elasticloadbalancing:DeleteLoadBalancer', resource: elb('loadbalancer/net/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789'), context: AGC_RESOURCE }],
  ['describe target groups', { action: 'elasticloadbalancing:DescribeTargetGroups', resource: '*' }],
  ['create the ELB service-linked role', {
    action: 'iam:CreateServiceLinkedRole',
    resource: slr('elasticloadbalancing.amazonaws.com', 'AWSServiceRoleForElasticLoadBalancing'),
    context: { 'iam:AWSServiceName': 'elasticloadbalancing.amazonaws.com' },
  }],
];

const DENIED: Array<[string, Call]> = [
  // EC2
  ['create a VPC without the AGC tag', { action: 'ec2:CreateVpc', resource: ec2('vpc/*'), context: OTHER_REQUEST }],
  ['create a VPC with no tags', { action: 'ec2:CreateVpc', resource: ec2('vpc/*') }],
  ['delete a VPC tagged for another application', { action: 'ec2:DeleteVpc', resource: ec2('vpc/vpc-0payroll000000000'), context: OTHER_RESOURCE }],
  ['delete an untagged VPC', { action: 'ec2:DeleteVpc', resource: ec2('vpc/vpc-0payroll000000000') }],
  ['create a subnet in another VPC', { action: 'ec2:CreateSubnet', resource: ec2('vpc/vpc-0payroll000000000'), context: { ...AGC_REQUEST, ...OTHER_RESOURCE } }],
  ['terminate instances', { action: 'ec2:TerminateInstances', resource: ec2('instance/i-0a1b2c3d4e5f67890'), context: AGC_RESOURCE }],
  ['run instances', { action: 'ec2:RunInstances', resource: ec2('instance/*'), context: AGC_REQUEST }],
  ['open an untagged security group', { action: 'ec2:AuthorizeSecurityGroupIngress', resource: ec2('security-group/sg-0payroll000000000') }],
  ['open a security group of another application', { action: 'ec2:AuthorizeSecurityGroupIngress', resource: ec2('security-group/sg-0payroll000000000'), context: OTHER_RESOURCE }],
  ['delete a security group of another application', { action: 'ec2:DeleteSecurityGroup', resource: ec2('security-group/sg-0payroll000000000'), context: OTHER_RESOURCE }],
  ['claim a VPC by tagging it for AGC', { action: 'ec2:CreateTags', resource: ec2('vpc/vpc-0payroll000000000'), context: { ...AGC_REQUEST, ...OTHER_RESOURCE } }],
  ['tag an untagged subnet for AGC', { action: 'ec2:CreateTags', resource: ec2('subnet/subnet-0payroll00000000'), context: AGC_REQUEST }],
  ['tag instances on launch', { action: 'ec2:CreateTags', resource: ec2('instance/i-0a1b2c3d4e5f67890'), context: { ...AGC_REQUEST, 'ec2:CreateAction': 'RunInstances' } }],
  ['delete a route table of another application', { action: 'ec2:DeleteRouteTable', resource: ec2('route-table/rtb-0payroll000000000'), context: OTHER_RESOURCE }],
  ['release an untagged Elastic IP', { action: 'ec2:ReleaseAddress', resource: ec2('elastic-ip/eipalloc-0payroll0000000') }],
  ['detach another internet gateway', { action: 'ec2:DetachInternetGateway', resource: ec2('internet-gateway/igw-0payroll000000000'), context: OTHER_RESOURCE }],
  ['delete another VPC endpoint', { action: 'ec2:DeleteVpcEndpoints', resource: ec2('vpc-endpoint/vpce-0payroll00000000'), context: OTHER_RESOURCE }],
  // Batch
  ['create a compute environment without the AGC tag', { action: 'batch:CreateComputeEnvironment', resource: batch('compute-environment/payroll'), context: OTHER_REQUEST }],
  ['delete a job queue that is not AGC\'s', { action: 'batch:DeleteJobQueue', resource: batch('job-queue/payroll'), context: OTHER_RESOURCE }],
  ['delete an untagged job queue', { action: 'batch:DeleteJobQueue', resource: batch('job-queue/payroll') }],
  ['put another compute environment in AGC\'s queue', { action: 'batch:UpdateJobQueue', resource: batch('compute-environment/payroll'), context: OTHER_RESOURCE }],
  ['delete a compute environment that is not AGC\'s', { action: 'batch:DeleteComputeEnvironment', resource: batch('compute-environment/payroll'), context: OTHER_RESOURCE }],
  ['deregister a job definition that is not AGC\'s', { action: 'batch:DeregisterJobDefinition', resource: batch('job-definition/payroll:3'), context: OTHER_RESOURCE }],
  ['submit a job', { action: 'batch:SubmitJob', resource: batch('job-queue/BatchTaskBatchJobQueue154F1577-0a1b2c3d4e5f607'), context: AGC_RESOURCE }],
  // ECS
  ['delete an ECS cluster that is not AGC\'s', { action: 'ecs:DeleteCluster', resource: ecs('cluster/payroll'), context: OTHER_RESOURCE }],
  ['create a cluster named like AGC in another project', { action: 'ecs:CreateCluster', resource: ecs('cluster/payroll-Agc-Context-demo-x') }],
  ['update a service of another cluster', { action: 'ecs:UpdateService', resource: ecs('service/payroll/cromwell') }],
  ['register another task definition', { action: 'ecs:RegisterTaskDefinition', resource: ecs('task-definition/payroll:1'), context: AGC_REQUEST }],
  ['run a task', { action: 'ecs:RunTask', resource: ecs('task-definition/AgcContextdemoalice2ILP5YspotcromwellEngineTaskDef70FF4C9A:1') }],
  // EFS
  ['delete an untagged file system', { action: 'elasticfilesystem:DeleteFileSystem', resource: efs('file-system/fs-0payroll') }],
  ['delete a file system that is not AGC\'s', { action: 'elasticfilesystem:DeleteFileSystem', resource: efs('file-system/fs-0payroll'), context: OTHER_RESOURCE }],
  ['create an unencrypted file system', { action: 'elasticfilesystem:CreateFileSystem', resource: '*', context: { ...AGC_REQUEST, 'elasticfilesystem:Encrypted': 'false' } }],
  ['create a file system without the AGC tag', { action: 'elasticfilesystem:CreateFileSystem', resource: '*', context: { ...OTHER_REQUEST, 'elasticfilesystem:Encrypted': 'true' } }],
  ['claim a file system by tagging it for AGC', { action: 'elasticfilesystem:TagResource', resource: efs('file-system/fs-0payroll'), context: AGC_REQUEST }],
  ['mount another file system', { action: 'elasticfilesystem:CreateMountTarget', resource: efs('file-system/fs-0payroll'), context: OTHER_RESOURCE }],
  ['create an access point in another file system', { action: 'elasticfilesystem:CreateAccessPoint', resource: efs('file-system/fs-0payroll'), context: { ...AGC_REQUEST, ...OTHER_RESOURCE } }],
  ['change the policy of AGC\'s file system', { action: 'elasticfilesystem:PutFileSystemPolicy', resource: efs('file-system/fs-0a1b2c3d'), context: AGC_RESOURCE }],
  // ELBv2
  ['delete an untagged load balancer', { action: 'elasticloadbalancing:DeleteLoadBalancer', resource: elb('loadbalancer/net/payroll/0a1b2c3d4e5f6789') }],
  ['delete a load balancer that is not AGC\'s', { action: 'elasticloadbalancing:DeleteLoadBalancer', resource: elb('loadbalancer/net/payroll/0a1b2c3d4e5f6789'), context: OTHER_RESOURCE }],
  ['create an internet-facing load balancer', {
    action: 'elasticloadbalancing:CreateLoadBalancer',
    resource: elb('loadbalancer/net/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789'),
    context: { ...AGC_REQUEST, 'elasticloadbalancing:Scheme': 'internet-facing' },
  }],
  ['claim a target group by tagging it for AGC', { action: 'elasticloadbalancing:AddTags', resource: elb('targetgroup/payroll/0a1b2c3d4e5f6789'), context: { ...AGC_REQUEST, ...OTHER_RESOURCE } }],
  ['untag a listener that is not AGC\'s', { action: 'elasticloadbalancing:RemoveTags', resource: elb('listener/net/payroll/0a1b2c3d4e5f6789/0a1b2c3d4e5f6789'), context: { 'aws:TagKeys': ['application-name'], ...OTHER_RESOURCE } }],
  ['claim a load balancer by tagging it for AGC', { action: 'elasticloadbalancing:AddTags', resource: elb('loadbalancer/net/payroll/0a1b2c3d4e5f6789'), context: { ...AGC_REQUEST, ...OTHER_RESOURCE } }],
  ['add a listener to another load balancer', { action: 'elasticloadbalancing:CreateListener', resource: elb('loadbalancer/net/payroll/0a1b2c3d4e5f6789'), context: OTHER_RESOURCE }],
  ['delete a target group that is not AGC\'s', { action: 'elasticloadbalancing:DeleteTargetGroup', resource: elb('targetgroup/payroll/0a1b2c3d4e5f6789'), context: OTHER_RESOURCE }],
  ['register targets in AGC\'s target group', { action: 'elasticloadbalancing:RegisterTargets', resource: elb('targetgroup/Agc-Co-cromw-1A2B3C4D5E6F/0a1b2c3d4e5f6789'), context: AGC_RESOURCE }],
  // Service-linked roles of other services
  ['create another service-linked role', { action: 'iam:CreateServiceLinkedRole', resource: slr('rds.amazonaws.com', 'AWSServiceRoleForRDS'), context: { 'iam:AWSServiceName': 'rds.amazonaws.com' } }],
  ['create another service\'s role under the ECS path', { action: 'iam:CreateServiceLinkedRole', resource: slr('ecs.amazonaws.com', 'AWSServiceRoleForECS'), context: { 'iam:AWSServiceName': 'rds.amazonaws.com' } }],
];

async function outcome(docs: ReturnType<typeof documentsFromRows>, call: Call) {
  return simulate(pc, docs, { action: call.action, resource: call.resource, region: call.region ?? REGION, context: call.context });
}

describe('execution rows for EC2, Batch, ECS, EFS and ELBv2', () => {
  const docs = documentsFromRows(ROWS, pc);

  test('every row is an exec row with an exec- id, wired into EXECUTION_ROWS', () => {
    expect(EXECUTION_ROWS.filter((r) => OWN_IDS.has(r.id)).map((r) => r.id)).toEqual(OWN.map((r) => r.id));
    for (const row of OWN) {
      expect({ id: row.id, audience: row.audience, prefix: row.id.startsWith('exec-') }).toEqual({ id: row.id, audience: Audience.EXEC, prefix: true });
      expect(row.evidence.length).toBeGreaterThan(0);
    }
  });

  test('the listener and target group tag rows are wired in', () => {
    const all = new Set(EXECUTION_ROWS.map((r) => r.id));
    expect(['exec-elbv2-listener-target-group-tag-on-create', 'exec-elbv2-listener-target-group-retag'].filter((id) => !all.has(id))).toEqual([]);
  });

  test.each(ALLOWED)('allows: %s', async (_name, call) => {
    expect(await outcome(docs, call)).toEqual({ result: 'Allowed' });
  });

  test.each(DENIED)('denies: %s', async (_name, call) => {
    expect((await outcome(docs, call)).result).toBe('ImplicitlyDenied');
  });

  describe('with regions and projects', () => {
    const props: AgcMinimalPermissionsProps = { regions: [REGION], projects: ['demo'] };
    const scoped = documentsFromRows(ROWS, pc, props);

    test.each(ALLOWED)('still allows: %s', async (_name, call) => {
      expect(await outcome(scoped, call)).toEqual({ result: 'Allowed' });
    });

    test('denies the same calls in another region', async () => {
      const other = pc.otherRegion;
      const calls: Call[] = [
        { action: 'ec2:CreateVpc', resource: arn('ec2', 'vpc/*', other), context: AGC_REQUEST, region: other },
        { action: 'batch:DeleteJobQueue', resource: arn('batch', 'job-queue/BatchTaskBatchJobQueue154F1577-0a1b2c3d4e5f607', other), context: AGC_RESOURCE, region: other },
        { action: 'elasticfilesystem:CreateFileSystem', resource: '*', context: { ...AGC_REQUEST, 'elasticfilesystem:Encrypted': 'true' }, region: other },
        { action: 'ec2:DescribeVpcs', resource: '*', region: other },
      ];
      for (const call of calls) {
        expect({ call: call.action, result: (await outcome(scoped, call)).result }).toEqual({ call: call.action, result: 'ImplicitlyDenied' });
      }
    });

    test('denies the ECS resources of another project', async () => {
      const calls: Call[] = [
        { action: 'ecs:DeleteCluster', resource: ecs('cluster/Agc-Context-genomics-alice2ILP5Y-spot-EcsDefaultCluster-X') },
        { action: 'ecs:DeleteService', resource: ecs('service/Agc-Context-genomics-alice2ILP5Y-spot-EcsDefaultCluster-X/cromwell') },
        { action: 'ecs:RegisterTaskDefinition', resource: ecs('task-definition/AgcContextgenomicsalice2ILP5YspotcromwellEngineTaskDef70FF4C9A:1') },
      ];
      for (const call of calls) {
        expect({ call: call.resource, result: (await outcome(scoped, call)).result }).toEqual({ call: call.resource, result: 'ImplicitlyDenied' });
      }
    });
  });
});
