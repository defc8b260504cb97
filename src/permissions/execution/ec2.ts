import { AgcNaming } from '../../private/naming';
import { Audience, PermissionRow } from '../row';
import { agcRequestTag, agcResourceTag, schema, STACK_TAG_EVIDENCE } from './shared';

/*
 * EC2 resources of AGC's stacks (Agc-Core: the VPC and everything in it;
 * Agc-Context: security groups and the Batch launch template).
 *
 * EC2 ids are generated, so rows scope by tag: AGC passes
 * `application-name=agc` as a stack tag (packages/cdk/apps/core/app.ts:61,
 * packages/cdk/apps/context/app.ts:33, after the custom tags so they cannot
 * override it) and CloudFormation puts stack tags on every taggable resource,
 * in the TagSpecifications of the create call. So:
 *  - create actions need `aws:RequestTag/application-name=agc` on the new resource;
 *  - ec2:CreateTags at creation is allowed only with `ec2:CreateAction` one of
 *    those create actions (tag on create);
 *  - every other write needs `aws:ResourceTag/application-name=agc`, on each
 *    resource type the call touches (one row per resource type).
 *
 * Handler permissions (shared/cfn-schemas) not granted, all for properties
 * AGC's templates never set:
 *  - AWS::EC2::VPC: ec2:CreateVpcEncryptionControl (VpcEncryptionControl),
 *    ec2:ModifyVpcTenancy (InstanceTenancy is always "default", so no update
 *    changes it).
 *  - AWS::EC2::EIP: ec2:AcceptAddressTransfer (TransferAddress),
 *    ec2:AssociateAddress (InstanceId). ec2:DisassociateAddress stays: the
 *    delete handler calls it.
 *  - AWS::EC2::NatGateway: ec2:AssociateNatGatewayAddress,
 *    ec2:DisassociateNatGatewayAddress, ec2:AssignPrivateNatGatewayAddress,
 *    ec2:UnassignPrivateNatGatewayAddress (SecondaryAllocationIds,
 *    SecondaryPrivateIpAddresses).
 *  - AWS::EC2::Subnet: ec2:AssociateSubnetCidrBlock,
 *    ec2:DisassociateSubnetCidrBlock (Ipv6CidrBlock).
 *  - AWS::EC2::VPCGatewayAttachment: ec2:AttachVpnGateway,
 *    ec2:DetachVpnGateway, ec2:DescribeVpnGateways (VpnGatewayId).
 *  - AWS::EC2::VPCEndpoint: vpce:AllowMultiRegion (ServiceRegion),
 *    vpc-lattice:CreateServiceNetworkVpcEndpointAssociation,
 *    vpc-lattice:DescribeServiceNetworkVpcEndpointAssociation (ServiceNetworkArn).
 *  - AWS::EC2::LaunchTemplate: ec2:CreateTags, ec2:DeleteTags (the launch
 *    template's own TagSpecifications; AGC tags only the volumes, inside
 *    LaunchTemplateData, and the type does not take stack tags).
 *
 * Update-handler permissions not granted, because no update AGC makes runs
 * that handler or changes what they serve (test/inventory/exec-update-calls.json:
 * tag changes, upgrades from v1.5.2 and v1.6.0, every configuration change the
 * CLI allows; subnets, route tables and security groups are only ever added or
 * removed, never changed in place):
 *  - AWS::EC2::Route: ec2:ReplaceRoute (a route's target changes).
 *  - AWS::EC2::SubnetRouteTableAssociation: ec2:ReplaceRouteTableAssociation.
 *  - AWS::EC2::VPCEndpoint: ec2:ModifyVpcEndpoint on subnets, route tables and
 *    security groups (it authorizes them only when they are added or removed).
 *    ModifyVpcEndpoint on the endpoint itself stays: its update handler runs
 *    on every tag change.
 */

/** Agc-Core resources: created by activate, updated by activate, deleted by deactivate. */
const CORE_CREATE = ['agc account activate'];
const CORE = ['agc account activate', 'agc account deactivate'];
/** Resources in both Agc-Core and Agc-Context stacks. */
const ALL = ['agc account activate', 'agc account deactivate', 'agc context deploy', 'agc context destroy'];
const ALL_CREATE = ['agc account activate', 'agc context deploy'];

const TAG_EVIDENCE = STACK_TAG_EVIDENCE;
const VPC_EVIDENCE = ['packages/cdk/lib/stacks/core-stack.ts:184', 'packages/cdk/lib/stacks/core-stack.ts:194'];

const ec2 = (n: AgcNaming, type: string) => n.regional('ec2', type, '*');

/** The EC2 resource types AGC creates with tags, and their create actions. */
const TAGGED_TYPES: Array<[type: string, createAction: string]> = [
  ['vpc', 'CreateVpc'],
  ['subnet', 'CreateSubnet'],
  ['route-table', 'CreateRouteTable'],
  ['internet-gateway', 'CreateInternetGateway'],
  ['elastic-ip', 'AllocateAddress'],
  ['natgateway', 'CreateNatGateway'],
  ['security-group', 'CreateSecurityGroup'],
  ['vpc-endpoint', 'CreateVpcEndpoint'],
];

/** A row on one EC2 resource type whose requests must satisfy `conditions` (AGC's request or resource tag). */
function tagScopedRow(conditions: PermissionRow['conditions'], id: string, type: string, actions: string[], commands: string[],
  reason: string, evidence: string[]): PermissionRow {
  return {
    id,
    audience: Audience.EXEC,
    commands,
    actions,
    resources: (n) => ec2(n, type),
    conditions,
    reason,
    evidence: [...evidence, ...TAG_EVIDENCE],
  };
}

/** A create row: the create action on the new resource type, which must carry AGC's tag. */
const createRow = (...args: RowArgs) => tagScopedRow(agcRequestTag, ...args);

/** A row on an existing resource type, which must carry AGC's tag. */
const taggedRow = (...args: RowArgs) => tagScopedRow(agcResourceTag, ...args);

type RowArgs = [id: string, type: string, actions: string[], commands: string[], reason: string, evidence: string[]];

/** Exec role rows for this service: see index.ts. */
export const EC2_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-ec2-describe',
    audience: Audience.EXEC,
    commands: ALL,
    actions: [
      'ec2:DescribeAddresses',
      'ec2:DescribeInstances',
      'ec2:DescribeInternetGateways',
      'ec2:DescribeLaunchTemplateVersions',
      'ec2:DescribeLaunchTemplates',
      'ec2:DescribeNatGateways',
      'ec2:DescribeNetworkInterfaces',
      'ec2:DescribeRouteTables',
      'ec2:DescribeSecurityGroupRules',
      'ec2:DescribeSecurityGroups',
      'ec2:DescribeSubnets',
      'ec2:DescribeVpcEndpoints',
      'ec2:DescribeVpcs',
    ],
    // EC2 Describe* actions have no resource-level permissions: AWS honours them only on "*".
    resources: () => ['*'],
    reason: 'The handlers of the EC2 resource types read back what they create, update and delete '
      + '(ec2:DescribeLaunchTemplateVersions also for AWS::Batch::ComputeEnvironment)',
    evidence: [
      schema('aws-ec2-vpc.json', 10), schema('aws-ec2-subnet.json', 154), schema('aws-ec2-routetable.json', 11),
      schema('aws-ec2-route.json', 83), schema('aws-ec2-subnetroutetableassociation.json', 9),
      schema('aws-ec2-internetgateway.json', 52), schema('aws-ec2-vpcgatewayattachment.json', 35), schema('aws-ec2-eip.json', 79),
      schema('aws-ec2-natgateway.json', 151), schema('aws-ec2-securitygroup.json', 26), schema('aws-ec2-securitygroupingress.json', 75),
      schema('aws-ec2-vpcendpoint.json', 10), schema('aws-ec2-launchtemplate.json', 8), schema('aws-batch-computeenvironment.json', 271),
      // WES adapter Lambdas run in the context's VPC: Lambda checks subnets and security
      // groups on create and update, and waits for their network interfaces on delete.
      'packages/cdk/lib/stacks/engines/engine-construct.ts:42', 'cfn-schema/aws-lambda-function.json:21', 'cfn-schema/aws-lambda-function.json:30',
    ],
  },

  // AWS::EC2::VPC (Agc-Core, unless activated with --vpc)
  createRow('exec-ec2-vpc-create', 'vpc', ['ec2:CreateVpc'], CORE_CREATE,
    'Agc-Core creates its VPC (AWS::EC2::VPC), tagged application-name=agc',
    [...VPC_EVIDENCE, schema('aws-ec2-vpc.json', 10)]),
  taggedRow('exec-ec2-vpc', 'vpc', [
    // AWS::EC2::VPC: EnableDnsHostnames, EnableDnsSupport; delete.
    'ec2:DescribeVpcAttribute', 'ec2:ModifyVpcAttribute', 'ec2:DeleteVpc',
    // Children created in AGC's VPC: subnets, route tables, the internet gateway attachment, gateway and interface endpoints.
    'ec2:CreateSubnet', 'ec2:CreateRouteTable', 'ec2:AttachInternetGateway', 'ec2:DetachInternetGateway', 'ec2:CreateVpcEndpoint',
  ], CORE,
  "Agc-Core sets the DNS attributes of its VPC, creates subnets, route tables, the internet gateway attachment and VPC endpoints in it, and deletes it; only AGC's VPC",
  [...VPC_EVIDENCE, 'packages/cdk/lib/stacks/core-stack.ts:195', 'packages/cdk/lib/stacks/core-stack.ts:203',
    schema('aws-ec2-vpc.json', 10), schema('aws-ec2-subnet.json', 154), schema('aws-ec2-routetable.json', 11),
    schema('aws-ec2-vpcgatewayattachment.json', 35), schema('aws-ec2-vpcendpoint.json', 10)]),
  {
    id: 'exec-ec2-vpc-security-groups',
    audience: Audience.EXEC,
    commands: ALL_CREATE,
    actions: ['ec2:CreateSecurityGroup'],
    // Not tag-scoped: with `agc account activate --vpc`, contexts create their
    // security groups in the customer's VPC, which carries no AGC tag. The new
    // group itself must carry AGC's tag (exec-ec2-security-group-create).
    resources: (n) => ec2(n, 'vpc'),
    reason: 'Agc-Core (VPC endpoints) and Agc-Context stacks (Batch, Fargate service, EFS) create security groups in AGC\'s VPC, '
      + 'or in the VPC given to agc account activate --vpc',
    evidence: ['packages/cdk/lib/stacks/core-stack.ts:203', 'packages/cdk/lib/constructs/batch.ts:215',
      'packages/cdk/lib/constructs/secure-service.ts:28', 'packages/cdk/lib/stacks/engines/cromwell-engine-construct.ts:94',
      'packages/cdk/lib/constructs/engines/engine.ts:67', schema('aws-ec2-securitygroup.json', 26)],
  },

  // AWS::EC2::Subnet
  createRow('exec-ec2-subnet-create', 'subnet', ['ec2:CreateSubnet'], CORE_CREATE,
    'Agc-Core creates the public and private subnets of its VPC', [...VPC_EVIDENCE, schema('aws-ec2-subnet.json', 154)]),
  taggedRow('exec-ec2-subnet', 'subnet', [
    // AWS::EC2::Subnet: MapPublicIpOnLaunch; delete.
    'ec2:ModifySubnetAttribute', 'ec2:DeleteSubnet',
    // AWS::EC2::SubnetRouteTableAssociation.
    'ec2:AssociateRouteTable', 'ec2:DisassociateRouteTable',
    // AWS::EC2::NatGateway (SubnetId), AWS::EC2::VPCEndpoint (SubnetIds).
    'ec2:CreateNatGateway', 'ec2:CreateVpcEndpoint',
  ], CORE,
  "Agc-Core sets MapPublicIpOnLaunch, associates route tables, puts NAT gateways and interface endpoints in its subnets, and deletes them; only AGC's subnets",
  [...VPC_EVIDENCE, 'packages/cdk/lib/stacks/core-stack.ts:203', schema('aws-ec2-subnet.json', 154),
    schema('aws-ec2-subnetroutetableassociation.json', 9), schema('aws-ec2-natgateway.json', 151), schema('aws-ec2-vpcendpoint.json', 10)]),

  // AWS::EC2::RouteTable, AWS::EC2::Route
  createRow('exec-ec2-route-table-create', 'route-table', ['ec2:CreateRouteTable'], CORE_CREATE,
    'Agc-Core creates a route table per subnet', [...VPC_EVIDENCE, schema('aws-ec2-routetable.json', 11)]),
  taggedRow('exec-ec2-route-table', 'route-table', [
    'ec2:DeleteRouteTable',
    // AWS::EC2::Route: DestinationCidrBlock, GatewayId, NatGatewayId.
    'ec2:CreateRoute', 'ec2:DeleteRoute',
    // AWS::EC2::SubnetRouteTableAssociation.
    'ec2:AssociateRouteTable', 'ec2:DisassociateRouteTable',
    // AWS::EC2::VPCEndpoint (gateway endpoints: RouteTableIds).
    'ec2:CreateVpcEndpoint',
  ], CORE,
  "Agc-Core adds default routes (internet or NAT gateway), associates subnets, routes the S3 and DynamoDB gateway endpoints and deletes its route tables; only AGC's",
  [...VPC_EVIDENCE, 'packages/cdk/lib/stacks/core-stack.ts:195', schema('aws-ec2-routetable.json', 11), schema('aws-ec2-route.json', 83),
    schema('aws-ec2-subnetroutetableassociation.json', 9), schema('aws-ec2-vpcendpoint.json', 10)]),

  // AWS::EC2::InternetGateway, AWS::EC2::VPCGatewayAttachment
  createRow('exec-ec2-internet-gateway-create', 'internet-gateway', ['ec2:CreateInternetGateway'], CORE_CREATE,
    'Agc-Core creates the internet gateway of its VPC', [...VPC_EVIDENCE, schema('aws-ec2-internetgateway.json', 52)]),
  taggedRow('exec-ec2-internet-gateway', 'internet-gateway',
    ['ec2:AttachInternetGateway', 'ec2:DetachInternetGateway', 'ec2:DeleteInternetGateway'], CORE,
    "Agc-Core attaches its internet gateway to its VPC, detaches and deletes it; only AGC's",
    [...VPC_EVIDENCE, schema('aws-ec2-internetgateway.json', 52), schema('aws-ec2-vpcgatewayattachment.json', 35)]),

  // AWS::EC2::EIP
  createRow('exec-ec2-elastic-ip-create', 'elastic-ip', ['ec2:AllocateAddress'], CORE_CREATE,
    'Agc-Core allocates an Elastic IP per NAT gateway (private subnets)', ['packages/cdk/lib/stacks/core-stack.ts:194', schema('aws-ec2-eip.json', 79)]),
  taggedRow('exec-ec2-elastic-ip', 'elastic-ip', ['ec2:CreateNatGateway', 'ec2:DisassociateAddress', 'ec2:ReleaseAddress'], CORE,
    "Agc-Core gives its Elastic IPs to its NAT gateways and releases them on delete (the delete handler disassociates first); only AGC's",
    ['packages/cdk/lib/stacks/core-stack.ts:194', schema('aws-ec2-eip.json', 79), schema('aws-ec2-natgateway.json', 151)]),

  // AWS::EC2::NatGateway
  createRow('exec-ec2-nat-gateway-create', 'natgateway', ['ec2:CreateNatGateway'], CORE_CREATE,
    'Agc-Core creates a NAT gateway per public subnet (private subnets)', ['packages/cdk/lib/stacks/core-stack.ts:194', schema('aws-ec2-natgateway.json', 151)]),
  taggedRow('exec-ec2-nat-gateway', 'natgateway', ['ec2:DeleteNatGateway'], CORE,
    "Agc-Core deletes its NAT gateways; only AGC's", ['packages/cdk/lib/stacks/core-stack.ts:194', schema('aws-ec2-natgateway.json', 151)]),

  // AWS::EC2::SecurityGroup, AWS::EC2::SecurityGroupIngress
  createRow('exec-ec2-security-group-create', 'security-group', ['ec2:CreateSecurityGroup'], ALL_CREATE,
    'Agc-Core (interface endpoints) and Agc-Context stacks (Batch compute environments, the Fargate engine service, EFS) create security groups',
    ['packages/cdk/lib/stacks/core-stack.ts:203', 'packages/cdk/lib/constructs/batch.ts:215', 'packages/cdk/lib/constructs/secure-service.ts:28',
      'packages/cdk/lib/stacks/engines/cromwell-engine-construct.ts:94', 'packages/cdk/lib/constructs/engines/engine.ts:67',
      schema('aws-ec2-securitygroup.json', 26)]),
  taggedRow('exec-ec2-security-group', 'security-group', [
    // AWS::EC2::SecurityGroup: SecurityGroupIngress, SecurityGroupEgress (their descriptions on update); delete.
    'ec2:AuthorizeSecurityGroupEgress', 'ec2:AuthorizeSecurityGroupIngress', 'ec2:RevokeSecurityGroupEgress', 'ec2:RevokeSecurityGroupIngress',
    'ec2:UpdateSecurityGroupRuleDescriptionsEgress', 'ec2:UpdateSecurityGroupRuleDescriptionsIngress', 'ec2:DeleteSecurityGroup',
    // AWS::EC2::VPCEndpoint: SecurityGroupIds.
    'ec2:CreateVpcEndpoint',
  ], ALL,
  "AGC's stacks set the rules of their security groups (and the EFS ingress rule of AWS::EC2::SecurityGroupIngress), attach them to interface endpoints "
  + "and delete them; only AGC's security groups",
  ['packages/cdk/lib/stacks/core-stack.ts:203', 'packages/cdk/lib/constructs/secure-service.ts:45',
    'packages/cdk/lib/stacks/engines/cromwell-engine-construct.ts:131', schema('aws-ec2-securitygroup.json', 26),
    schema('aws-ec2-securitygroupingress.json', 75), schema('aws-ec2-vpcendpoint.json', 10)]),

  // AWS::EC2::VPCEndpoint
  createRow('exec-ec2-vpc-endpoint-create', 'vpc-endpoint', ['ec2:CreateVpcEndpoint'], CORE_CREATE,
    'Agc-Core creates the S3 and DynamoDB gateway endpoints and the logs, ECR, ECS and EC2 interface endpoints of its VPC',
    ['packages/cdk/lib/stacks/core-stack.ts:195', 'packages/cdk/lib/stacks/core-stack.ts:203', schema('aws-ec2-vpcendpoint.json', 10)]),
  taggedRow('exec-ec2-vpc-endpoint', 'vpc-endpoint', ['ec2:ModifyVpcEndpoint', 'ec2:DeleteVpcEndpoints'], CORE,
    "Agc-Core updates and deletes its VPC endpoints; only AGC's",
    ['packages/cdk/lib/stacks/core-stack.ts:195', 'packages/cdk/lib/stacks/core-stack.ts:203', schema('aws-ec2-vpcendpoint.json', 10)]),

  // Tags of all of the above.
  {
    id: 'exec-ec2-tag-on-create',
    audience: Audience.EXEC,
    commands: ALL_CREATE,
    actions: ['ec2:CreateTags'],
    resources: (n) => TAGGED_TYPES.flatMap(([type]) => ec2(n, type)),
    // Only as part of a create call that is itself allowed (and so tags with application-name=agc).
    conditions: () => ({ StringEquals: { 'ec2:CreateAction': TAGGED_TYPES.map(([, action]) => action) } }),
    reason: 'CloudFormation tags the EC2 resources of AGC\'s stacks with the stack tags in the create call (TagSpecifications)',
    evidence: [...TAG_EVIDENCE, schema('aws-ec2-vpc.json', 10), schema('aws-ec2-securitygroup.json', 26), schema('aws-ec2-vpcendpoint.json', 10)],
  },
  {
    id: 'exec-ec2-retag',
    audience: Audience.EXEC,
    commands: ALL,
    actions: ['ec2:CreateTags', 'ec2:DeleteTags'],
    resources: (n) => TAGGED_TYPES.flatMap(([type]) => ec2(n, type)),
    conditions: agcResourceTag,
    reason: 'When stack tags change (agc-version on upgrade, custom tags), CloudFormation retags the EC2 resources of AGC\'s stacks; only resources tagged application-name=agc',
    evidence: [...TAG_EVIDENCE, schema('aws-ec2-vpc.json', 10), schema('aws-ec2-securitygroup.json', 26), schema('aws-ec2-vpcendpoint.json', 10)],
  },

  // AWS::EC2::LaunchTemplate
  {
    id: 'exec-ec2-launch-template',
    audience: Audience.EXEC,
    commands: ['agc context deploy', 'agc context destroy'],
    actions: ['ec2:CreateLaunchTemplate', 'ec2:CreateLaunchTemplateVersion', 'ec2:DeleteLaunchTemplate'],
    // Not scopable: the launch template ARN holds its generated id, not its
    // (AGC-chosen) name, and the resource type takes no stack tags
    // (tagging.taggable false), so AGC's launch templates carry no tag to test.
    resources: (n) => ec2(n, 'launch-template'),
    reason: 'Agc-Context stacks create the launch template (user data, volume tags) of their Batch compute environments, '
      + 'add a version when it changes, and delete it',
    evidence: ['packages/cdk/lib/constructs/batch.ts:210', 'packages/cdk/lib/constructs/batch.ts:247', schema('aws-ec2-launchtemplate.json', 8)],
  },
];
