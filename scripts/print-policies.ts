/**
 * Prints the managed policies of a synthesized AgcPermissionsStack template:
 * description, worst-case size, the output that carries the ARN, and the
 * document. Usage: ts-node scripts/print-policies.ts cdk.out/AgcPermissionsStack.template.json
 */
import { readFileSync } from 'fs';
import { flattenCfnDocument, policySize, worstCaseRef } from '../src/private/cfn-values';

const file = process.argv[2] ?? 'cdk.out/AgcPermissionsStack.template.json';
const template = JSON.parse(readFileSync(file, 'utf-8'));
const outputs: Record<string, { Value: unknown }> = template.Outputs ?? {};

const policies = Object.entries<any>(template.Resources ?? {}).filter(([, r]) => r.Type === 'AWS::IAM::ManagedPolicy');
for (const [logicalId, resource] of policies) {
  const output = Object.entries(outputs).find(([, o]) => JSON.stringify(o.Value) === JSON.stringify({ Ref: logicalId }));
  const size = policySize(flattenCfnDocument(resource.Properties.PolicyDocument, worstCaseRef));
  console.log(`=== ${logicalId}`);
  console.log(`Description: ${resource.Properties.Description}`);
  console.log(`ARN output:  ${output ? output[0] : '(none)'}`);
  console.log(`Size:        ${size} / 6144 characters at worst case`);
  console.log(JSON.stringify(resource.Properties.PolicyDocument, null, 2));
  console.log();
}
console.log(`${policies.length} managed policies in ${file}`);
