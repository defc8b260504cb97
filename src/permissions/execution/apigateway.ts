import { ArnFormat, Aws } from 'aws-cdk-lib';
import { AgcNaming } from '../../private/naming';
import { AGC_TAG_KEY, AGC_TAG_VALUE, SCHEMA } from '../evidence';
import { Audience, PermissionRow } from '../row';
import { CONTEXT_TAG_EVIDENCE } from './shared';

const CDK_APP = 'packages/cdk';
const CONTEXT = ['agc context deploy', 'agc context destroy'];

/** `arn:<partition>:apigateway:<region>::<path>` per region: API Gateway ARNs have no account. */
function apigateway(n: AgcNaming, path: string): string[] {
  return n.arnRegions.map((r) => n.arn('apigateway', r, path, undefined, ArnFormat.NO_RESOURCE_NAME, ''));
}

/**
 * The tagging API's ARNs for the tags of REST APIs (and their stages) and VPC
 * links: `/tags/<URL-encoded resource ARN>`, per region. The encoded ARN holds
 * the same partition and region, so other kinds of API Gateway resources (API
 * keys, usage plans, domain names...) stay out of reach.
 */
function tagArns(n: AgcNaming): string[] {
  return n.arnRegions.flatMap((r) => ['restapis', 'vpclinks'].map((kind) =>
    n.arn('apigateway', r, `/tags/arn%3A${Aws.PARTITION}%3Aapigateway%3A${r}%3A%3A%2F${kind}%2F*`, undefined, ArnFormat.NO_RESOURCE_NAME, '')));
}

const API_PROXY = `${CDK_APP}/lib/constructs/api-proxy.ts:59`;
const PROXY_METHODS = `${CDK_APP}/lib/constructs/api-proxy.ts:82`;
const VPC_LINK = `${CDK_APP}/lib/constructs/api-proxy.ts:111`;
const STACK_TAGS = CONTEXT_TAG_EVIDENCE[0];
/** The stack tags and the tag handlers of the REST API, its stage and the VPC link. */
const TAG_HANDLERS = [STACK_TAGS, `${SCHEMA}/aws-apigateway-restapi.json:18`, `${SCHEMA}/aws-apigateway-stage.json:215`, `${SCHEMA}/aws-apigateway-vpclink.json:67`];

/**
 * API Gateway resources of Agc-Context-*: one REST API per engine
 * (AWS::ApiGateway::RestApi, Resource, Method, Deployment, Stage `prod`), the
 * account's CloudWatch role setting (AWS::ApiGateway::Account) and, for
 * Toil, a VPC link to the engine's load balancer (AWS::ApiGateway::VpcLink).
 *
 * API Gateway ARNs carry a generated id, not a name
 * (`arn:<partition>:apigateway:<region>::/restapis/<id>/...`), so the ARNs
 * cannot tell AGC's APIs from others. Instead, every AGC stack tags its
 * resources `application-name=agc` (stack tags): creation must carry that tag
 * (aws:RequestTag), and every later call must be on a REST API or VPC link
 * that has it (aws:ResourceTag; a REST API's resources, methods, deployments
 * and stages inherit its tags for access control).
 *
 * Not scoped further (README: exceptions): /account is one setting per region
 * with no tags (only AGC's CloudWatch roles may be passed to it, see
 * exec-iam-pass-context-roles); /tags/<arn> (tagging API: any REST API or
 * VPC link of the region) and apigateway:UpdateRestApiPolicy on /restapis (the policy given to
 * CreateRestApi) take no tag conditions; VPC link endpoint services are
 * created by API Gateway without tags.
 *
 * Dropped handler permissions: s3:GetObject (RestApi BodyS3Location) and
 * iam:PassRole (RestApi, Method Integration.Credentials): AGC imports no API
 * definition and sets no integration credentials.
 */
export const APIGATEWAY_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-apigateway-create-apis',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['apigateway:POST'],
    resources: (n) => [...apigateway(n, '/restapis'), ...apigateway(n, '/vpclinks')],
    conditions: () => ({ StringEquals: { [`aws:RequestTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE } }),
    reason: 'creates the REST API and the VPC link, tagged application-name=agc by the stack',
    evidence: [API_PROXY, VPC_LINK, STACK_TAGS, `${SCHEMA}/aws-apigateway-restapi.json:15`, `${SCHEMA}/aws-apigateway-vpclink.json:64`],
  },
  {
    id: 'exec-apigateway-rest-api-policy',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['apigateway:UpdateRestApiPolicy'],
    // Setting a policy also needs apigateway:POST (create, tag-conditioned) or
    // apigateway:PATCH (update, tag-conditioned) on the API.
    resources: (n) => [...apigateway(n, '/restapis'), ...apigateway(n, '/restapis/*')],
    reason: "sets the REST API's resource policy (the accounts allowed to invoke it)",
    evidence: [`${CDK_APP}/lib/constructs/api-proxy.ts:70`, `${SCHEMA}/aws-apigateway-restapi.json:15`, `${SCHEMA}/aws-apigateway-restapi.json:18`],
  },
  {
    id: 'exec-apigateway-rest-api-children',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['apigateway:POST'],
    resources: (n) => [
      // CreateResource: POST on the parent resource, /restapis/<id>/resources/<parent id>.
      ...apigateway(n, '/restapis/*/resources/*'),
      ...apigateway(n, '/restapis/*/deployments'),
      ...apigateway(n, '/restapis/*/stages'),
    ],
    conditions: () => ({ StringEquals: { [`aws:ResourceTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE } }),
    reason: "creates the REST API's {proxy+} resource, its deployments and the prod stage",
    evidence: [
      PROXY_METHODS,
      API_PROXY,
      `${SCHEMA}/aws-apigateway-resource.json:10`,
      `${SCHEMA}/aws-apigateway-deployment.json:16`,
      `${SCHEMA}/aws-apigateway-stage.json:209`,
    ],
  },
  {
    id: 'exec-apigateway-rest-apis',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['apigateway:GET', 'apigateway:PUT', 'apigateway:PATCH', 'apigateway:DELETE'],
    // Covers the API and everything under it: resources, methods and their
    // integrations, deployments, stages.
    resources: (n) => apigateway(n, '/restapis/*'),
    conditions: () => ({ StringEquals: { [`aws:ResourceTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE } }),
    reason: 'reads, updates and deletes the REST API, its methods and integrations (PUT), deployments and stage '
      + '(method settings, access logging)',
    evidence: [
      API_PROXY,
      PROXY_METHODS,
      `${SCHEMA}/aws-apigateway-restapi.json:15`,
      `${SCHEMA}/aws-apigateway-restapi.json:18`,
      `${SCHEMA}/aws-apigateway-restapi.json:24`,
      `${SCHEMA}/aws-apigateway-resource.json:13`,
      `${SCHEMA}/aws-apigateway-resource.json:27`,
      `${SCHEMA}/aws-apigateway-method.json:13`,
      `${SCHEMA}/aws-apigateway-method.json:16`,
      `${SCHEMA}/aws-apigateway-method.json:19`,
      `${SCHEMA}/aws-apigateway-deployment.json:16`,
      `${SCHEMA}/aws-apigateway-deployment.json:19`,
      `${SCHEMA}/aws-apigateway-deployment.json:33`,
      `${SCHEMA}/aws-apigateway-stage.json:209`,
      `${SCHEMA}/aws-apigateway-stage.json:215`,
      `${SCHEMA}/aws-apigateway-stage.json:218`,
    ],
  },
  {
    id: 'exec-apigateway-vpc-links',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['apigateway:GET', 'apigateway:PATCH', 'apigateway:DELETE'],
    resources: (n) => apigateway(n, '/vpclinks/*'),
    conditions: () => ({ StringEquals: { [`aws:ResourceTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE } }),
    reason: "waits for the Toil context's VPC link to become available, updates and deletes it",
    evidence: [VPC_LINK, `${SCHEMA}/aws-apigateway-vpclink.json:64`, `${SCHEMA}/aws-apigateway-vpclink.json:67`, `${SCHEMA}/aws-apigateway-vpclink.json:76`],
  },
  {
    id: 'exec-apigateway-tags-read',
    audience: Audience.EXEC,
    commands: CONTEXT,
    // GetTags: GET on /tags/<URL-encoded ARN>. The tag handlers read the
    // current tags before they add or remove some. The /tags path is authorized
    // on its own ARN, not on the tagged resource, and takes no aws:ResourceTag
    // condition, so this is narrowed to REST APIs and VPC links, not to AGC's
    // (their ids are generated); reading tags discloses no data.
    actions: ['apigateway:GET'],
    resources: tagArns,
    reason: 'reads the tags of the REST API, stage and VPC link before it retags them',
    evidence: TAG_HANDLERS,
  },
  {
    id: 'exec-apigateway-tags',
    audience: Audience.EXEC,
    commands: CONTEXT,
    // TagResource and UntagResource: PUT and DELETE on /tags/<URL-encoded ARN>,
    // which no tag condition ties to AGC's APIs (see above). They may not add or
    // remove application-name: a retag sends only the keys that change, and
    // application-name never does (it is set by CreateRestApi and CreateVpcLink,
    // exec-apigateway-create-apis), so another application's API cannot be
    // tagged into reach of the tag-scoped rows.
    actions: ['apigateway:PUT', 'apigateway:DELETE'],
    resources: tagArns,
    conditions: () => ({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': [AGC_TAG_KEY] } }),
    reason: 'retags the REST API, stage and VPC link when the stack tags change (agc-version, custom tags), never application-name',
    evidence: TAG_HANDLERS,
  },
  {
    id: 'exec-apigateway-account',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: ['apigateway:PATCH'],
    resources: (n) => apigateway(n, '/account'),
    reason: "sets the region's API Gateway CloudWatch logging role to the context's CloudWatch role (AWS::ApiGateway::Account, "
      + 'retained on delete)',
    evidence: [API_PROXY, `${SCHEMA}/aws-apigateway-account.json:10`, `${SCHEMA}/aws-apigateway-account.json:13`],
  },
  {
    id: 'exec-apigateway-vpc-link-endpoint-services',
    audience: Audience.EXEC,
    commands: CONTEXT,
    actions: [
      'ec2:CreateVpcEndpointServiceConfiguration', 'ec2:ModifyVpcEndpointServicePermissions',
      'ec2:DeleteVpcEndpointServiceConfigurations',
    ],
    resources: (n) => n.regional('ec2', 'vpc-endpoint-service', '*'),
    reason: "API Gateway creates, with the caller's permissions, the VPC endpoint service behind a VPC link on the engine's "
      + 'network load balancer, and deletes it with the link',
    evidence: [VPC_LINK, `${SCHEMA}/aws-apigateway-vpclink.json:64`, `${SCHEMA}/aws-apigateway-vpclink.json:76`],
  },
  {
    id: 'exec-apigateway-vpc-link-endpoint-services-describe',
    audience: Audience.EXEC,
    commands: CONTEXT,
    // Wildcard-only action.
    actions: ['ec2:DescribeVpcEndpointServiceConfigurations'],
    resources: () => ['*'],
    reason: 'API Gateway reads the endpoint service of a VPC link while creating and deleting it',
    evidence: [VPC_LINK, `${SCHEMA}/aws-apigateway-vpclink.json:64`, `${SCHEMA}/aws-apigateway-vpclink.json:76`],
  },
];
