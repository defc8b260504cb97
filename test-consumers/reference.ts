/**
 * The TypeScript reference for the consumer tests: synthesizes
 * AgcPermissionsStack from ../src for every case in cases.json and writes the
 * case's ManagedPolicy resources (Description, ManagedPolicyName,
 * PolicyDocument) and output names to <outdir>/<case>.json.
 *
 * Usage: ts-node --project tsconfig.dev.json test-consumers/reference.ts <outdir>
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'aws-cdk-lib';
import { AgcPermissionsStack, AgcPermissionsStackProps } from '../src';

/** What every consumer compares: one entry per ManagedPolicy, keyed by its (unique, constant) Description. */
export interface Reference {
  readonly policies: Record<string, { ManagedPolicyName?: string; PolicyDocument: unknown }>;
  readonly outputs: string[];
}

export function extractReference(template: any): Reference {
  const policies: Reference['policies'] = {};
  for (const resource of Object.values<any>(template.Resources ?? {})) {
    if (resource.Type !== 'AWS::IAM::ManagedPolicy') continue;
    const p = resource.Properties;
    if (policies[p.Description]) throw new Error(`two policies share the Description '${p.Description}'`);
    policies[p.Description] = { ManagedPolicyName: p.ManagedPolicyName, PolicyDocument: p.PolicyDocument };
  }
  return { policies, outputs: Object.keys(template.Outputs ?? {}).sort() };
}

function main(): void {
  const outdir = process.argv[2];
  if (!outdir) throw new Error('usage: reference.ts <outdir>');
  mkdirSync(outdir, { recursive: true });
  const cases = JSON.parse(readFileSync(join(__dirname, 'cases.json'), 'utf-8'));
  for (const [name, props] of Object.entries<AgcPermissionsStackProps>(cases)) {
    if (name.startsWith('_')) continue;
    const cdkOut = mkdtempSync(join(tmpdir(), 'agc-reference-'));
    try {
      const app = new App({ outdir: cdkOut });
      new AgcPermissionsStack(app, 'AgcPermissionsStack', props);
      const template = app.synth().getStackByName('AgcPermissionsStack').template;
      const ref = extractReference(template);
      writeFileSync(join(outdir, `${name}.json`), JSON.stringify(ref, null, 2) + '\n');
      console.log(`reference ${name}: ${Object.keys(ref.policies).length} managed policies, outputs ${ref.outputs.join(' ')}`);
    } finally {
      rmSync(cdkOut, { recursive: true, force: true });
    }
  }
}

main();
