// A plain-JavaScript CDK app that consumes the packed npm tarball, run with
// node's test runner from a scratch directory where run.sh installed
// the tarball, aws-cdk-lib and constructs. It compares what the package
// synthesizes with the TypeScript reference (REFERENCE_DIR, written by
// ../reference.ts from ../src) for every case of cases.json (CASES_FILE).
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test } = require('node:test');

const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const { AgcMinimalPermissions, AgcPermissionsStack } = require('cdk-agc-minimal-permissions');

const REFERENCE_DIR = process.env.REFERENCE_DIR;
const CASES_FILE = process.env.CASES_FILE;
assert.ok(REFERENCE_DIR && CASES_FILE, 'set REFERENCE_DIR and CASES_FILE (run through test-consumers/run.sh)');

const IMPORTED_ROLE_ARN = 'arn:aws:iam::123456789012:role/AgcUsersRole';

const cases = Object.entries(JSON.parse(fs.readFileSync(CASES_FILE, 'utf-8'))).filter(([name]) => !name.startsWith('_'));

/** The same shape reference.ts writes. */
function asReference(template) {
  const policies = {};
  for (const r of Object.values(template.Resources ?? {})) {
    if (r.Type !== 'AWS::IAM::ManagedPolicy') continue;
    const p = r.Properties;
    assert.equal(policies[p.Description], undefined, `two policies share the Description '${p.Description}'`);
    policies[p.Description] = JSON.parse(JSON.stringify({ ManagedPolicyName: p.ManagedPolicyName, PolicyDocument: p.PolicyDocument }));
  }
  return { policies, outputs: Object.keys(template.Outputs ?? {}).sort() };
}

for (const [name, props] of cases) {
  test(`npm package, case ${name}: documents and outputs equal the TypeScript reference`, () => {
    const reference = JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, `${name}.json`), 'utf-8'));
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'agc-npm-consumer-'));
    try {
      const app = new cdk.App({ outdir });
      new AgcPermissionsStack(app, 'AgcPermissionsStack', props);
      const consumer = new cdk.Stack(app, 'ConsumerStack');
      const permissions = new AgcMinimalPermissions(consumer, 'AgcPermissions', props);
      const role = iam.Role.fromRoleArn(consumer, 'ImportedRole', IMPORTED_ROLE_ARN);
      permissions.attachUserPolicies(role);
      const adminRole = new iam.Role(consumer, 'AdminRole', { assumedBy: new iam.AccountRootPrincipal() });
      permissions.attachAdminPolicies(adminRole);

      const assembly = app.synth();
      const stackTemplate = assembly.getStackByName('AgcPermissionsStack').template;
      const consumerTemplate = assembly.getStackByName('ConsumerStack').template;

      assert.ok(Object.keys(reference.policies).length > 0, 'the reference has no policies');
      assert.deepEqual(asReference(stackTemplate), reference);
      assert.deepEqual(asReference(consumerTemplate).policies, reference.policies);

      const userIds = permissions.userPolicies.map((p) => consumer.getLogicalId(p.node.defaultChild));
      const adminIds = permissions.adminPolicies.map((p) => consumer.getLogicalId(p.node.defaultChild));
      for (const id of userIds) {
        assert.ok(consumerTemplate.Resources[id].Properties.Roles.includes('AgcUsersRole'), `${id} is attached to the imported role`);
      }
      const arns = consumerTemplate.Resources[consumer.getLogicalId(adminRole.node.defaultChild)].Properties.ManagedPolicyArns;
      assert.deepEqual(arns.map((a) => a.Ref), adminIds);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
}
