import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AgcMinimalPermissions, AgcMinimalPermissionsProps } from '../../src';
import { flattenCfnDocument } from '../../src/private/cfn-values';

/** The region the permission stack is synthesized in; simulations use others. */
export const STACK_REGION = 'eu-central-1';
export const ACCOUNT = '111122223333';

export interface SynthResult {
  readonly stack: Stack;
  readonly construct: AgcMinimalPermissions;
  readonly template: Template;
}

/** Synthesizes AgcMinimalPermissions in an environment-agnostic stack. */
export function synth(props: AgcMinimalPermissionsProps = {}): SynthResult {
  const app = new App();
  const stack = new Stack(app, 'Test');
  const construct = new AgcMinimalPermissions(stack, 'Agc', props);
  return { stack, construct, template: Template.fromStack(stack) };
}

export type PolicyJson = { Version: string; Statement: Array<Record<string, any>> };

/** A policy document with the pseudo parameters replaced by concrete values. */
export function concreteDocument(stack: Stack, policy: iam.ManagedPolicy, partition: string, account = ACCOUNT,
  otherRef: (name: string) => string = (name) => { throw new Error(`unexpected Ref ${name}`); }): PolicyJson {
  const refs = (name: string): string => {
    switch (name) {
      case 'AWS::Partition': return partition;
      case 'AWS::AccountId': return account;
      default: return otherRef(name);
    }
  };
  return flattenCfnDocument(stack.resolve(policy.document), refs) as PolicyJson;
}

/** Every distinct action granted by a set of documents, sorted. */
export function actionsOf(docs: PolicyJson[]): string[] {
  const all = docs.flatMap((d) => d.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
  return [...new Set<string>(all)].sort();
}
