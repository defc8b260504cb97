import { Token } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';

/**
 * The validated, sorted form of `AgcMinimalPermissionsProps`.
 * Lists are sorted so that reordering a prop never changes a policy.
 */
export interface ResolvedOptions {
  /** Regions AGC may be used in; undefined means every region. */
  readonly regions?: string[];
  /** Explicit AGC bucket names; undefined means `agc-<account>-<region>`. */
  readonly agcBucketNames?: string[];
  readonly bootstrapQualifier: string;
  /** AGC projects users may touch; undefined means every project. */
  readonly projects?: string[];
  readonly policyNamePrefix?: string;
  readonly hardenExecutionRole: boolean;
  /** Warnings to surface as annotations (e.g. unknown regions). */
  readonly warnings: string[];
}

export interface RawOptions {
  readonly regions?: string[];
  readonly agcBucketNames?: string[];
  readonly bootstrapQualifier?: string;
  readonly projects?: string[];
  readonly policyNamePrefix?: string;
  readonly hardenExecutionRole?: boolean;
}

/** CDK's default bootstrap qualifier for AGC (`cdk bootstrap --qualifier agc`). */
export const DEFAULT_QUALIFIER = 'agc';

const REGION_SHAPE = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
// CDK accepts [A-Za-z0-9_-]{1,10}; the qualifier also ends up in the bucket
// name cdk-<qualifier>-assets-<account>-<region>, where S3 forbids upper case
// and underscores.
const QUALIFIER_SHAPE = /^[a-z0-9-]{1,10}$/;
// AGC's project name rule (packages/cli/internal/pkg/cli/spec/project_schema.json:8).
const PROJECT_SHAPE = /^[A-Za-z0-9]+$/;
// IAM policy names allow [\w+=,.@-]; we append -Admin-<n> etc.
const POLICY_PREFIX_SHAPE = /^[A-Za-z0-9+=,.@_-]{1,100}$/;

/**
 * Validates the props and returns them sorted. Throws an error that names the
 * prop, the value and the fix.
 */
export function resolveOptions(props: RawOptions): ResolvedOptions {
  const warnings: string[] = [];
  const regions = props.regions === undefined ? undefined : validateRegions(props.regions, warnings);
  const agcBucketNames = props.agcBucketNames === undefined ? undefined : validateBuckets(props.agcBucketNames);
  const bootstrapQualifier = validateQualifier(props.bootstrapQualifier);
  const projects = props.projects === undefined ? undefined : validateProjects(props.projects);
  const policyNamePrefix = props.policyNamePrefix === undefined ? undefined : validatePrefix(props.policyNamePrefix);
  const hardenExecutionRole = props.hardenExecutionRole ?? false;
  return { regions, agcBucketNames, bootstrapQualifier, projects, policyNamePrefix, hardenExecutionRole, warnings };
}

function requireLiteral(prop: string, value: string): void {
  if (Token.isUnresolved(value)) {
    throw new Error(`${prop}: got an unresolved token (${value}). IAM policy scoping is computed at synth time, so pass a literal string, not a CloudFormation parameter or a reference.`);
  }
}

function requireUnique(prop: string, values: string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) {
      throw new Error(`${prop}: '${v}' is listed twice. Remove the duplicate.`);
    }
    seen.add(v);
  }
}

function requireNonEmpty(prop: string, values: string[], meaning: string): void {
  if (values.length === 0) {
    throw new Error(`${prop}: the list is empty, which would grant nothing. Leave ${prop} undefined to allow ${meaning}, or name at least one.`);
  }
}

function validateRegions(regions: string[], warnings: string[]): string[] {
  const prop = 'regions';
  requireNonEmpty(prop, regions, 'every region');
  regions.forEach((r) => requireLiteral(prop, r));
  for (const r of regions) {
    if (!REGION_SHAPE.test(r)) {
      throw new Error(`${prop}: '${r}' is not a region name. Use names such as 'us-east-1' or 'eu-west-2'.`);
    }
  }
  requireUnique(prop, regions);
  const partitions = new Map<string, string>();
  for (const r of regions) {
    const partition = RegionInfo.get(r).partition;
    if (partition === undefined) {
      warnings.push(`regions: '${r}' is not a region this version of aws-cdk-lib knows. It is kept as given; check the spelling.`);
    } else {
      partitions.set(r, partition);
    }
  }
  const distinct = [...new Set(partitions.values())];
  if (distinct.length > 1) {
    const list = [...partitions.entries()].sort().map(([r, p]) => `${r} (${p})`).join(', ');
    throw new Error(`${prop}: the regions belong to different partitions: ${list}. One stack's policies live in one partition; deploy one AgcPermissionsStack per partition.`);
  }
  return [...regions].sort();
}

// S3 general purpose bucket naming rules.
function s3NameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return 'must be 3 to 63 characters long';
  if (!/^[a-z0-9.-]+$/.test(name)) return 'may contain only lower-case letters, digits, dots and hyphens';
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'must begin and end with a letter or digit';
  if (name.includes('..')) return 'must not contain two adjacent dots';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return 'must not be formatted as an IP address';
  if (name.startsWith('xn--') || name.startsWith('sthree-') || name.startsWith('amzn-s3-demo-')) return "must not start with 'xn--', 'sthree-' or 'amzn-s3-demo-'";
  if (name.endsWith('-s3alias') || name.endsWith('--ol-s3') || name.endsWith('.mrap') || name.endsWith('--x-s3') || name.endsWith('--table-s3')) {
    return "must not end with '-s3alias', '--ol-s3', '.mrap', '--x-s3' or '--table-s3'";
  }
  return undefined;
}

function validateBuckets(buckets: string[]): string[] {
  const prop = 'agcBucketNames';
  requireNonEmpty(prop, buckets, "AGC's default bucket agc-<account>-<region>");
  buckets.forEach((b) => requireLiteral(prop, b));
  for (const b of buckets) {
    const problem = s3NameProblem(b);
    if (problem) {
      throw new Error(`${prop}: '${b}' breaks S3's bucket naming rules: a bucket name ${problem}. Use the exact name you pass to 'agc account activate --bucket'.`);
    }
  }
  requireUnique(prop, buckets);
  return [...buckets].sort();
}

function validateQualifier(qualifier: string | undefined): string {
  const prop = 'bootstrapQualifier';
  if (qualifier === undefined) return DEFAULT_QUALIFIER;
  requireLiteral(prop, qualifier);
  if (!QUALIFIER_SHAPE.test(qualifier)) {
    throw new Error(`${prop}: '${qualifier}' is not a valid CDK bootstrap qualifier. CDK allows at most 10 letters, digits, '-' and '_', and because the qualifier is part of the S3 bucket name cdk-<qualifier>-assets-<account>-<region>, it must be lower case without '_'. AGC uses 'agc'.`);
  }
  return qualifier;
}

function validateProjects(projects: string[]): string[] {
  const prop = 'projects';
  requireNonEmpty(prop, projects, 'every AGC project');
  projects.forEach((p) => requireLiteral(prop, p));
  for (const p of projects) {
    if (!PROJECT_SHAPE.test(p)) {
      throw new Error(`${prop}: '${p}' is not a valid AGC project name. AGC requires letters and digits only (^[A-Za-z0-9]+$), as in the 'name' of agc-project.yaml.`);
    }
  }
  requireUnique(prop, projects);
  return [...projects].sort();
}

function validatePrefix(prefix: string): string {
  const prop = 'policyNamePrefix';
  requireLiteral(prop, prefix);
  if (!POLICY_PREFIX_SHAPE.test(prefix)) {
    throw new Error(`${prop}: '${prefix}' cannot start an IAM policy name. Use 1 to 100 letters, digits or any of + = , . @ _ -.`);
  }
  return prefix;
}
