import { agcRequestTag, agcResourceTag, schema, CONTEXT_TAG_EVIDENCE } from './shared';
import { AgcNaming } from '../../private/naming';
import { Audience, PermissionRow } from '../row';

/*
 * Batch resources of Agc-Context stacks: compute environments, job queues and
 * (miniwdl, nextflow, snakemake) head job definitions.
 *
 * AGC sets none of their names (ComputeEnvironmentName, JobQueueName,
 * JobDefinitionName are absent from every synthesized template), and
 * CloudFormation names these types after the logical id, not the stack
 * (e.g. `JobQueue-f2090879374b5cc`), so names cannot tell AGC's resources
 * apart. Rows scope by the stack tag `application-name=agc`, which
 * CloudFormation passes to the create calls (Tags of all three types are
 * taggable and tagOnCreate).
 *
 * Handler permissions not granted here:
 *  - iam:PassRole (all three types): ServiceRole (to batch.amazonaws.com) and
 *    the role of the InstanceRole profile of the compute environments,
 *    JobRoleArn and ExecutionRoleArn (to ecs-tasks.amazonaws.com) of the job
 *    definitions. To be granted on AGC's roles in iam.ts.
 *  - iam:CreateServiceLinkedRole (AWS::Batch::ComputeEnvironment): only for
 *    AWSServiceRoleForBatch when ServiceRole is absent; AGC always sets it.
 *  - eks:DescribeCluster (AWS::Batch::ComputeEnvironment): EksConfiguration, unused.
 *  - ec2:DescribeLaunchTemplateVersions is in exec-ec2-describe.
 */

const COMMANDS = ['agc context deploy', 'agc context destroy'];
const TAG_EVIDENCE = CONTEXT_TAG_EVIDENCE;

const batch = (n: AgcNaming, type: string, name: string) => n.regional('batch', type, name);
const computeEnvironments = (n: AgcNaming) => batch(n, 'compute-environment', '*');
const jobQueues = (n: AgcNaming) => batch(n, 'job-queue', '*');
/** Job definitions by revision (`name:revision`): what TagResource and DeregisterJobDefinition act on. */
const jobDefinitionRevisions = (n: AgcNaming) => batch(n, 'job-definition', '*:*');

/**
 * The start of the names CloudFormation gives AGC's Batch resources. It names
 * them `<logical id cut to 24 characters>-<suffix>`, and AGC's logical ids
 * start with the ids of the constructs that hold them: `BatchTaskBatch` (the
 * task queues of cromwell, nextflow and toil), `miniwdl`, `snakemake` (their
 * head and task queues) and `miniwdl`, `nextflow`, `snakemake` (the head job
 * definitions). All are shorter than 24 characters, so the cut never reaches them.
 */
const QUEUE_PREFIXES = ['BatchTaskBatch', 'miniwdl', 'snakemake'];
const JOB_DEFINITION_PREFIXES = ['miniwdl', 'nextflow', 'snakemake'];
const agcNamedBatchResources = (n: AgcNaming) => [
  ...QUEUE_PREFIXES.flatMap((p) => [...batch(n, 'compute-environment', `${p}*`), ...batch(n, 'job-queue', `${p}*`)]),
  ...JOB_DEFINITION_PREFIXES.flatMap((p) => batch(n, 'job-definition', `${p}*:*`)),
];
const NAME_EVIDENCE = [
  'packages/cdk/lib/stacks/context-stack.ts:225',
  'packages/cdk/lib/stacks/engines/batch-construct.ts:48',
  'packages/cdk/lib/stacks/engines/batch-construct.ts:51',
  'packages/cdk/lib/stacks/context-stack.ts:142',
  'packages/cdk/lib/stacks/engines/miniwdl-engine-construct.ts:34',
  'packages/cdk/lib/stacks/engines/miniwdl-engine-construct.ts:36',
  'packages/cdk/lib/stacks/context-stack.ts:183',
  'packages/cdk/lib/stacks/engines/snakemake-engine-construct.ts:34',
  'packages/cdk/lib/stacks/engines/snakemake-engine-construct.ts:36',
  'packages/cdk/lib/stacks/context-stack.ts:130',
];

const CE = ['packages/cdk/lib/constructs/batch.ts:215', schema('aws-batch-computeenvironment.json', 271)];
const JQ = ['packages/cdk/lib/constructs/batch.ts:117', schema('aws-batch-jobqueue.json', 136)];
const JD = [
  'packages/cdk/lib/constructs/engines/engine-job-definition.ts:12',
  'packages/cdk/lib/constructs/engines/miniwdl/miniwdl-engine.ts:40',
  'packages/cdk/lib/constructs/engines/nextflow/nextflow-engine.ts:21',
  'packages/cdk/lib/constructs/engines/snakemake/snakemake-engine.ts:40',
  schema('aws-batch-jobdefinition.json', 1287),
];

/** Exec role rows for this service: see index.ts. */
export const BATCH_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-batch-describe',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: ['batch:DescribeComputeEnvironments', 'batch:DescribeJobDefinitions', 'batch:DescribeJobQueues'],
    // Batch Describe* actions have no resource-level permissions.
    resources: () => ['*'],
    reason: 'The Batch handlers read back the compute environments, job queues and job definitions they create, update and delete',
    evidence: [...CE, ...JQ, ...JD],
  },
  {
    id: 'exec-batch-compute-environment-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['batch:CreateComputeEnvironment'],
    resources: computeEnvironments,
    conditions: agcRequestTag,
    reason: 'Agc-Context stacks create managed EC2 (on-demand or spot) compute environments, tagged application-name=agc',
    evidence: [...CE, 'packages/cdk/lib/stacks/engines/batch-construct.ts:48', 'packages/cdk/lib/stacks/engines/batch-construct.ts:51', ...TAG_EVIDENCE],
  },
  {
    id: 'exec-batch-compute-environment',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: [
      // AWS::Batch::ComputeEnvironment: ComputeResources, ServiceRole, State; the delete handler disables first.
      'batch:UpdateComputeEnvironment', 'batch:DeleteComputeEnvironment',
      // AWS::Batch::JobQueue: ComputeEnvironmentOrder names AGC's compute environment.
      'batch:CreateJobQueue', 'batch:UpdateJobQueue',
    ],
    resources: computeEnvironments,
    conditions: agcResourceTag,
    reason: "Agc-Context stacks update, disable and delete their compute environments and put them in their job queues; only AGC's",
    evidence: [...CE, ...JQ, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-batch-job-queue-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['batch:CreateJobQueue'],
    resources: jobQueues,
    conditions: agcRequestTag,
    reason: 'Agc-Context stacks create a job queue per compute environment, tagged application-name=agc',
    evidence: [...JQ, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-batch-job-queue',
    audience: Audience.EXEC,
    commands: COMMANDS,
    // AWS::Batch::JobQueue: ComputeEnvironmentOrder, Priority, State; the delete handler disables first.
    actions: ['batch:UpdateJobQueue', 'batch:DeleteJobQueue'],
    resources: jobQueues,
    conditions: agcResourceTag,
    reason: "Agc-Context stacks update, disable and delete their job queues; only AGC's",
    evidence: [...JQ, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-batch-job-definition-register',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['batch:RegisterJobDefinition'],
    resources: (n) => batch(n, 'job-definition', '*'),
    conditions: agcRequestTag,
    reason: 'Agc-Context stacks of miniwdl, nextflow and snakemake register the Fargate head job definition of the engine '
      + '(a new revision on update), tagged application-name=agc',
    evidence: [...JD, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-batch-job-definition-deregister',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: ['batch:DeregisterJobDefinition'],
    resources: jobDefinitionRevisions,
    conditions: agcResourceTag,
    reason: "Agc-Context stacks deregister their head job definitions (old revisions on update); only AGC's",
    evidence: [...JD, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-batch-tag-on-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['batch:TagResource'],
    // Batch has no CreateAction key: tagging at creation is authorized as
    // batch:TagResource on the new resource, with only the request's tags to
    // test, so this alone would let a stack tag another application's Batch
    // resource application-name=agc and bring it into reach of the tag-scoped
    // rows. Limiting it to the names CloudFormation gives AGC's Batch resources
    // prevents that, and with it any create under another name.
    resources: agcNamedBatchResources,
    conditions: agcRequestTag,
    reason: "CloudFormation passes the stack tags (application-name=agc among them) to the Batch create calls; only names AGC's "
      + 'logical ids produce',
    evidence: [...CE, ...JQ, ...JD, ...NAME_EVIDENCE, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-batch-retag',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: ['batch:TagResource', 'batch:UntagResource'],
    resources: (n) => [...computeEnvironments(n), ...jobQueues(n), ...jobDefinitionRevisions(n)],
    conditions: agcResourceTag,
    reason: "When stack tags change (agc-version on upgrade, custom tags), CloudFormation retags the Batch resources; only AGC's",
    evidence: [...CE, ...JQ, ...JD, ...TAG_EVIDENCE],
  },
];
