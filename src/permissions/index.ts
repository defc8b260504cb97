import { Audience, PermissionRow } from './row';
import { STS_ROWS } from './sts';

/** Every permission row, in the order statements are emitted. */
export const ALL_ROWS: PermissionRow[] = [
  ...STS_ROWS,
];

export const ADMIN_ROWS = ALL_ROWS.filter((r) => r.audience === Audience.ADMIN);
export const USER_ROWS = ALL_ROWS.filter((r) => r.audience === Audience.USER);
