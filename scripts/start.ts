/** `npm start`: runs the built action against the CertCentral simulator and prints its outputs. */
import { runAction } from '../src/simulator/harness.ts';
import { startSimulator } from '../src/simulator/server.ts';

const simulator = await startSimulator({ approval: 'auto' });
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
    },
  });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  console.log(`\nThe action exited with ${run.code}. Its outputs:`);
  for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name}: ${value}`);
  process.exitCode = run.code ?? 1;
} finally {
  await simulator.close();
}
