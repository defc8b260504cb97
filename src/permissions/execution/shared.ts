import { AGC_TAG_KEY, AGC_TAG_VALUE, SCHEMA } from '../evidence';
import { Conditions } from '../row';

/** `aws:RequestTag/application-name=agc`: the resource a create call makes carries AGC's tag. */
export function agcRequestTag(): Conditions {
  return { StringEquals: { [`aws:RequestTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE } };
}

/** `aws:ResourceTag/application-name=agc`: the resource a call acts on is AGC's. */
export function agcResourceTag(): Conditions {
  return { StringEquals: { [`aws:ResourceTag/${AGC_TAG_KEY}`]: AGC_TAG_VALUE } };
}

/** Evidence: the `handlers` line of a CloudFormation resource provider schema. */
export function schema(file: string, line: number): string {
  return `${SCHEMA}/${file}:${line}`;
}

/** Evidence: Agc-Context stacks tag every resource application-name=agc (stack tags). */
export const CONTEXT_TAG_EVIDENCE = ['packages/cdk/apps/context/app.ts:33'];
/** Evidence: Agc-Core and Agc-Context stacks tag every resource application-name=agc. */
export const STACK_TAG_EVIDENCE = ['packages/cdk/apps/core/app.ts:61', ...CONTEXT_TAG_EVIDENCE];
