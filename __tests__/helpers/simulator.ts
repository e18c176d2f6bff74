/**
 * The simulator every test file of the action shares the shape of: started once for the file, back to its options
 * before each test (simulator.reset()), closed after. The requests it got are read through the helpers here.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ActionRun } from '../../simulator/harness.ts';
import {
  startSimulator,
  type CertCentralSimulator,
  type RecordedRequest,
  type SimulatorOptions,
} from '../../simulator/server.ts';
import { API_KEY, runChecked } from './action.ts';

export interface SimulatorFixture {
  /** The simulator of this test file; set once its beforeAll has run. */
  readonly simulator: CertCentralSimulator;
  /** Runs the action's bundle against it, with the test key and its base URL, checking the key stays hidden. */
  run(inputs: Record<string, string>, env?: Record<string, string>): Promise<ActionRun>;
  /** `METHOD /path` of every request since the test began. */
  sent(): string[];
  /** The requests with this method since the test began. */
  withMethod(method: 'GET' | 'POST' | 'PUT'): RecordedRequest[];
}

export function useSimulator(options: SimulatorOptions = {}): SimulatorFixture {
  let simulator: CertCentralSimulator | undefined;
  beforeAll(async () => {
    simulator = await startSimulator({ apiKey: API_KEY, ...options });
  });
  afterAll(() => simulator?.close());
  beforeEach(() => simulator?.reset());
  const started = (): CertCentralSimulator => {
    if (!simulator) throw new Error('the simulator is not started: use it inside a test or hook');
    return simulator;
  };
  return {
    get simulator() {
      return started();
    },
    run: (inputs, env) => runChecked({ 'base-url': started().url, ...inputs }, env ? { env } : {}),
    sent: () => started().requests.map((request) => `${request.method} ${request.path}`),
    withMethod: (method) => started().requests.filter((request) => request.method === method),
  };
}
