import { readFileSync, writeFileSync, mkdirSync } from 'fs';
import { renderPermissionsDoc, withNagFindings } from './permissions-doc';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/PERMISSIONS.md', renderPermissionsDoc());
writeFileSync('README.md', withNagFindings(readFileSync('README.md', 'utf-8')));
console.log('Wrote docs/PERMISSIONS.md and the cdk-nag findings in README.md');
