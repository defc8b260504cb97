import { PermissionRow } from '../row';

/** Exec role rows for this service: see index.ts. */
export const APIGATEWAY_EXEC_ROWS: PermissionRow[] = [
];
