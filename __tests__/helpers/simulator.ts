/**
 * The simulator fixture every test file shares: started once for the file (or the describe block it is called in),
 * back to its options before each test (simulator.reset()), closed after. `useSimulator()` returns the simulator
 * itself, usable as soon as its beforeAll has run; `actionAgainst()` runs the action's bundle against it.
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

export function useSimulator(options: SimulatorOptions = {}): CertCentralSimulator {
  let started: CertCentralSimulator | undefined;
  beforeAll(async () => {
    started = await startSimulator({ apiKey: API_KEY, ...options });
  });
  afterAll(() => started?.close());
  beforeEach(() => started?.reset());
  const current = (): CertCentralSimulator => {
    if (!started) throw new Error('the simulator is not started: use it inside a test or hook');
    return started;
  };
  // The simulator of this file, once started: every property read or written goes to it.
  return new Proxy({} as CertCentralSimulator, {
    get: (_target, name) => {
      const value: unknown = Reflect.get(current(), name);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current()) : value;
    },
    set: (_target, name, value) => Reflect.set(current(), name, value),
  });
}

export interface ActionAgainst {
  /** Runs the action's bundle with the test key and the simulator's base URL, checking the key stays hidden. */
  run(inputs: Record<string, string>, env?: Record<string, string>): Promise<ActionRun>;
  /** `METHOD /path` of every request since the test began (or the simulator last forgot them). */
  sent(): string[];
  /** The requests with this method since then. */
  withMethod(method: 'GET' | 'POST' | 'PUT'): RecordedRequest[];
}

export function actionAgainst(simulator: CertCentralSimulator): ActionAgainst {
  return {
    run: (inputs, env) => runChecked({ 'base-url': simulator.url, ...inputs }, env ? { env } : {}),
    sent: () => simulator.requests.map((request) => `${request.method} ${request.path}`),
    withMethod: (method) => simulator.requests.filter((request) => request.method === method),
  };
}
