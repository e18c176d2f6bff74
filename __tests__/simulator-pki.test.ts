/** The simulator's PEMs have LF line ends, as the action hands them over, even from an openssl that writes CRLF. */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

let dir: string;

// An openssl that writes CRLF, as a native OpenSSL on Windows may: a wrapper that rewrites each -out file.
const CRLF_OPENSSL = `#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
const args = process.argv.slice(2);
const result = spawnSync('openssl', args, { stdio: 'inherit' });
const out = args.indexOf('-out');
if (result.status === 0 && out >= 0) {
  const path = args[out + 1];
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\\r?\\n/g, '\\r\\n'));
}
process.exit(result.status ?? 1);
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'certcentral-crlf-openssl-'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

// Windows starts no script by its shebang; there the real openssl is the one that may write CRLF.
it.skipIf(process.platform === 'win32')(
  'certificates issued with an openssl writing CRLF are served with LF (skipped on Windows: the wrapper needs a shebang)',
  async () => {
    const wrapper = join(dir, 'openssl.mjs');
    await writeFile(wrapper, CRLF_OPENSSL);
    await chmod(wrapper, 0o755);
    const previous = process.env.OPENSSL;
    process.env.OPENSSL = wrapper;
    try {
      // Imported only now: the module reads OPENSSL when it loads.
      const { TestPki } = await import('../simulator/pki.ts');
      const pki = new TestPki();
      try {
        const issued = await pki.issue('Signer', 'code_signing', 30);
        const { root, intermediate } = await pki.caPems();
        for (const pem of [issued.pem, root, intermediate]) {
          expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----$/);
          expect(pem).not.toContain('\r');
        }
      } finally {
        await pki.dispose();
      }
    } finally {
      if (previous === undefined) delete process.env.OPENSSL;
      else process.env.OPENSSL = previous;
    }
  },
);
