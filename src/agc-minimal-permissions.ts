import { Annotations, Resource, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';
import { ADMIN_ROWS, EXEC_ROWS, USER_ROWS } from './permissions';
import { PermissionRow } from './permissions/row';
import { flattenCfnValue, nagRef } from './private/cfn-values';
import { CompiledStatement, compileStatements, MANAGED_POLICY_SIZE_LIMIT, packStatements, worstCaseDocumentSize } from './private/compiler';
import { AgcNaming } from './private/naming';
import { resolveOptions } from './private/options';

/**
 * Options for `AgcMinimalPermissions`. Every option narrows what the policies
 * allow; none widens it.
 */
export interface AgcMinimalPermissionsProps {
  /**
   * The regions where AGC is used. Every regional ARN is built for each of
   * these regions, and regional requests must carry a matching
   * `aws:RequestedRegion`. IAM and STS are global and keep working.
   *
   * All regions must belong to one partition.
   *
   * @default - every region: ARNs use `*` for the region and no `aws:RequestedRegion` condition is added
   */
  readonly regions?: string[];

  /**
   * Names of AGC's S3 buckets, as given to `agc account activate --bucket`.
   * One per region if AGC uses a different bucket in each region.
   *
   * @default - AGC's default bucket `agc-<account>-<region>` for each of `regions` (`agc-<account>-*` when `regions` is unset)
   */
  readonly agcBucketNames?: string[];

  /**
   * The CDK bootstrap qualifier AGC's stacks use. AGC bootstraps with `agc`;
   * change it only if you build AGC with another qualifier.
   * Lower-case letters, digits and `-`, at most 10 characters.
   *
   * @default 'agc'
   */
  readonly bootstrapQualifier?: string;

  /**
   * AGC projects (the `name` in `agc-project.yaml`) that users may work with.
   * The user policies then reach only these projects' context stacks, S3 keys
   * (`project/<name>/...`), DynamoDB items and log groups.
   *
   * The admin policies are not affected: `agc account activate` is account-wide.
   *
   * @default - every AGC project in the account
   */
  readonly projects?: string[];

  /**
   * A prefix for the policies' names. With it, the policies are named
   * `<prefix>-Admin-<n>` and `<prefix>-User-<n>`, stable across releases, so
   * IAM Identity Center permission sets can reference them by name.
   *
   * @default - CloudFormation generates the names
   */
  readonly policyNamePrefix?: string;

  /**
   * Close the "deploy role = administrator" hole. Creates `executionPolicies`,
   * least-privilege policies for `cdk-<qualifier>-cfn-exec-role` that allow
   * CloudFormation to create, update and delete exactly the resources of
   * Agc-Core and Agc-Context stacks, and hardens the admin policies: the exec
   * role may then get these policies instead of AdministratorAccess.
   *
   * Bootstrap once with `cdk bootstrap --cloudformation-execution-policies
   * <the ARNs>` (see the README's Hardening guide); `agc account activate`
   * keeps them.
   *
   * @default false - no execution policies; the admin policies allow the bootstrap's default AdministratorAccess on the exec role
   */
  readonly hardenExecutionRole?: boolean;
}

/**
 * Where cdk-nag 3 (and aws-cdk-lib's `Validations.of(c).acknowledge()`, whose
 * `Validations.ACKNOWLEDGED_RULES_METADATA_KEY` it equals) records an
 * acknowledged finding: metadata `{ [findingId]: reason }` on the construct.
 * Written directly because `acknowledge()` rejects finding ids with '::'
 * inside brackets, as every `AwsSolutions-IAM5[Resource::...]` id has, before
 * aws-cdk-lib 2.269.0.
 */
const ACKNOWLEDGED_RULES_METADATA_KEY = 'aws:cdk:acknowledged-rules';

/** IAM's default quota of managed policies attached to one identity (and so to the exec role). */
const MANAGED_POLICIES_PER_IDENTITY = 10;

interface AudienceSpec {
  /** Construct ids `<label><n>` and, with policyNamePrefix, names `<prefix>-<label>-<n>`. */
  readonly label: string;
  readonly rows: PermissionRow[];
  /** Constant per audience and index: a changed Description replaces the policy. */
  readonly description: (n: number) => string;
}

const AUDIENCES: Record<'admin' | 'user' | 'exec', AudienceSpec> = {
  admin: {
    label: 'Admin',
    rows: ADMIN_ROWS,
    description: (n) => `AGC admin policy ${n}: agc account activate and deactivate`,
  },
  user: {
    label: 'User',
    rows: USER_ROWS,
    description: (n) => `AGC user policy ${n}: agc context, workflow, logs and project commands`,
  },
  exec: {
    label: 'Exec',
    rows: EXEC_ROWS,
    description: (n) => `AGC CloudFormation execution policy ${n}: resources of Agc-Core and Agc-Context stacks`,
  },
};

/**
 * Least-privilege IAM managed policies for the Amazon Genomics CLI (`agc`).
 *
 * - `adminPolicies` allow `agc account activate` and `agc account deactivate`,
 *   including the CDK bootstrap of `Agc-CDKToolkit` that CloudFormation
 *   performs with the admin's own credentials.
 * - `userPolicies` allow every other command: `agc context`, `agc workflow`,
 *   `agc logs`, `agc project` and `agc configure`.
 *
 * Every permission is derived from AGC's source (aws/amazon-genomics-cli at
 * f9774847) and scoped to AGC's own resources. The policies are packed into as
 * few managed policies as IAM's 6,144-character limit allows.
 */
export class AgcMinimalPermissions extends Construct {
  /** Policies for whoever runs `agc account activate|deactivate`. */
  public readonly adminPolicies: iam.ManagedPolicy[];
  /** Policies for everyone who runs the other `agc` commands. */
  public readonly userPolicies: iam.ManagedPolicy[];
  /**
   * Policies for `cdk-<qualifier>-cfn-exec-role`, to pass to
   * `cdk bootstrap --cloudformation-execution-policies`. Empty unless
   * `hardenExecutionRole` is set.
   */
  public readonly executionPolicies: iam.ManagedPolicy[];

  /** Our policies attached to each identity, to warn before IAM's quota is passed. */
  private readonly attached = new Map<IConstruct, Set<iam.ManagedPolicy>>();

  constructor(scope: Construct, id: string, props: AgcMinimalPermissionsProps = {}) {
    super(scope, id);
    const options = resolveOptions(props);
    for (const w of options.warnings) {
      Annotations.of(this).addWarningV2('cdk-agc-minimal-permissions:unknownRegion', w);
    }
    const naming = new AgcNaming(this, options);
    this.executionPolicies = options.hardenExecutionRole ? this.createPolicies(AUDIENCES.exec, naming, options.policyNamePrefix) : [];
    // With hardening, the admin may attach these execution policies, not AdministratorAccess, to the exec role.
    const adminNaming = options.hardenExecutionRole ? naming.withExecutionPolicies(this.executionPolicies.map((p) => p.managedPolicyArn)) : naming;
    this.adminPolicies = this.createPolicies(AUDIENCES.admin, adminNaming, options.policyNamePrefix);
    this.userPolicies = this.createPolicies(AUDIENCES.user, naming, options.policyNamePrefix);
    this.node.addValidation({
      validate: () => this.executionPolicies.length <= MANAGED_POLICIES_PER_IDENTITY ? [] : [
        `${this.node.path}: the execution policies need ${this.executionPolicies.length} managed policies, more than the ${MANAGED_POLICIES_PER_IDENTITY} ` +
        'IAM attaches to the exec role by default. Set regions to fewer regions, or request a quota increase for managed policies per role.',
      ],
    });
  }

  /**
   * Attaches the admin policies to a role, user or group, created in this app
   * or imported. Attaching twice is harmless.
   */
  public attachAdminPolicies(identity: iam.IIdentity): void {
    this.attach(this.adminPolicies, identity);
  }

  /**
   * Attaches the user policies to a role, user or group, created in this app
   * or imported. Attaching twice is harmless.
   */
  public attachUserPolicies(identity: iam.IIdentity): void {
    this.attach(this.userPolicies, identity);
  }

  private attach(policies: iam.ManagedPolicy[], identity: iam.IIdentity): void {
    for (const policy of policies) {
      if (Resource.isOwnedResource(identity)) {
        // An identity defined in this app lists the policy in its own ManagedPolicyArns.
        identity.addManagedPolicy(policy);
      } else if (isRole(identity)) {
        // Imported identities: addManagedPolicy does nothing on imported groups and
        // immutable roles and throws on imported users, so attach from the policy side.
        policy.attachToRole(identity);
      } else if (isUser(identity)) {
        policy.attachToUser(identity);
      } else if (isGroup(identity)) {
        policy.attachToGroup(identity);
      } else {
        throw new Error(`attach: ${identity.node.path} is neither a role, a user nor a group. Pass an iam.IRole, iam.IUser or iam.IGroup.`);
      }
    }
    const ours = this.attached.get(identity) ?? new Set<iam.ManagedPolicy>();
    policies.forEach((p) => ours.add(p));
    this.attached.set(identity, ours);
    if (ours.size > MANAGED_POLICIES_PER_IDENTITY) {
      Annotations.of(this).addWarningV2('cdk-agc-minimal-permissions:tooManyPolicies',
        `${identity.node.path} would get ${ours.size} managed policies from AgcMinimalPermissions, more than IAM's default quota of ${MANAGED_POLICIES_PER_IDENTITY} per identity. Request a quota increase, or attach the user and admin policies to different identities.`);
    }
  }

  private createPolicies(spec: AudienceSpec, naming: AgcNaming, prefix: string | undefined): iam.ManagedPolicy[] {
    const statements = compileStatements(this, spec.rows, naming);
    const packed = packStatements(statements);
    return packed.map((bin, i) => {
      const n = i + 1;
      const policy = new iam.ManagedPolicy(this, `${spec.label}${n}`, {
        managedPolicyName: prefix ? `${prefix}-${spec.label}-${n}` : undefined,
        description: spec.description(n),
        // minimize: false, so a consumer's @aws-cdk/aws-iam:minimizePolicies flag
        // cannot rewrite what was sized and pinned here.
        document: new iam.PolicyDocument({ statements: bin.map((s) => s.statement), minimize: false }),
      });
      policy.node.addValidation({
        validate: () => {
          const size = worstCaseDocumentSize(policy, policy.document);
          return size <= MANAGED_POLICY_SIZE_LIMIT ? [] : [
            `${policy.node.path}: the policy is ${size} characters at worst case (partition aws-us-gov, 12-digit account), over IAM's limit of ${MANAGED_POLICY_SIZE_LIMIT}. ` +
            'A single statement is too large: set fewer regions, agcBucketNames or projects in one AgcMinimalPermissions.',
          ];
        },
      });
      this.acknowledgeWildcards(policy, bin);
      return policy;
    });
  }

  /**
   * cdk-nag's AwsSolutions-IAM5 flags every resource with a `*`. Each one here is
   * a pattern of AGC's own names (or an action AWS honours only on `*`), so each
   * finding is acknowledged with the commands and evidence of its rows.
   */
  private acknowledgeWildcards(policy: iam.ManagedPolicy, bin: CompiledStatement[]): void {
    const stack = Stack.of(this);
    const reasons = new Map<string, Set<string>>();
    for (const s of bin) {
      const json = stack.resolve(s.statement.toStatementJson());
      const resources: unknown[] = Array.isArray(json.Resource) ? json.Resource : [json.Resource];
      for (const r of resources) {
        const flat = flattenCfnValue(r, nagRef);
        if (!flat.includes('*')) continue;
        const id = `AwsSolutions-IAM5[Resource::${flat}]`;
        const set = reasons.get(id) ?? new Set<string>();
        for (const row of s.rows) {
          set.add(`${row.commands.join(', ')}: ${row.reason} (${row.evidence.join(', ')})`);
        }
        reasons.set(id, set);
      }
    }
    for (const [id, set] of [...reasons.entries()].sort()) {
      policy.node.addMetadata(ACKNOWLEDGED_RULES_METADATA_KEY, { [id]: [...set].join('; ') });
    }
  }
}

function isRole(identity: iam.IIdentity): identity is iam.IRole {
  return 'roleArn' in identity && 'roleName' in identity;
}

function isUser(identity: iam.IIdentity): identity is iam.IUser {
  return 'userArn' in identity && 'userName' in identity;
}

function isGroup(identity: iam.IIdentity): identity is iam.IGroup {
  return 'groupArn' in identity && 'groupName' in identity;
}
