import { readFileSync } from 'fs';
import { join } from 'path';
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
});
