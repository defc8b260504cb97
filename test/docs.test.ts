import { readFileSync } from 'fs';
import { join } from 'path';
import { ABUSE_CASES } from './abuse/abuse-cases';
import { EXEC_ABUSE_CASES } from './abuse/exec-abuse-cases';
import { AGC_CALLS, BOOTSTRAP_UPDATE_CALLS, EXEC_CREATE_DELETE_INVENTORY, EXEC_UPDATE_INVENTORY } from './inventory/inventory';
import { renderPermissionsDoc, withNagFindings } from '../scripts/permissions-doc';

const ROOT = join(__dirname, '..');

describe('generated documentation', () => {
  test('docs/PERMISSIONS.md is up to date with the permission rows (run npx projen docs:permissions)', () => {
    expect(readFileSync(join(ROOT, 'docs/PERMISSIONS.md'), 'utf-8')).toBe(renderPermissionsDoc());
  });

  test("the README's cdk-nag findings are up to date (run npx projen docs:permissions)", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf-8');
    expect(readme).toBe(withNagFindings(readme));
    expect(readme).toMatch(/AwsSolutions-IAM5\[Resource::/);
  });

  test('every row appears in the reference with its evidence', () => {
    const doc = renderPermissionsDoc();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ALL_ROWS } = require('../src/permissions');
    for (const row of ALL_ROWS) {
      expect(doc).toContain(`### \`${row.id}\``);
      for (const e of row.evidence) expect(doc).toContain(e);
    }
  });

  test('the counts the README and the inventory README give are those of the test data', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf-8');
    const inventories = readFileSync(join(ROOT, 'test/inventory/README.md'), 'utf-8');
    expect(readme).toContain(`(${AGC_CALLS.length} calls, each with a concrete ARN`);
    expect(readme).toContain(`the ${BOOTSTRAP_UPDATE_CALLS.length} calls of a re-bootstrap`);
    expect(readme).toContain(`${ABUSE_CASES.length} near-miss abuse cases are denied`);
    expect(readme).toContain(`${EXEC_CREATE_DELETE_INVENTORY.length} create and delete calls (every engine`);
    expect(readme).toContain(`${EXEC_UPDATE_INVENTORY.length} update calls from template diffs`);
    expect(readme).toContain(`${EXEC_ABUSE_CASES.length} near misses are denied`);
    for (const [file, calls] of [['agc-calls.json', AGC_CALLS], ['bootstrap-update-calls.json', BOOTSTRAP_UPDATE_CALLS],
      ['exec-calls.json', EXEC_CREATE_DELETE_INVENTORY], ['exec-update-calls.json', EXEC_UPDATE_INVENTORY]] as const) {
      expect(inventories).toContain(`| \`${file}\` | ${calls.length} |`);
    }
  });
});
