import type { CertCentralClient } from '../certcentral/client.ts';
import { proxyFor, type Environment } from '../certcentral/proxy-settings.ts';
import type { RetryOptions } from '../certcentral/retry.ts';
import { redact } from '../certcentral/secrets.ts';
import type { Settings } from '../inputs/settings.ts';
import type { RunContext } from '../never-twice/keys.ts';
import { dryRun } from './dry-run.ts';
import type { Host, Job } from './job.ts';

/**
 * Runs the operation the settings name, with a job of its own settings' type. Each operation is a module of the
 * same shape, loaded when it runs: a run loads only its own operation, and a dry run none.
 */
async function runOperation(job: Job): Promise<void> {
  const { settings } = job;
  switch (settings.operation) {
    case 'order':
      return (await import('./order.ts')).order({ ...job, settings });
    case 'reissue':
      return (await import('./reissue.ts')).reissue({ ...job, settings });
    case 'status':
      return (await import('./status.ts')).status({ ...job, settings });
    case 'renew':
      return (await import('./renew.ts')).renew({ ...job, settings });
  }
}

export interface ExecuteOptions {
  /** Where the proxy settings are read; process.env by default. */
  readonly env?: Environment;
  /** The GitHub Actions job this runs in, read only when a key is derived; none by default. */
  readonly run?: () => RunContext | undefined;
  /** Overrides of the retry timing, for tests and scripts. */
  readonly retry?: Partial<RetryOptions>;
}

/**
 * Runs the operation the settings name (in a dry run, only shows its request) and sets the outputs, each written
 * once, with its last value, when the run ends: also after a failure, or when the job is cancelled.
 */
export async function execute(settings: Settings, host: Host, options: ExecuteOptions = {}): Promise<void> {
  const outputs = new Map<string, string>();
  const safe = withoutKey(host, settings.apiKey, outputs);
  const writeOutputs = (): void => {
    for (const [name, value] of outputs) host.setOutput(name, redact(value, settings.apiKey));
    outputs.clear();
  };
  // A proxy variable that cannot be used fails here, before anything is sent, naming it.
  proxyFor(new URL(settings.baseUrl), options.env ?? process.env);
  const run = options.run ?? (() => undefined);
  // operation renew reads the order even in a dry run, to tell which request is due. A dry run of the others ends
  // within the step's first milliseconds, sending nothing, so it has no signal to be stopped by.
  if (settings.dryRun && settings.operation !== 'renew') {
    try {
      return dryRun(settings, safe, run);
    } finally {
      writeOutputs();
    }
  }
  const interrupted = (): void => {
    writeOutputs();
    host.interrupted?.();
  };
  underWay.add(interrupted);
  if (underWay.size === 1) for (const signal of STOP_SIGNALS) process.on(signal, stopped);
  try {
    const client = await createClient(settings, safe, options);
    await runOperation({ settings, host: safe, client, run });
  } finally {
    underWay.delete(interrupted);
    if (underWay.size === 0) for (const signal of STOP_SIGNALS) process.off(signal, stopped);
    writeOutputs();
  }
}

/** The runner cancels a step with SIGINT, then SIGTERM; a terminal's Ctrl-C is SIGINT. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * What each execute() under way does when a signal stops the process: write the outputs known by then (the order
 * ID a later status needs). One listener per signal for the whole process, however many runs share it.
 */
const underWay = new Set<() => void>();

function stopped(signal: NodeJS.Signals): void {
  for (const interrupted of underWay) interrupted();
  underWay.clear();
  for (const stop of STOP_SIGNALS) process.off(stop, stopped);
  // Without a listener, the same signal ends the process as it would have without this one.
  process.kill(process.pid, signal);
}

/** Creating the client sends nothing; it is loaded only for a run that sends a request. */
async function createClient(settings: Settings, host: Host, options: ExecuteOptions): Promise<CertCentralClient> {
  const [{ CertCentralClient }, { RetryPolicy }] = await Promise.all([
    import('../certcentral/client.ts'),
    import('../certcentral/retry.ts'),
  ]);
  const retry = new RetryPolicy({
    maxAttempts: settings.safety.maxAttempts,
    requestTimeoutMs: settings.safety.requestTimeoutSeconds * 1_000,
    ...options.retry,
  });
  return new CertCentralClient({
    baseUrl: settings.baseUrl,
    apiKey: settings.apiKey,
    debug: host.debug,
    info: host.info,
    retry,
    env: options.env ?? process.env,
  });
}

/**
 * A host that redacts the key from everything it is given, whatever the caller forgot, and keeps
 * the outputs in `outputs` until the run ends.
 */
function withoutKey(host: Host, apiKey: string, outputs: Map<string, string>): Host {
  const clean = (text: string): string => redact(text, apiKey);
  return {
    info: (message) => host.info(clean(message)),
    warning: (message) => host.warning(clean(message)),
    debug: (message) => host.debug(clean(message)),
    setOutput: (name, value) => outputs.set(name, value),
    group: (title, work) => host.group(clean(title), work),
    readOrder: (read) => host.readOrder?.({ ...read, product: clean(read.product), validTill: clean(read.validTill) }),
    hints: host.hints,
  };
}
