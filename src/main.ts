import * as core from './runner.ts';
import { execute } from './execute.ts';
import { readSettings } from './inputs.ts';
import { redact } from './secrets.ts';

/** The action: read the inputs, then send the order or reissue and set the outputs. */
export async function run(): Promise<void> {
  const apiKey = core.getInput('api-key');
  // Masked before anything else can print it.
  if (apiKey) core.setSecret(apiKey);
  try {
    const check = await readSettings((name) => core.getInput(name));
    for (const warning of check.warnings) core.warning(redact(warning, apiKey));
    if (!check.settings) {
      const problems = check.problems.map((problem) => redact(problem, apiKey));
      core.setFailed(`Invalid input; nothing was sent to CertCentral:\n- ${problems.join('\n- ')}`);
      return;
    }
    await execute(check.settings, {
      info: (message) => core.info(message),
      warning: (message) => core.warning(message),
      debug: (message) => core.debug(message),
      setOutput: (name, value) => core.setOutput(name, value),
    });
  } catch (error) {
    core.setFailed(redact(error instanceof Error ? error.message : String(error), apiKey));
  }
}
