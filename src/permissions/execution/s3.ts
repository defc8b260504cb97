import { PermissionRow } from '../row';

/** Exec role rows for this service: see index.ts. */
export const S3_EXEC_ROWS: PermissionRow[] = [
];
