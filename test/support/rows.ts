import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { PartitionCase } from './simulate';
import { ACCOUNT, PolicyJson } from './synth';
import { AgcMinimalPermissionsProps } from '../../src';
import { PermissionRow } from '../../src/permissions/row';
import { flattenCfnDocument } from '../../src/private/cfn-values';
import { compileStatements, packStatements } from '../../src/private/compiler';
import { AgcNaming } from '../../src/private/naming';
import { resolveOptions } from '../../src/private/options';

/**
 * Compiles an arbitrary list of rows with the library's own compiler, as the
 * construct does. Used to perturb rows in the mutation tests.
 */
export function documentsFromRows(rows: PermissionRow[], pc: PartitionCase, props: AgcMinimalPermissionsProps = {}): PolicyJson[] {
  const stack = new Stack(new App(), 'Rows', { env: { account: ACCOUNT, region: pc.stackRegion } });
  const scope = new Construct(stack, 'Scope');
  const naming = new AgcNaming(scope, resolveOptions(props));
  const refs = (name: string) => (name === 'AWS::Partition' ? pc.partition : ACCOUNT);
  return packStatements(compileStatements(scope, rows, naming)).map((bin) =>
    flattenCfnDocument(stack.resolve(new iam.PolicyDocument({ statements: bin.map((s) => s.statement), minimize: false })), refs) as PolicyJson);
}

/** A naming context as the construct builds it, for inspecting rows in tests. */
export function namingFor(props: AgcMinimalPermissionsProps = {}): AgcNaming {
  const stack = new Stack(new App(), 'Naming', { env: { account: ACCOUNT, region: 'eu-central-1' } });
  return new AgcNaming(new Construct(stack, 'Scope'), resolveOptions(props));
}
