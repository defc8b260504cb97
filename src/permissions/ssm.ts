import { AGC, BOOTSTRAP_TEMPLATE, SCHEMA } from './evidence';
import { Audience, PermissionRow } from './row';


/** SSM parameters AGC's Go CLI reads with the caller's credentials. */
export const SSM_ROWS: PermissionRow[] = [
  {
    id: 'ssm-read-agc-common-parameters',
    audience: Audience.USER,
    commands: ['agc context deploy', 'agc context describe', 'agc logs access', 'agc logs adapter', 'agc logs engine', 'agc workflow run'],
    actions: ['ssm:GetParameter'],
    resources: (n) => ['bucket', 'installed-artifacts/s3-root-url', 'customTags']
      .flatMap((p) => n.regional('ssm', 'parameter', `agc/_common/${p}`)),
    reason: 'reads the parameters Agc-Core writes: the AGC bucket name, the artifact root URL and the custom tags',
    evidence: [
      `${AGC}/aws/ssm/get_common_parameter.go:23`,
      `${AGC}/aws/ssm/get_common_parameter.go:13`,
      `${AGC}/cli/context/manager.go:181`,
      `${AGC}/cli/context/manager.go:203`,
      `${AGC}/cli/context/manager.go:214`,
      `${AGC}/cli/workflow/manager.go:286`,
    ],
  },
  {
    id: 'ssm-bootstrap-version-parameter',
    audience: Audience.ADMIN,
    commands: ['agc account activate', 'agc account deactivate'],
    // AWS::SSM::Parameter create, update (retag) and delete handlers; read-only handlers are not used by stack operations.
    actions: ['ssm:PutParameter', 'ssm:GetParameters', 'ssm:DeleteParameter', 'ssm:AddTagsToResource', 'ssm:RemoveTagsFromResource'],
    resources: (n) => n.regional('ssm', 'parameter', `cdk-bootstrap/${n.qualifier}/version`),
    reason: "CloudFormation creates, retags and deletes /cdk-bootstrap/<qualifier>/version with the admin's credentials",
    evidence: [`${AGC}/aws/cdk/bootstrap.go:13`, `${BOOTSTRAP_TEMPLATE}:616`, `${SCHEMA}/aws-ssm-parameter.json:71`, `${SCHEMA}/aws-ssm-parameter.json:78`, `${SCHEMA}/aws-ssm-parameter.json:82`],
  },
];
