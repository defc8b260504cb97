import { AgcPermissionsStackProps } from '../src';

/** `-c` keys the app reads; each is named exactly like the prop it sets. */
const LIST_KEYS = ['regions', 'agcBucketNames', 'projects'] as const;
const STRING_KEYS = ['bootstrapQualifier', 'policyNamePrefix'] as const;
const BOOLEAN_KEYS = ['hardenExecutionRole'] as const;
const KNOWN_KEYS: readonly string[] = [...LIST_KEYS, ...STRING_KEYS, ...BOOLEAN_KEYS];

/**
 * Keys set by the CDK CLI or by feature flags contain ':' , '/' or '@'
 * (`aws:cdk:version-reporting`, `@aws-cdk/...`). Everything else is a key a
 * person typed, and must be one of ours.
 */
function isUserKey(key: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(key);
}

function asList(key: string, value: unknown): string[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value.map((v: string) => v.trim());
  }
  if (typeof value === 'string') {
    return value.split(',').map((v) => v.trim()).filter((v) => v.length > 0);
  }
  throw new Error(`-c ${key}: expected a comma-separated list such as '-c ${key}=a,b', got ${JSON.stringify(value)}.`);
}

function asString(key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  throw new Error(`-c ${key}: expected a string such as '-c ${key}=value', got ${JSON.stringify(value)}.`);
}

function asBoolean(key: string, value: unknown): boolean {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new Error(`-c ${key}: expected true or false, got ${JSON.stringify(value)}.`);
}

/**
 * Turns the app's context into stack props. Fails on keys it does not know,
 * so a typo never silently deploys broader policies.
 */
export function propsFromContext(context: Record<string, unknown>): AgcPermissionsStackProps {
  const unknown = Object.keys(context).filter((k) => isUserKey(k) && !KNOWN_KEYS.includes(k));
  if (unknown.length > 0) {
    throw new Error(`Unknown context key(s): ${unknown.join(', ')}. The app reads only: ${KNOWN_KEYS.join(', ')} (e.g. -c regions=us-east-1,eu-west-1 -c projects=demo).`);
  }
  const props: { -readonly [K in keyof AgcPermissionsStackProps]?: AgcPermissionsStackProps[K] } = {};
  for (const key of LIST_KEYS) {
    if (context[key] !== undefined) props[key] = asList(key, context[key]);
  }
  for (const key of STRING_KEYS) {
    if (context[key] !== undefined) props[key] = asString(key, context[key]);
  }
  for (const key of BOOLEAN_KEYS) {
    if (context[key] !== undefined) props[key] = asBoolean(key, context[key]);
  }
  return props;
}
