/**
 * `npm start`: runs the built action against the CertCentral simulator, the way the runner does, and prints
 * its log and outputs. The order is issued at the action's second read of it, so the run shows the whole path:
 * order, wait, download and the certificate files.
 */
import { runAction } from '../simulator/harness.ts';
import { startSimulator } from '../simulator/server.ts';

const simulator = await startSimulator({
  approval: 'auto',
  statusFlow: { statuses: ['pending', 'issued'], every: { calls: 1 } },
});
try {
  console.log(`CertCentral simulator at ${simulator.url}\n`);
  const run = await runAction({
    inputs: {
      'api-key': 'simulator-demo-key',
      'base-url': simulator.url,
      product: 'code_signing_ev',
      'organization-id': '123456',
      'validity-years': '1',
      'cs-provisioning-method': 'client_app',
      'server-platform-id': '52',
      comments: 'Ordered by npm start against the simulator',
      'wait-for-issuance': 'true',
      'poll-interval': '5',
    },
  });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  console.log(`\nThe action exited with ${run.code}. Its outputs:`);
  for (const [name, value] of Object.entries(run.outputs)) {
    const lines = value.split('\n');
    console.log(`  ${name}: ${lines.length > 1 ? `${lines[0]} … (${lines.length} lines)` : value}`);
  }
  process.exitCode = run.code ?? 1;
} finally {
  await simulator.close();
}
