import { agcResourceTag, schema, CONTEXT_TAG_EVIDENCE } from './shared';
import { AgcNaming } from '../../private/naming';
import { AGC_TAG_KEY, AGC_TAG_VALUE } from '../evidence';
import { Audience, PermissionRow } from '../row';

/*
 * EFS resources of Agc-Context stacks (cromwell, miniwdl, snakemake): the
 * engine's encrypted file system, a mount target per subnet and (miniwdl,
 * snakemake) an access point.
 *
 * File system and access point ids are generated, so rows scope by the stack
 * tag `application-name=agc`, which CloudFormation passes to the create calls
 * (FileSystemTags and AccessPointTags take stack tags). Mount targets have no
 * ARN of their own: EFS authorizes them on their file system.
 *
 * Handler permissions not granted here, all for properties AGC's templates
 * never set (AWS::EFS::FileSystem):
 *  - elasticfilesystem:PutBackupPolicy (BackupPolicy),
 *    elasticfilesystem:PutFileSystemPolicy, elasticfilesystem:DeleteFileSystemPolicy
 *    (FileSystemPolicy), elasticfilesystem:PutLifecycleConfiguration
 *    (LifecyclePolicies), elasticfilesystem:CreateReplicationConfiguration,
 *    elasticfilesystem:DeleteReplicationConfiguration (ReplicationConfiguration),
 *    elasticfilesystem:UpdateFileSystemProtection (FileSystemProtection);
 *  - kms:DescribeKey, kms:GenerateDataKeyWithoutPlaintext, kms:CreateGrant
 *    (KmsKeyId: AGC encrypts with the AWS managed key aws/elasticfilesystem,
 *    whose key policy already allows EFS on behalf of the account);
 *  - iam:PassRole (replication), iam:CreateServiceLinkedRole: the latter is
 *    exec-efs-service-linked-role, for EFS's role only.
 */

const COMMANDS = ['agc context deploy', 'agc context destroy'];
const TAG_EVIDENCE = CONTEXT_TAG_EVIDENCE;
const FILE_SYSTEM = [
  'packages/cdk/lib/stacks/engines/cromwell-engine-construct.ts:94',
  'packages/cdk/lib/constructs/engines/engine.ts:55',
  'packages/cdk/lib/constructs/engines/engine.ts:67',
  schema('aws-efs-filesystem.json', 211),
];
const MOUNT_TARGET = ['packages/cdk/lib/constructs/engines/engine.ts:57', schema('aws-efs-mounttarget.json', 50)];
/** EFS creates and deletes a mount target's network interface with the caller's credentials. */
const MOUNT_TARGET_ENI_CREATE = [...MOUNT_TARGET, schema('aws-efs-mounttarget.json', 51),
  'aws-docs:efs/latest/ug/API_CreateMountTarget.html'];
const MOUNT_TARGET_ENI_DELETE = ['packages/cdk/lib/constructs/engines/engine.ts:57', schema('aws-efs-mounttarget.json', 60),
  'aws-docs:efs/latest/ug/API_DeleteMountTarget.html'];
const ACCESS_POINT = ['packages/cdk/lib/constructs/engines/engine.ts:45', schema('aws-efs-accesspoint.json', 135)];

const fileSystems = (n: AgcNaming) => n.regional('elasticfilesystem', 'file-system', '*');
const accessPoints = (n: AgcNaming) => n.regional('elasticfilesystem', 'access-point', '*');

/** Exec role rows for this service: see index.ts. */
export const EFS_EXEC_ROWS: PermissionRow[] = [
  {
    id: 'exec-efs-file-system-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['elasticfilesystem:CreateFileSystem'],
    // AWS honours elasticfilesystem:CreateFileSystem only on "*"; the request must carry AGC's tag and ask for encryption.
    resources: () => ['*'],
    conditions: () => ({
      StringEquals: { [`aws:RequestTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE },
      Bool: { 'elasticfilesystem:Encrypted': 'true' },
    }),
    reason: 'Agc-Context stacks of cromwell, miniwdl and snakemake create the encrypted file system of the engine, tagged application-name=agc',
    evidence: [...FILE_SYSTEM, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-efs-tag-on-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['elasticfilesystem:TagResource'],
    resources: (n) => [...fileSystems(n), ...accessPoints(n)],
    // Only as part of a create call that is itself allowed (and so tags with application-name=agc).
    conditions: () => ({ StringEquals: { 'elasticfilesystem:CreateAction': ['CreateFileSystem', 'CreateAccessPoint'] } }),
    reason: 'CloudFormation passes the stack tags to the EFS create calls',
    evidence: [...FILE_SYSTEM, ...ACCESS_POINT, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-efs-file-system',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: [
      // AWS::EFS::FileSystem: read back; ThroughputMode, ProvisionedThroughputInMibps; tags; delete.
      'elasticfilesystem:DescribeFileSystems', 'elasticfilesystem:DescribeBackupPolicy', 'elasticfilesystem:DescribeFileSystemPolicy',
      'elasticfilesystem:DescribeLifecycleConfiguration', 'elasticfilesystem:DescribeReplicationConfigurations',
      'elasticfilesystem:UpdateFileSystem', 'elasticfilesystem:ListTagsForResource', 'elasticfilesystem:TagResource',
      'elasticfilesystem:UntagResource', 'elasticfilesystem:DeleteTags', 'elasticfilesystem:DeleteFileSystem',
      // AWS::EFS::MountTarget (FileSystemId, SecurityGroups, SubnetId): authorized on the file system.
      // Its update handler never runs: every property AGC sets is create-only
      // but SecurityGroups, and AGC's updates replace mount targets rather than
      // change their security groups (test/inventory/exec-update-calls.json), so
      // DescribeMountTargetSecurityGroups and ModifyMountTargetSecurityGroups are not granted.
      'elasticfilesystem:CreateMountTarget', 'elasticfilesystem:DescribeMountTargets', 'elasticfilesystem:DeleteMountTarget',
      // AWS::EFS::AccessPoint: read back by FileSystemId.
      'elasticfilesystem:DescribeAccessPoints',
    ],
    resources: fileSystems,
    conditions: agcResourceTag,
    reason: "Agc-Context stacks update, retag and delete their file systems, and create and delete a mount target per subnet in them; only AGC's file systems",
    evidence: [...FILE_SYSTEM, ...MOUNT_TARGET, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-efs-access-point-create',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['elasticfilesystem:CreateAccessPoint'],
    resources: fileSystems,
    // In AGC's file system, tagged application-name=agc itself.
    conditions: () => ({
      StringEquals: {
        [`aws:RequestTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE,
        [`aws:ResourceTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE,
      },
    }),
    reason: 'Agc-Context stacks of miniwdl and snakemake create the access point (root, /) the head job mounts',
    evidence: [...ACCESS_POINT, 'packages/cdk/lib/constructs/engines/miniwdl/miniwdl-engine.ts:34',
      'packages/cdk/lib/constructs/engines/snakemake/snakemake-engine.ts:35', ...TAG_EVIDENCE],
  },
  {
    id: 'exec-efs-access-point',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: [
      'elasticfilesystem:DescribeAccessPoints', 'elasticfilesystem:ListTagsForResource', 'elasticfilesystem:TagResource',
      'elasticfilesystem:UntagResource', 'elasticfilesystem:DeleteAccessPoint',
    ],
    resources: accessPoints,
    conditions: agcResourceTag,
    reason: "Agc-Context stacks read back, retag and delete their access points; only AGC's",
    evidence: [...ACCESS_POINT, ...TAG_EVIDENCE],
  },
  {
    id: 'exec-efs-mount-target-network-interfaces',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['ec2:CreateNetworkInterface'],
    // Not scoped by tag: the interface EFS creates carries no tags (CloudFormation
    // does not tag it, CreateMountTarget takes no tags), and the subnet is one of
    // the infrastructure subnets (/agc/_common/InfraSubnets), which may be the
    // user's own, untagged. The security group it is placed in must be AGC's
    // (exec-efs-mount-target-security-groups): EC2 authorizes every resource
    // of the call.
    resources: (n) => [...n.regional('ec2', 'network-interface', '*'), ...n.regional('ec2', 'subnet', '*')],
    reason: "CreateMountTarget makes EFS create the mount target's network interface in the subnet with the caller's permissions",
    evidence: MOUNT_TARGET_ENI_CREATE,
  },
  {
    id: 'exec-efs-mount-target-security-groups',
    audience: Audience.EXEC,
    commands: ['agc context deploy'],
    actions: ['ec2:CreateNetworkInterface'],
    resources: (n) => n.regional('ec2', 'security-group', '*'),
    conditions: agcResourceTag,
    reason: "the mount target's network interface goes into the EFS security group of the same Agc-Context stack; only AGC's security groups",
    evidence: MOUNT_TARGET_ENI_CREATE,
  },
  {
    id: 'exec-efs-mount-target-network-interface-delete',
    audience: Audience.EXEC,
    commands: COMMANDS,
    actions: ['ec2:DeleteNetworkInterface'],
    // Untagged, generated id, possibly in the user's subnets (see above): not
    // scoped beyond account and region. EC2 deletes only detached interfaces.
    resources: (n) => n.regional('ec2', 'network-interface', '*'),
    reason: "DeleteMountTarget makes EFS delete the mount target's network interface with the caller's permissions",
    evidence: MOUNT_TARGET_ENI_DELETE,
  },
];
