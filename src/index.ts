export * from './agc-minimal-permissions';
export * from './agc-permissions-stack';
