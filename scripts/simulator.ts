/**
 * `npm run simulator [-- --port 8080]`: a CertCentral simulator on loopback that stays up until Ctrl-C, for trying
 * the CLI or a local run of the action against it. Orders are approved at once and issued at their second read.
 * It prints commands to paste: an order, a reissue, a status and a renew, none of which draws a warning.
 */
import { parseArgs } from 'node:util';
import { startSimulator } from '../simulator/server.ts';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
  console.error(`--port: "${values.port}" is not a port. Allowed: a whole number from 0 to 65535.`);
  process.exit(2);
}

/** A placeholder of a real key's length: shorter keys draw a warning, and any key works here. */
const PLACEHOLDER_KEY = 'simulator-placeholder-key-0123456789';

const simulator = await startSimulator({
  approval: 'auto',
  statusFlow: { statuses: ['pending', 'issued'], every: { calls: 1 } },
  port,
});
// An order whose certificate expires in 20 days, to try `certcentral renew` on.
const expiring = await simulator.seedOrder({
  product: 'client_authentication_plus',
  body: {
    certificate: { common_name: 'Jane Doe', emails: ['jane@example.com'], signature_hash: 'sha256' },
    organization: { id: 1 },
    validity_years: 1,
  },
  validTill: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
});
const firstOrderId = simulator.nextOrderId;
const cli = `node dist/cli/index.js`;
const common = `--base-url ${simulator.url}`;
const setKey =
  process.platform === 'win32'
    ? `$env:DIGICERT_API_KEY = "${PLACEHOLDER_KEY}"   # PowerShell; in cmd: set DIGICERT_API_KEY=${PLACEHOLDER_KEY}`
    : `export DIGICERT_API_KEY=${PLACEHOLDER_KEY}`;
console.log(`CertCentral simulator at ${simulator.url} (any API key works; Ctrl-C stops it).

In another terminal, in this folder:

${setKey}
${cli} order ${common} --product client_authentication_plus --organization-id 1 --validity-years 1 --common-name "Jane Doe" --emails jane@example.com --wait-for-issuance --poll-interval 5 --output-dir certs
${cli} reissue ${common} --order-id ${firstOrderId} --common-name "Jane Doe" --csr-file __tests__/fixtures/request.csr --wait-for-issuance --poll-interval 5 --output-dir certs
${cli} status ${common} --order-id ${firstOrderId} --output-dir certs
${cli} renew ${common} --order-id ${expiring.id} --dry-run

${firstOrderId} is the first order's ID; after other orders, use the order-id the order command printed.
Order ${expiring.id} expires in 20 days: the renew command shows the renewal it would place (without --dry-run, it places it).
`);
process.once('SIGINT', () => {
  void simulator.close().then(() => process.exit(0));
});
