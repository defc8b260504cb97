import { PermissionRow } from '../row';

/** Exec role rows for this service: see index.ts. */
export const DYNAMODB_EXEC_ROWS: PermissionRow[] = [
];
