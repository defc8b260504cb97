import { Audience, PermissionRow } from './row';

export const STS_ROWS: PermissionRow[] = [
  {
    id: 'sts-caller-identity-admin',
    audience: Audience.ADMIN,
    commands: ['agc account activate', 'agc account deactivate'],
    actions: ['sts:GetCallerIdentity'],
    resources: () => ['*'],
    regional: false,
    reason: 'TODO',
    evidence: ['TODO'],
  },
  {
    id: 'sts-caller-identity-user',
    audience: Audience.USER,
    commands: ['agc context deploy'],
    actions: ['sts:GetCallerIdentity'],
    resources: () => ['*'],
    regional: false,
    reason: 'TODO',
    evidence: ['TODO'],
  },
];
