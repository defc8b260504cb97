import { AGC, CDK } from './evidence';
import { Audience, PermissionRow } from './row';


export const CLOUDFORMATION_ROWS: PermissionRow[] = [
  {
    id: 'cloudformation-describe-context-stacks',
    audience: Audience.USER,
    commands: ['agc context describe', 'agc context destroy', 'agc logs access', 'agc logs adapter', 'agc logs engine', 'agc logs workflow', 'agc workflow run', 'agc workflow status', 'agc workflow stop', 'agc workflow output'],
    actions: ['cloudformation:DescribeStacks'],
    resources: (n) => n.contextStackNames.flatMap((s) => n.stackArns(s)),
    reason: "reads a context stack's status and its outputs (WesUrl and log group names)",
    evidence: [
      `${AGC}/aws/cfn/get_stack_info.go:25`,
      `${AGC}/cli/awsresources/awsresources.go:11`,
      `${AGC}/cli/context/manager_info.go:25`,
      `${AGC}/cli/workflow/manager.go:403`,
    ],
  },
  {
    id: 'cloudformation-list-stacks-user',
    audience: Audience.USER,
    commands: ['agc context status'],
    actions: ['cloudformation:ListStacks'],
    // ListStacks has no resource-level permissions: AWS honours it only on "*".
    resources: () => ['*'],
    reason: "lists stacks to find the user's context stacks",
    evidence: [`${AGC}/aws/cfn/list_stacks.go:21`, `${AGC}/cli/context/manager_status.go:23`],
  },
  {
    id: 'cloudformation-bootstrap-stack',
    audience: Audience.ADMIN,
    commands: ['agc account activate'],
    actions: [
      'cloudformation:GetTemplate', 'cloudformation:DescribeStackEvents',
      'cloudformation:DescribeChangeSet', 'cloudformation:ExecuteChangeSet', 'cloudformation:DeleteChangeSet',
    ],
    resources: (n) => n.stackArns('Agc-CDKToolkit'),
    reason: 'cdk bootstrap, with the admin\'s own credentials, reads the template of Agc-CDKToolkit, deploys it through the change set cdk-deploy-change-set and follows its events',
    evidence: [
      `${AGC}/aws/cdk/bootstrap.go:13`,
      `${AGC}/cli/awsresources/awsresources.go:33`,
      `${CDK}/api/deploy-stack.js:22`,
      `${CDK}/api/deploy-stack.js:123`,
      `${CDK}/api/deploy-stack.js:167`,
      `${CDK}/api/deploy-stack.js:180`,
      `${CDK}/api/deploy-stack.js:343`,
      `${CDK}/api/util/cloudformation/stack-activity-monitor.js:134`,
    ],
  },
  {
    id: 'cloudformation-bootstrap-change-set',
    audience: Audience.ADMIN,
    commands: ['agc account activate'],
    actions: ['cloudformation:CreateChangeSet'],
    resources: (n) => n.stackArns('Agc-CDKToolkit'),
    // agc always tags the bootstrap with application-name=agc (plus agc-version and custom tags).
    conditions: () => ({ StringEquals: { 'aws:RequestTag/application-name': 'agc' } }),
    reason: 'cdk bootstrap creates the change set for Agc-CDKToolkit, tagged application-name=agc',
    evidence: [`${AGC}/aws/cdk/bootstrap.go:18`, `${CDK}/api/deploy-stack.js:154`, `${CDK}/api/deploy-stack.js:271`],
  },
  {
    id: 'cloudformation-list-stacks-admin',
    audience: Audience.ADMIN,
    commands: ['agc account deactivate'],
    actions: ['cloudformation:ListStacks'],
    // ListStacks has no resource-level permissions: AWS honours it only on "*".
    resources: () => ['*'],
    reason: 'finds every active stack whose name starts with Agc-',
    evidence: [`${AGC}/aws/cfn/list_stacks.go:21`, `${AGC}/cli/account_deactivate.go:144`],
  },
  {
    id: 'cloudformation-describe-agc-stacks',
    audience: Audience.ADMIN,
    commands: ['agc account activate', 'agc account deactivate'],
    actions: ['cloudformation:DescribeStacks'],
    // deactivate reads the tags of every stack matching ^Agc- and polls each deletion;
    // cdk bootstrap reads and polls Agc-CDKToolkit.
    resources: (n) => n.stackArns('Agc-*'),
    reason: 'cdk bootstrap reads and polls Agc-CDKToolkit; deactivate reads the application-name tag of each Agc- stack, then polls its deletion',
    evidence: [
      `${CDK}/api/deploy-stack.js:22`,
      `${AGC}/cli/account_deactivate.go:151`,
      `${AGC}/aws/cfn/get_stack_tags.go:4`,
      `${AGC}/aws/cfn/delete_stack.go:41`,
      `${AGC}/aws/cfn/get_stack_info.go:25`,
    ],
  },
  {
    id: 'cloudformation-delete-agc-stacks',
    audience: Audience.ADMIN,
    commands: ['agc account deactivate'],
    actions: ['cloudformation:DeleteStack'],
    // Agc-Core and Agc-Context-* keep using cdk-<qualifier>-cfn-exec-role for the
    // delete; CloudFormation lets other users use a stack's service role without
    // iam:PassRole (CloudFormation User Guide, "CloudFormation service role").
    resources: (n) => [...n.stackArns('Agc-Core'), ...n.stackArns('Agc-Context-*'), ...n.stackArns('Agc-CDKToolkit')],
    reason: 'deletes Agc-Core, the context stacks (all with --force) and finally Agc-CDKToolkit',
    evidence: [`${AGC}/aws/cfn/delete_stack.go:23`, `${AGC}/cli/account_deactivate.go:83`, `${AGC}/cli/account_deactivate.go:102`, `${CDK}/api/deploy-stack.js:23`],
  },
];
