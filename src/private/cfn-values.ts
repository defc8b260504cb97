/**
 * Turns the resolved CloudFormation form of a value (strings, `Fn::Join`,
 * `Ref`) back into a plain string, asking `refValue` for each pseudo
 * parameter. Used three ways: worst-case sizing (long partition, 12-digit
 * account), cdk-nag finding ids (`<AWS::Partition>`), and concrete
 * documents for simulation.
 */
export function flattenCfnValue(value: unknown, refValue: (name: string) => string): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    if (Array.isArray(obj['Fn::Join'])) {
      const [delimiter, parts] = obj['Fn::Join'] as [string, unknown[]];
      return parts.map((p) => flattenCfnValue(p, refValue)).join(delimiter);
    }
    if (typeof obj.Ref === 'string') {
      return refValue(obj.Ref);
    }
  }
  throw new Error(`Cannot flatten CloudFormation value ${JSON.stringify(value)}: only strings, Fn::Join and Ref are expected in AGC policies`);
}

/**
 * Walks a resolved policy document and flattens every CloudFormation
 * intrinsic in it, keeping the JSON structure.
 */
export function flattenCfnDocument(doc: unknown, refValue: (name: string) => string): unknown {
  if (Array.isArray(doc)) {
    return doc.map((d) => flattenCfnDocument(d, refValue));
  }
  if (typeof doc === 'object' && doc !== null) {
    const obj = doc as Record<string, unknown>;
    if ('Fn::Join' in obj || 'Ref' in obj) {
      return flattenCfnValue(obj, refValue);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      out[k] = flattenCfnDocument(v, refValue);
    }
    return out;
  }
  return doc;
}

/** The longest partition IAM can see (`aws-us-gov`, 10 characters). */
export const WORST_CASE_PARTITION = 'aws-us-gov';
/** Account ids are always 12 digits. */
export const WORST_CASE_ACCOUNT = '123456789012';
/** The longest region name AWS uses (`us-isof-south-1`, 15 characters). */
export const WORST_CASE_REGION = 'us-isof-south-1';

/** The longest ARN of a customer managed policy (names have at most 128 characters). */
export const WORST_CASE_MANAGED_POLICY_ARN = `arn:${WORST_CASE_PARTITION}:iam::${WORST_CASE_ACCOUNT}:policy/${'x'.repeat(128)}`;

/** Pseudo parameter values (and references) that make a document as long as it can get. */
export function worstCaseRef(name: string): string {
  switch (name) {
    case 'AWS::Partition': return WORST_CASE_PARTITION;
    case 'AWS::AccountId': return WORST_CASE_ACCOUNT;
    case 'AWS::Region': return WORST_CASE_REGION;
    case 'AWS::URLSuffix': return 'amazonaws.com.cn';
    // The only resources AGC policies reference are the execution policies
    // (hardenExecutionRole): a managed policy ARN with the longest policy name.
    default: return WORST_CASE_MANAGED_POLICY_ARN;
  }
}

/** How cdk-nag renders a reference inside a finding id. */
export function nagRef(name: string): string {
  return `<${name}>`;
}

/**
 * The size IAM counts for a managed policy: the JSON without whitespace.
 */
export function policySize(flatDocument: unknown): number {
  return JSON.stringify(flatDocument).length;
}
