import { AGC } from './evidence';
import { Audience, PermissionRow } from './row';

const WES = 'packages/wes_api/client';

/** WES API paths AGC calls, as `<stage>/<METHOD>/<path>` (API Gateway stage `prod`). */
const WES_CALLS = [
  'prod/GET/ga4gh/wes/v1/service-info',
  'prod/POST/ga4gh/wes/v1/runs',
  'prod/GET/ga4gh/wes/v1/runs/*',
  'prod/POST/ga4gh/wes/v1/runs/*/cancel',
];

export const EXECUTE_API_ROWS: PermissionRow[] = [
  {
    id: 'execute-api-wes',
    audience: Audience.USER,
    commands: ['agc workflow run', 'agc workflow status', 'agc workflow stop', 'agc workflow output', 'agc logs workflow', 'agc logs engine', 'agc context destroy'],
    actions: ['execute-api:Invoke'],
    // The REST API id is generated per context stack and only known from its
    // WesUrl output, so the API id is '*'; stage, methods and paths are AGC's.
    resources: (n) => WES_CALLS.flatMap((path) => n.regional('execute-api', '*', path)),
    reason: 'SigV4-signed calls to the context WES API: health check, submit, status, cancel and run logs',
    evidence: [
      `${WES}/sigv4_client.go:55`,
      `${WES}/api_workflow_execution_service.go:385`,
      `${WES}/api_workflow_execution_service.go:645`,
      `${WES}/api_workflow_execution_service.go:154`,
      `${WES}/api_workflow_execution_service.go:270`,
      `${WES}/api_workflow_execution_service.go:38`,
      `${AGC}/wes/client.go:17`,
    ],
  },
];
