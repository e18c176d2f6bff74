/** Many runs in one process (scripts/reliability.ts, a test) share one listener per stop signal. */
import { expect, it } from 'vitest';
import { execute } from '../src/operations/execute.ts';
import { ACTION_HINTS } from '../src/operations/hints.ts';
import type { Host } from '../src/operations/job.ts';
import { readSettings } from '../src/inputs/settings.ts';
import { useSimulator } from './helpers/simulator.ts';

const API_KEY = 'signals-key-4d8a2f6b1c';
const simulator = useSimulator({ apiKey: API_KEY });

it('concurrent runs add one SIGINT and one SIGTERM listener in all, removed when the last ends', async () => {
  const baseline = { SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM') };
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.name);
  process.on('warning', onWarning);
  const seen: number[] = [];
  const look = () => seen.push(process.listenerCount('SIGINT') - baseline.SIGINT);
  const host: Host = {
    info: look,
    warning: look,
    debug: look,
    setOutput: () => {},
    group: (_title, work) => work(),
    hints: ACTION_HINTS,
  };
  try {
    const inputs: Record<string, string> = {
      'api-key': API_KEY,
      'base-url': simulator.url,
      operation: 'status',
      'order-id': '1',
    };
    const check = await readSettings((name) => inputs[name] ?? '');
    // More runs at once than Node's default of 10 listeners per event.
    const runs = Array.from({ length: 15 }, () => execute(check.settings!, host).catch(() => undefined));
    look();
    await Promise.all(runs);
  } finally {
    process.off('warning', onWarning);
  }
  expect(Math.max(...seen)).toBe(1);
  expect(process.listenerCount('SIGINT')).toBe(baseline.SIGINT);
  expect(process.listenerCount('SIGTERM')).toBe(baseline.SIGTERM);
  expect(warnings).not.toContain('MaxListenersExceededWarning');
});
