import { ArnFormat } from 'aws-cdk-lib';
import { AGC } from './evidence';
import { Audience, PermissionRow } from './row';


export const LOGS_ROWS: PermissionRow[] = [
  {
    id: 'logs-context-log-groups',
    audience: Audience.USER,
    commands: ['agc logs access', 'agc logs engine', 'agc logs adapter'],
    actions: ['logs:FilterLogEvents'],
    // Access and engine log groups get CloudFormation-generated names that start
    // with the context stack's name; the adapter's is /aws/lambda/<function>,
    // whose generated name also starts with the stack name.
    resources: (n) => n.contextStackNames.flatMap((s) => [
      ...n.regional('logs', 'log-group', s, ArnFormat.COLON_RESOURCE_NAME),
      ...n.regional('logs', 'log-group', `/aws/lambda/${s}`, ArnFormat.COLON_RESOURCE_NAME),
    ]),
    reason: "reads a context's API access, engine and WES adapter logs (log group names from the stack's outputs)",
    evidence: [
      `${AGC}/aws/cwl/get_logs.go:49`,
      `${AGC}/cli/context/manager_info.go:65`,
      `${AGC}/cli/logs_access.go:47`,
      `${AGC}/cli/logs_adapter.go:65`,
      `${AGC}/cli/logs_engine.go:79`,
    ],
  },
  {
    id: 'logs-batch-job-log-group',
    audience: Audience.USER,
    commands: ['agc logs workflow'],
    actions: ['logs:FilterLogEvents'],
    // AWS Batch writes every job's log to the account-wide /aws/batch/job group.
    // AGC reads its tasks' streams there; no name narrows it to AGC (README: exceptions).
    resources: (n) => n.regional('logs', 'log-group', '/aws/batch/job:*', ArnFormat.COLON_RESOURCE_NAME),
    reason: "reads a run's task logs from AWS Batch's shared log group",
    evidence: [`${AGC}/cli/logs_workflow.go:178`],
  },
];
