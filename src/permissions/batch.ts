import { AGC } from './evidence';
import { Audience, PermissionRow } from './row';


export const BATCH_ROWS: PermissionRow[] = [
  {
    id: 'batch-describe-jobs',
    audience: Audience.USER,
    commands: ['agc logs workflow'],
    actions: ['batch:DescribeJobs'],
    // DescribeJobs has no resource-level permissions: AWS honours it only on "*".
    resources: () => ['*'],
    reason: "finds the log streams of a run's tasks (--task, --all-tasks, --failed-tasks)",
    evidence: [`${AGC}/aws/batch/get_jobs.go:27`, `${AGC}/cli/logs_workflow.go:251`],
  },
];
