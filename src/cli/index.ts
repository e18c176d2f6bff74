#!/usr/bin/env node
/**
 * `certcentral`: the action's core on a terminal. It shares readSettings and execute with the
 * action, and never touches @actions/core. Outputs go to stdout as JSON; everything else to stderr.
 */
import { writeSync } from 'node:fs';
import packageJson from '../../package.json' with { type: 'json' };
import { shortKeyWarning } from '../inputs/api-key.ts';
import { API_KEY_VARIABLE, commandUsage, parseCommandLine, SHORT_USAGE, USAGE } from './args.ts';
import { execute } from '../operations/execute.ts';
import type { Host } from '../operations/job.ts';
import { githubRun } from '../operations/github-run.ts';
import { CLI_HINTS } from '../operations/hints.ts';
import { readSettings } from '../inputs/settings.ts';
import { redact } from '../certcentral/secrets.ts';
import { printable, printableJson } from '../common/untrusted.ts';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

async function main(args: readonly string[]): Promise<number> {
  const command = parseCommandLine(args);
  if (command.kind === 'help') {
    process.stdout.write(command.command ? commandUsage(command.command) : USAGE);
    return 0;
  }
  if (command.kind === 'usage') {
    process.stderr.write(SHORT_USAGE);
    return EXIT_USAGE;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  if (command.kind === 'usage-error') {
    // One line per problem and a pointer to the help, which would bury them.
    const help = command.command ? `certcentral ${command.command} --help` : 'certcentral --help';
    process.stderr.write(`certcentral: ${command.problems.join('\ncertcentral: ')}\nRun ${help} for the flags.\n`);
    return EXIT_USAGE;
  }

  const apiKey = process.env[API_KEY_VARIABLE]?.trim() ?? '';
  // Every line printed passes the key redaction and the last net of the gate for server text.
  const clean = (text: string): string => printable(redact(text, apiKey));
  if (!apiKey) {
    process.stderr.write(`certcentral: ${API_KEY_VARIABLE} is not set. Set it to your CertCentral API key.\n`);
    return EXIT_USAGE;
  }
  const keyWarning = shortKeyWarning(apiKey, API_KEY_VARIABLE);
  if (keyWarning) process.stderr.write(`warning: ${keyWarning}\n`);
  const read = (name: string): string => {
    if (name === 'api-key') return apiKey;
    if (name === 'operation') return command.subcommand;
    return command.inputs.get(name)?.trim() ?? '';
  };

  const check = await readSettings(read);
  for (const warning of check.warnings) process.stderr.write(`warning: ${clean(warning)}\n`);
  if (!check.settings) {
    const problems = check.problems.map(clean);
    process.stderr.write(`error: Invalid input; nothing was sent to CertCentral:\n- ${problems.join('\n- ')}\n`);
    return EXIT_USAGE;
  }

  const outputs: Record<string, string> = {};
  const printedOutputs = (): string => `${redact(printableJson(outputs), apiKey)}\n`;
  let indent = '';
  const host: Host = {
    info: (message) => process.stderr.write(`${indent}${clean(message)}\n`),
    warning: (message) => process.stderr.write(`${indent}warning: ${clean(message)}\n`),
    debug: (message) => {
      if (command.verbose) process.stderr.write(`${indent}debug: ${clean(message)}\n`);
    },
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    group: async (title, work) => {
      process.stderr.write(`${clean(title)}\n`);
      indent = '  ';
      try {
        return await work();
      } finally {
        indent = '';
      }
    },
    hints: CLI_HINTS,
    // Ctrl-C during a wait: the order ID known so far, written at once as the process is about to end.
    interrupted: () => writeSync(1, printedOutputs()),
  };
  let code = 0;
  try {
    // Inside a GitHub Actions job (a `run:` step) the CLI derives order keys as the action does.
    await execute(check.settings, host, { run: githubRun });
  } catch (error) {
    process.stderr.write(`error: ${clean(error instanceof Error ? error.message : String(error))}\n`);
    code = EXIT_FAILED;
  }
  // On a failure too: the order id of a timed-out wait is what a later `status` needs.
  if (code === 0 || Object.keys(outputs).length > 0) {
    process.stdout.write(printedOutputs());
  }
  return code;
}

process.exitCode = await main(process.argv.slice(2));
