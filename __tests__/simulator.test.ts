/** The simulator answers as DigiCert documents, on its own: wrong types and misplaced fields get errors[]. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertCentralClient, CertCentralError } from '../src/client.ts';
import { startSimulator, type CertCentralSimulator } from '../src/simulator/server.ts';

let simulator: CertCentralSimulator;
let client: CertCentralClient;

beforeAll(async () => {
  simulator = await startSimulator();
  client = new CertCentralClient({ baseUrl: simulator.url, apiKey: 'simulator-test-key' });
});

afterAll(() => simulator.close());

const CODE_SIGNING = {
  certificate: { signature_hash: 'sha256', server_platform: { id: 52 } },
  organization: { id: 1 },
  validity_years: 1,
};

async function errorsFor(product: string, body: Record<string, unknown>): Promise<string[]> {
  try {
    await client.send({ method: 'POST', path: `/order/certificate/${product}`, body });
  } catch (error) {
    expect(error).toBeInstanceOf(CertCentralError);
    expect((error as CertCentralError).status).toBe(400);
    return (error as CertCentralError).errors.map((entry) => `${entry.code}: ${entry.message}`);
  }
  throw new Error('the simulator accepted the order');
}

describe('the simulator', () => {
  it('refuses wrong types of documented fields', async () => {
    expect(
      await errorsFor('code_signing', {
        ...CODE_SIGNING,
        skip_approval: 'true',
        auto_renew: '1',
        container: { id: 'x' },
        custom_fields: [{ metadata_id: '12', value: 'a' }],
        alternative_order_id: 'release-7',
      }),
    ).toEqual([
      'invalid_field: Invalid value for alternative_order_id: alphanumeric, at most 64 characters.',
      'invalid_field: Invalid value for auto_renew: must be an int.',
      'invalid_field: Invalid value for container.id: must be an int.',
      'invalid_field: Invalid value for skip_approval: must be a bool.',
      'invalid_field: Invalid value for custom_fields: a list of {metadata_id: int, value: string}.',
    ]);
  });

  it('refuses the EV-only fields on a code_signing order, and takes them on code_signing_ev', async () => {
    const evFields = { cs_provisioning_method: 'client_app' };
    expect(await errorsFor('code_signing', { ...CODE_SIGNING, ...evFields })).toEqual([
      'invalid_field: Invalid value for cs_provisioning_method: used only for EV code signing orders.',
    ]);
    const accepted = await client.send({
      method: 'POST',
      path: '/order/certificate/code_signing_ev',
      body: { ...CODE_SIGNING, ...evFields },
    });
    expect(accepted.status).toBe(201);
  });
});
