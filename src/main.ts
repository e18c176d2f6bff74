import * as core from '@actions/core';
import { CertCentralClient } from './client.ts';
import { readSettings, type Settings } from './inputs.ts';
import { resultOutputs } from './outputs.ts';
import { buildRequest, requestUrl, type ApiRequest } from './request.ts';
import { redact } from './secrets.ts';

/** The action's entry point: read the inputs, send the order or reissue, set the outputs. */
export async function run(): Promise<void> {
  const apiKey = core.getInput('api-key');
  // Masked before anything else can print it.
  if (apiKey) core.setSecret(apiKey);
  const setOutput = (name: string, value: string): void => core.setOutput(name, redact(value, apiKey));
  const info = (message: string): void => core.info(redact(message, apiKey));
  try {
    const check = await readSettings((name) => core.getInput(name));
    for (const warning of check.warnings) core.warning(warning);
    if (!check.settings) {
      core.setFailed(`Invalid input; nothing was sent to CertCentral:\n- ${check.problems.join('\n- ')}`);
      return;
    }
    const settings = check.settings;
    const request = buildRequest(settings);
    if (settings.dryRun) {
      showDryRun(settings, request, info, setOutput);
      return;
    }
    const label = `${request.method} ${request.path}`;
    info(`${describe(settings)}: ${request.method} ${requestUrl(settings.baseUrl, request)}`);
    const client = new CertCentralClient({
      baseUrl: settings.baseUrl,
      apiKey,
      debug: (message) => core.debug(message),
    });
    const outputs = resultOutputs(await client.send(request), label);
    for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
    info(
      `Order ${outputs['order-id']}: request ${outputs['request-id'] || '(none)'} ${outputs['request-status'] || ''}${
        outputs['certificate-id'] ? `, certificate ${outputs['certificate-id']}` : ''
      }`.trimEnd(),
    );
  } catch (error) {
    core.setFailed(redact(error instanceof Error ? error.message : String(error), apiKey));
  }
}

function describe(settings: Settings): string {
  return settings.operation === 'reissue' ? `Reissuing order ${settings.orderId}` : `Ordering ${settings.product}`;
}

type Emit = (name: string, value: string) => void;

function showDryRun(settings: Settings, request: ApiRequest, info: (message: string) => void, setOutput: Emit): void {
  const url = requestUrl(settings.baseUrl, request);
  const body = JSON.stringify(request.body ?? {});
  info(`Dry run: ${describe(settings)}; nothing is sent.`);
  info(`${request.method} ${url}`);
  info('X-DC-DEVKEY: ***');
  info(JSON.stringify(request.body ?? {}, null, 2));
  setOutput('request-method', request.method);
  setOutput('request-url', url);
  setOutput('request-body', body);
}
