/**
 * `npm start`: runs the built action against the CertCentral simulator, the way the runner does, and prints its log
 * as the runner's page shows it, its outputs and its job summary. The order is issued at the action's second read of
 * it, so the run shows the whole path: order, wait, download and the certificate files. `npm start -- --debug` also
 * shows the debug lines, as a run with RUNNER_DEBUG does.
 */
import { runAction } from '../simulator/harness.ts';
import { readableLog, summaryText } from './readable-log.ts';
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
      'validity-days': '459',
      'cs-provisioning-method': 'client_app',
      'server-platform-id': '52',
      comments: 'Ordered by npm start against the simulator',
      'wait-for-issuance': 'true',
      'poll-interval': '5',
    },
  });
  process.stdout.write(`${readableLog(run.stdout, { debug: process.argv.includes('--debug') })}\n`);
  process.stderr.write(run.stderr);
  console.log(`\nThe action exited with ${run.code}. Its outputs:`);
  for (const [name, value] of Object.entries(run.outputs)) {
    const lines = value.split('\n');
    console.log(`  ${name}: ${lines.length > 1 ? `${lines[0]} … (${lines.length} lines)` : value}`);
  }
  console.log(`\nThe job summary it wrote:\n\n${summaryText(run.summary)}`);
  process.exitCode = run.code ?? 1;
} finally {
  await simulator.close();
}
