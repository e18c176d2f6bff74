/** End to end: `npm run simulator` listens on the port it is given, and the commands it prints work, without warnings. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY, platformEnv, runProcess } from '../simulator/harness.ts';
import { PACKAGED_NODE } from './helpers/runtimes.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'scripts/simulator.ts');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Words of a command line as a shell splits them: spaces separate, double quotes group. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, plain]) => quoted ?? (plain as string));
}

describe('npm run simulator', () => {
  it('refuses a --port that is not a port', async () => {
    const run = await runProcess(PACKAGED_NODE.path, [SCRIPT, '--port', 'eighty'], platformEnv(), 30_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('--port: "eighty" is not a port. Allowed: a whole number from 0 to 65535.\n');
  });

  it('listens on --port, and its order, reissue, status and renew commands work without a warning', async () => {
    const port = await freePort();
    const child = spawn(PACKAGED_NODE.path, [SCRIPT, '--port', String(port)], { cwd: ROOT });
    const outputDir = await mkdtemp(join(tmpdir(), 'certcentral-simulator-script-'));
    try {
      let printed = '';
      await new Promise<void>((done, fail) => {
        child.stdout.on('data', (chunk: Buffer) => {
          printed += chunk.toString();
          if (printed.includes("is the first order's ID")) done();
        });
        child.on('exit', (code) => fail(new Error(`the simulator exited with ${code}: ${printed}`)));
      });
      expect(printed).toContain(`CertCentral simulator at http://127.0.0.1:${port}/services/v2`);
      const key = /DIGICERT_API_KEY[ =]+"?([\w-]+)/.exec(printed)?.[1] as string;
      expect(key.length).toBeGreaterThanOrEqual(16);
      const commands = printed.split('\n').filter((line) => line.startsWith('node dist/cli/index.js '));
      expect(commands.map((line) => shellWords(line)[2])).toEqual(['order', 'reissue', 'status', 'renew']);
      // The README's try-out shows the same commands, for port 8080.
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      for (const line of commands) expect(readme).toContain(line.replace(`:${port}/`, ':8080/'));
      expect(readme).toContain(`DIGICERT_API_KEY=${key}`);
      for (const line of commands) {
        const args = shellWords(line.replace('--output-dir certs', `--output-dir ${outputDir}`)).slice(1);
        expect(args[0]).toBe('dist/cli/index.js');
        const env = { ...platformEnv(), PATH: process.env.PATH ?? '', DIGICERT_API_KEY: key };
        const run = await runProcess(
          PACKAGED_NODE.path,
          // The fresh build of src/ stands in for dist/.
          args.map((arg, index) => (index === 0 ? CLI_ENTRY : arg)),
          env,
          60_000,
        );
        expect(run.code, `${line}\n${run.stderr}`).toBe(0);
        expect(run.stderr, line).not.toMatch(/warning/i);
        const outputs = JSON.parse(run.stdout) as Record<string, string>;
        // The renew line is a dry run on the order the simulator holds: it shows the renewal, and places none.
        if (shellWords(line)[2] === 'renew') expect(outputs['renewal-action']).toBe('renew');
        else expect(outputs['order-status']).toBe('issued');
      }
    } finally {
      child.kill();
      await rm(outputDir, { recursive: true, force: true });
    }
  });
});
