/**
 * End to end: inputs that are out of bounds, hostile files and hostile echoes of the key are refused
 * or handled before they can hang the step, overwrite a file or leak; dist/index.js against the simulator.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type CertCentralSimulator } from '../src/simulator/server.ts';
import { API_KEY, errorAnnotationOf, errorOf, runChecked } from './helpers/action.ts';

let simulator: CertCentralSimulator;

beforeAll(async () => {
  simulator = await startSimulator({ apiKey: API_KEY });
});

afterAll(() => simulator.close());

beforeEach(() => {
  simulator.requests.length = 0;
  simulator.faults.clear();
});

const ORDER = {
  product: 'client_authentication_plus',
  'organization-id': '112233',
  'validity-years': '1',
  'common-name': 'Build Robot',
  emails: 'robot@example.com',
};

function run(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runChecked({ 'base-url': simulator.url, ...ORDER, ...inputs }, { env });
}

describe('number inputs past their upper bounds', () => {
  it('are input errors naming each input and its range, and nothing is sent', async () => {
    const result = await run({
      'wait-for-issuance': 'true',
      'wait-timeout': '9'.repeat(400),
      'poll-interval': '9999999',
      'request-timeout': '99999999999',
      'max-attempts': '21',
    });
    expect(result.code).toBe(1);
    expect(errorAnnotationOf(result).title).toBe('Invalid input');
    const error = errorOf(result);
    expect(error).toContain('wait-timeout: "999');
    expect(error).toContain('is too large. Allowed: a number from 0.1 to 604800 (7 days).');
    expect(error).toContain('poll-interval: "9999999" is too large. Allowed: a number from 0.1 to 3600 (1 hour).');
    expect(error).toContain(
      'request-timeout: "99999999999" is too large. Allowed: a number from 0.1 to 3600 (1 hour).',
    );
    expect(error).toContain('max-attempts: "21" is too large. Allowed: a whole number from 1 to 20.');
    expect(simulator.requests).toEqual([]);
  });

  it('wait-timeout 99999999999 with poll-interval 9999999 no longer polls in a loop', async () => {
    const result = await run({
      'wait-for-issuance': 'true',
      'wait-timeout': '99999999999',
      'poll-interval': '9999999',
    });
    expect(result.code).toBe(1);
    expect(simulator.requests).toEqual([]);
  });
});
