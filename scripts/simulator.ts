/**
 * `npm run simulator`: a CertCentral simulator on loopback that stays up until Ctrl-C, for trying the CLI
 * or a local run of the action against it. Orders are approved at once and issued at their second read.
 */
import { startSimulator } from '../src/simulator/server.ts';

const simulator = await startSimulator({
  approval: 'auto',
  statusFlow: { statuses: ['pending', 'issued'], every: { calls: 1 } },
});
// An order whose certificate expires in 20 days, to try `certcentral renew` on.
const expiring = await simulator.seedOrder({
  product: 'client_premium_sha2',
  body: {
    certificate: { common_name: 'Jane Doe', emails: ['jane@example.com'], signature_hash: 'sha256' },
    organization: { id: 1 },
    validity_years: 1,
  },
  validTill: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
});
console.log(`CertCentral simulator at ${simulator.url} (any API key works; Ctrl-C stops it). For example:

  DIGICERT_API_KEY=any node dist/cli/index.js order --base-url ${simulator.url} \\
    --product client_premium_sha2 --organization-id 1 --validity-years 1 \\
    --common-name "Jane Doe" --emails jane@example.com --wait-for-issuance --poll-interval 1 --output-dir certs

Order ${expiring.id} expires in 20 days; renew it (drop --dry-run to place the renewal):

  DIGICERT_API_KEY=any node dist/cli/index.js renew --base-url ${simulator.url} --order-id ${expiring.id} --dry-run
`);
process.once('SIGINT', () => {
  void simulator.close().then(() => process.exit(0));
});
