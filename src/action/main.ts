import { appendFileSync } from 'node:fs';
import * as core from './runner.ts';
import { shortKeyWarning } from '../inputs/api-key.ts';
import { execute } from '../operations/execute.ts';
import { githubRun } from '../operations/github-run.ts';
import { ACTION_HINTS } from '../operations/hints.ts';
import { readSettings } from '../inputs/settings.ts';
import { redact } from '../certcentral/secrets.ts';
import { printable } from '../common/untrusted.ts';
import { renderSummary, type RunFacts } from './summary.ts';
import { codeEntries, FAILURE_ADVICE, failureOf } from './failure-advice.ts';
import type { FailureKind } from '../common/failure.ts';

/** The action: read the inputs, then send the order or reissue and set the outputs. */
export async function run(): Promise<void> {
  const apiKey = core.getInput('api-key');
  // Masked before anything else can print it.
  if (apiKey) core.setSecret(apiKey);
  const keyWarning = shortKeyWarning(apiKey, 'api-key');
  if (keyWarning) core.warning(keyWarning);
  const outputs: Record<string, string> = {};
  let failure: RunFacts['failure'];
  let renewRead: RunFacts['renewRead'];
  const fail = (kind: FailureKind, detail: string | undefined, message: string, error?: unknown): void => {
    failure = { kind, detail, message: printable(redact(message, apiKey)), entries: codeEntries(error) };
    core.error(failure.message, { title: FAILURE_ADVICE[kind].title(detail) });
    process.exitCode = core.ExitCode.Failure;
  };
  let dryRun = false;
  let product = core.getInput('product');
  let baseUrl: string | undefined;
  try {
    const check = await readSettings((name) => core.getInput(name));
    for (const warning of check.warnings) core.warning(printable(redact(warning, apiKey)));
    if (!check.settings) {
      fail(
        'invalid-input',
        undefined,
        `Invalid input; nothing was sent to CertCentral:\n- ${check.problems.join('\n- ')}`,
      );
    } else {
      dryRun = check.settings.dryRun;
      product = ('product' in check.settings ? check.settings.product : undefined) ?? '';
      baseUrl = check.settings.baseUrl;
      // Every line printed passes the last net of the gate; outputs stay exact.
      const host = {
        info: (message: string) => core.info(printable(message)),
        warning: (message: string) => core.warning(printable(message)),
        debug: (message: string) => core.debug(printable(message)),
        setOutput: (name: string, value: string) => {
          outputs[name] = value;
          core.setOutput(name, value);
        },
        group: <T>(title: string, work: () => Promise<T>) => core.group(printable(title), work),
        readOrder: (read: { orderId: number; product: string; validTill: string }) => {
          renewRead = { ...read, orderId: String(read.orderId) };
        },
        hints: ACTION_HINTS,
      };
      await execute(check.settings, host, { run: githubRun });
    }
  } catch (error) {
    const { kind, detail } = failureOf(error);
    fail(kind, detail, error instanceof Error ? error.message : String(error), error);
  }
  // Each text is free of the key already (outputs, the failure, the order read); the inputs shown are cleaned here.
  writeSummary(
    renderSummary({
      operation: redact(core.getInput('operation') || 'order', apiKey),
      product: redact(product, apiKey),
      dryRun,
      baseUrl,
      outputs,
      failure,
      renewRead,
    }),
  );
}

/** One synchronous append to the runner's summary file; outside a runner (a local run) there is none. */
function writeSummary(html: string): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    appendFileSync(path, html);
  } catch (error) {
    core.warning(printable(`The job summary could not be written: ${(error as Error).message}`));
  }
}
