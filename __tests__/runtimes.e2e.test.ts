/**
 * dist/index.js on each Node it must run on: Node 24 (action.yml's `using: node24`, from the `node` devDependency)
 * and an older Node that a self-hosted runner may still have: the machine's own, when it is older. The main
 * end-to-end suite runs on Node 24 only. CI's older-node job puts Node 20 on PATH for this file.
 */
import { describe, expect, it } from 'vitest';
import { useSimulator } from './helpers/simulator.ts';
import { API_KEY, errorOf, runChecked } from './helpers/action.ts';
import { majorVersion, machineNode, PACKAGED_NODE, type NodeRuntime } from './helpers/runtimes.ts';

const MACHINE_NODE = machineNode();
/** The oldest Node dist/index.js is tested on: what self-hosted runners may still have. */
const OLDEST_TESTED_MAJOR = 20;
const OLDER_NODE = majorVersion(MACHINE_NODE) < majorVersion(PACKAGED_NODE) ? MACHINE_NODE : undefined;
const RUNTIMES: readonly NodeRuntime[] = OLDER_NODE ? [PACKAGED_NODE, OLDER_NODE] : [PACKAGED_NODE];

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

  // Skipped, not passed, where the machine's Node is 24 too (as in CI's operating system matrix).
  it.skipIf(!OLDER_NODE)(
    `has an older Node: the machine's own (${MACHINE_NODE.version} at ${MACHINE_NODE.path}); skipped when it is not older than Node 24`,
    () => {
      expect(MACHINE_NODE.realPath).not.toBe(PACKAGED_NODE.realPath);
      expect(majorVersion(MACHINE_NODE)).toBeLessThan(majorVersion(PACKAGED_NODE));
      expect(majorVersion(MACHINE_NODE)).toBeGreaterThanOrEqual(OLDEST_TESTED_MAJOR);
    },
  );
});

describe.each(RUNTIMES.map((runtime) => [`${runtime.version} (${runtime.label})`, runtime] as const))(
  'dist/index.js on Node %s',
  (_name, runtime) => {
    const simulator = useSimulator({ apiKey: API_KEY, approval: 'auto' });

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
      simulator.forgetRequests();
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
