/**
 * `npm run validate`: checks action.yml and .github/workflows/*.yml against GitHub's schemas with action-validator
 * (@action-validator/core, the engine behind the @action-validator/cli command).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { parseDocument } from 'yaml';

const WORKFLOWS_DIR = '.github/workflows';

/**
 * action-validator 0.6.0, the newest release, has a schema older than node24: its runs.using allows node12, node16
 * and node20 only. When that is the only objection, the file is validated again with node20 in place, so that every
 * other rule still applies.
 */
function actionErrors(text: string): ValidationError[] {
  const { errors } = validateAction(text);
  if (errors.length === 0) return [];
  const document = parseDocument(text);
  if (document.getIn(['runs', 'using']) !== 'node24') return errors;
  document.setIn(['runs', 'using'], 'node20');
  const retried = validateAction(document.toString()).errors;
  if (retried.length === 0) {
    console.log(
      "action.yml: runs.using node24 is newer than the validator's schema; checked with node20 in its place.",
    );
  }
  return retried;
}

async function workflowPaths(): Promise<string[]> {
  const names = await readdir(WORKFLOWS_DIR);
  return names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(WORKFLOWS_DIR, name));
}

const checks: [string, ValidationError[]][] = [['action.yml', actionErrors(await readFile('action.yml', 'utf8'))]];
for (const path of await workflowPaths()) {
  checks.push([path, validateWorkflow(await readFile(path, 'utf8')).errors]);
}

for (const [path, errors] of checks) {
  if (errors.length === 0) console.log(`${path}: valid`);
  else console.error(`${path}: invalid\n${JSON.stringify(errors, null, 2)}`);
}
process.exitCode = checks.some(([, errors]) => errors.length > 0) ? 1 : 0;
