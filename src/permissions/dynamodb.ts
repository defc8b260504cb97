import { AGC } from './evidence';
import { Audience, PermissionRow } from './row';


/** Every item key of table Agc starts with this (write_workflow_instance.go:58). */
function leadingKeys(projects: string[]): string[] {
  return projects.map((p) => `PROJECT#${p}#USER#*`);
}

/** AGC's run history: table `Agc` and its local secondary indexes. */
export const DYNAMODB_ROWS: PermissionRow[] = [
  {
    id: 'dynamodb-agc-table-items',
    audience: Audience.USER,
    commands: ['agc workflow run', 'agc workflow status', 'agc workflow output', 'agc workflow stop', 'agc logs workflow', 'agc logs engine', 'agc context destroy'],
    actions: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    resources: (n) => n.regional('dynamodb', 'table', 'Agc'),
    conditions: (n) => n.projects ? { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': leadingKeys(n.projects) } } : undefined,
    reason: 'records a run after submitting it, and reads one run by id',
    evidence: [
      `${AGC}/aws/ddb/client.go:9`,
      `${AGC}/aws/ddb/write_workflow_instance.go:37`,
      `${AGC}/aws/ddb/write_workflow_instance.go:58`,
      `${AGC}/aws/ddb/get_workflow_instance_by_id.go:24`,
    ],
  },
  {
    id: 'dynamodb-agc-table-indexes',
    audience: Audience.USER,
    commands: ['agc workflow status', 'agc logs workflow', 'agc context destroy'],
    actions: ['dynamodb:Query'],
    resources: (n) => ['lsi1', 'lsi2', 'lsi3'].flatMap((i) => n.regional('dynamodb', 'table', `Agc/index/${i}`)),
    conditions: (n) => n.projects ? { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': leadingKeys(n.projects) } } : undefined,
    reason: 'lists runs by workflow name (lsi1), by time (lsi2) and by context (lsi3)',
    evidence: [
      `${AGC}/aws/ddb/client.go:10`,
      `${AGC}/aws/ddb/list_workflow_instances_by_name.go:28`,
      `${AGC}/aws/ddb/list_workflow_instances.go:27`,
      `${AGC}/aws/ddb/list_workflow_instances_by_context.go:28`,
    ],
  },
];
