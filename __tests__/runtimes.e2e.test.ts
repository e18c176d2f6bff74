/**
 * dist/index.js on each Node it must run on: Node 24 (action.yml's `using: node24`, from the `node` devDependency)
 * and the machine's own Node. The main end-to-end suite runs on Node 24 only; this one covers the runtime matrix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { startSimulator, type CertCentralSimulator } from '../src/simulator/server.ts';
import { API_KEY, errorOf, runChecked } from './helpers/action.ts';
import { majorVersion, machineNode, PACKAGED_NODE, type NodeRuntime } from './helpers/runtimes.ts';

const MACHINE_NODE = machineNode();
const RUNTIMES: readonly NodeRuntime[] = [PACKAGED_NODE, MACHINE_NODE];
const MINIMUM_MAJOR = Number(/^>=(\d+)$/.exec(packageJson.engines.node)?.[1]);

const CODE_SIGNING = {
  product: 'code_signing',
  'organization-id': '123456',
  'validity-years': '1',
  'server-platform-id': '52',
};

describe('the runtime matrix', () => {
  it('has Node 24 from the node devDependency, the runtime action.yml declares', () => {
    expect(PACKAGED_NODE.path).toMatch(/node_modules[/\\]\.bin[/\\]node(\.exe)?$/);
    expect(majorVersion(PACKAGED_NODE)).toBe(24);
  });

  it(`has the machine's own Node (${MACHINE_NODE.version} at ${MACHINE_NODE.path}), another binary and version`, () => {
    expect(MACHINE_NODE.realPath).not.toBe(PACKAGED_NODE.realPath);
    expect(MACHINE_NODE.version).not.toBe(PACKAGED_NODE.version);
    expect(majorVersion(MACHINE_NODE)).toBeGreaterThanOrEqual(MINIMUM_MAJOR);
  });
});

describe.each(RUNTIMES.map((runtime) => [`${runtime.version} (${runtime.label})`, runtime] as const))(
  'dist/index.js on Node %s',
  (_name, runtime) => {
    let simulator: CertCentralSimulator;

    beforeAll(async () => {
      simulator = await startSimulator({ apiKey: API_KEY, approval: 'auto' });
    });

    afterAll(async () => {
      await simulator.close();
    });

    const run = (inputs: Record<string, string>) =>
      runChecked({ 'base-url': simulator.url, ...inputs }, { node: runtime.path });

    it('orders over HTTP and sets the outputs', async () => {
      const result = await run(CODE_SIGNING);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const order = simulator.orders.get(Number(result.outputs['order-id']));
      expect(order?.product).toBe('code_signing');
      expect(result.outputs['request-status']).toBe('approved');
      expect(result.outputs['certificate-id']).toBe(String(order?.certificateId));
    });

    it('does a dry run without sending anything', async () => {
      simulator.requests.length = 0;
      const result = await run({ ...CODE_SIGNING, 'dry-run': 'true' });
      expect(result.code).toBe(0);
      expect(simulator.requests).toEqual([]);
      expect(result.outputs['request-url']).toBe(`${simulator.url}/order/certificate/code_signing`);
    });

    it('fails bad input through setFailed with exit code 1', async () => {
      const result = await run({ ...CODE_SIGNING, 'validity-years': '4' });
      expect(result.code).toBe(1);
      expect(errorOf(result)).toContain('validity-years: 4 is not allowed for code_signing. Allowed: 1, 2, 3.');
    });

    it("reports DigiCert's errors", async () => {
      simulator.answerNext({
        status: 403,
        errors: [{ code: 'access_denied|missing_permission', message: 'No permission.' }],
      });
      const result = await run(CODE_SIGNING);
      expect(result.code).toBe(1);
      expect(errorOf(result)).toContain('HTTP 403 Forbidden: access_denied|missing_permission: No permission.');
    });
  },
);
