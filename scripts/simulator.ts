/**
 * `npm run simulator`: a CertCentral simulator on loopback that stays up until Ctrl-C, for trying the CLI
 * or a local run of the action against it. Orders are approved at once and issued at their second read.
 */
import { startSimulator } from '../src/simulator/server.ts';

const simulator = await startSimulator({
  approval: 'auto',
  statusFlow: { statuses: ['pending', 'issued'], every: { calls: 1 } },
});
console.log(`CertCentral simulator at ${simulator.url} (any API key works; Ctrl-C stops it). For example:

  DIGICERT_API_KEY=any node dist/cli/index.js order --base-url ${simulator.url} \\
    --product client_premium_sha2 --organization-id 1 --validity-years 1 \\
    --common-name "Jane Doe" --emails jane@example.com --wait-for-issuance --poll-interval 1 --output-dir certs
`);
process.once('SIGINT', () => {
  void simulator.close().then(() => process.exit(0));
});
