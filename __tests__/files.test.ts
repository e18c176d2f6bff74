/**
 * files.ts on each platform branch, all run here by passing the platform: Linux and macOS (O_NOFOLLOW,
 * O_NONBLOCK; macOS compares paths ignoring case) and Windows (lstat checks, O_EXCL and rename only, as Node
 * has no O_NOFOLLOW there). Folder links are made as junctions, the reparse point Windows makes without
 * privileges (elsewhere a symbolic link). FIFOs, devices and /proc exist only on POSIX systems; those tests
 * say so when skipped.
 */
import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { link, lstat, mkdir, mkdtemp, open, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkOutputDir,
  checkParentDir,
  FileSafetyError,
  MAX_CSR_FILE_BYTES,
  openFlags,
  readSmallRegularFile,
  safeDirectory,
  writeFilesNoFollow,
  type FileIo,
  type Platform,
} from '../src/common/files.ts';

const POSIX = process.platform !== 'win32';
const LINUX = process.platform === 'linux';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'certcentral-files-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Resolves within `ms`, or fails: a FIFO or /proc must not hang. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('openFlags', () => {
  it('has O_NOFOLLOW and O_NONBLOCK on POSIX, and none on Windows, where Node has neither', () => {
    expect(openFlags('win32')).toEqual({ noFollow: 0, nonBlock: 0 });
    if (POSIX) {
      expect(openFlags('linux').noFollow).toBe(constants.O_NOFOLLOW);
      expect(openFlags('darwin').nonBlock).toBe(constants.O_NONBLOCK);
      expect(openFlags('linux').noFollow).toBeGreaterThan(0);
    }
  });
});

for (const platform of ['linux', 'darwin', 'win32'] as const satisfies readonly Platform[]) {
  describe(`on the ${platform} branch`, () => {
    describe('readSmallRegularFile', () => {
      it('reads a regular file, CRLF line endings kept for the parser', async () => {
        const path = join(dir, 'request.csr');
        await writeFile(path, 'line one\r\nline two\r\n');
        expect(await readSmallRegularFile(path, MAX_CSR_FILE_BYTES, platform)).toBe('line one\r\nline two\r\n');
      });

      it('reads a file of exactly the limit, and refuses one byte more without reading it', async () => {
        const path = join(dir, 'big.csr');
        await writeFile(path, 'a'.repeat(MAX_CSR_FILE_BYTES));
        expect(await readSmallRegularFile(path, MAX_CSR_FILE_BYTES, platform)).toHaveLength(MAX_CSR_FILE_BYTES);
        await writeFile(path, 'a'.repeat(MAX_CSR_FILE_BYTES + 1));
        await expect(readSmallRegularFile(path, MAX_CSR_FILE_BYTES, platform)).rejects.toThrow(
          `is ${MAX_CSR_FILE_BYTES + 1} bytes, more than ${MAX_CSR_FILE_BYTES}`,
        );
      });

      it('refuses a directory and a missing file', async () => {
        await expect(readSmallRegularFile(dir, 10, platform)).rejects.toThrow('is a directory, not a regular file');
        await expect(readSmallRegularFile(join(dir, 'none'), 10, platform)).rejects.toThrow('cannot be read (ENOENT)');
      });

      it.skipIf(!POSIX)('refuses a FIFO at once (POSIX only: mkfifo)', async () => {
        const fifo = join(dir, 'request.csr');
        execFileSync('mkfifo', [fifo]);
        await expect(within(2_000, readSmallRegularFile(fifo, MAX_CSR_FILE_BYTES, platform))).rejects.toThrow(
          'is a named pipe (FIFO), not a regular file',
        );
      });

      it.skipIf(!POSIX)('refuses a device (POSIX only: /dev/zero)', async () => {
        await expect(within(2_000, readSmallRegularFile('/dev/zero', 10, platform))).rejects.toThrow(
          'is a device, not a regular file',
        );
      });
    });

    describe('checkOutputDir', () => {
      it('takes an existing directory, and a missing one under it without creating it', async () => {
        await checkOutputDir(dir, platform);
        await checkOutputDir(join(dir, 'a', 'b'), platform);
        expect(await readdir(dir)).toEqual([]);
      });

      it('refuses a file, and a folder under a file', async () => {
        const file = join(dir, 'file');
        await writeFile(file, '');
        await expect(checkOutputDir(file, platform)).rejects.toThrow('is not a regular file, not a directory');
        await expect(checkOutputDir(join(file, 'sub'), platform)).rejects.toThrow(
          `cannot be created: ${file} is not a directory`,
        );
      });

      it('refuses a symbolic link to a directory, with or without a trailing separator', async () => {
        const real = join(dir, 'real');
        await mkdir(real);
        await symlink(real, join(dir, 'linked'), 'junction');
        for (const given of [join(dir, 'linked'), `${join(dir, 'linked')}/`]) {
          await expect(checkOutputDir(given, platform)).rejects.toThrow('is a symbolic link or junction');
        }
      });

      it.skipIf(!LINUX)('refuses a folder under /proc at once (Linux only)', async () => {
        for (const given of ['/proc/certcentral/out', '/proc/self', '/proc/sys/kernel']) {
          await expect(within(2_000, checkOutputDir(given, platform))).rejects.toThrow(FileSafetyError);
        }
      });
    });

    describe('checkParentDir, for the folder of each order under RUNNER_TEMP', () => {
      it('takes a directory reached through a symbolic link, as a runner may keep RUNNER_TEMP', async () => {
        const real = join(dir, 'real');
        await mkdir(real);
        await symlink(real, join(dir, 'temp'), 'junction');
        await checkParentDir(join(dir, 'temp'), platform);
        await checkParentDir(join(dir, 'temp', 'missing'), platform);
        expect(await readdir(real)).toEqual([]);
      });

      it('refuses a file', async () => {
        const file = join(dir, 'file');
        await writeFile(file, '');
        await expect(checkParentDir(file, platform)).rejects.toThrow(`cannot be created: ${file} is not a directory`);
      });
    });

    describe('safeDirectory', () => {
      it('creates the missing folders one by one, and returns the real path', async () => {
        const nested = join(dir, 'a', 'b', 'c');
        const real = await safeDirectory(nested, platform);
        expect((await lstat(nested)).isDirectory()).toBe(true);
        expect(real.endsWith(join('a', 'b', 'c'))).toBe(true);
      });

      it('refuses a folder that is a symbolic link, and writes nothing where it points', async () => {
        const victim = join(dir, 'victim');
        await mkdir(victim);
        const planted = join(dir, 'certcentral-order-1');
        await symlink(victim, planted, 'junction');
        await expect(safeDirectory(planted, platform)).rejects.toThrow(
          `${planted} is a symbolic link or junction, not a directory; nothing is written through a link`,
        );
        expect(await readdir(victim)).toEqual([]);
      });

      it.skipIf(!LINUX)('fails at once under /proc, where a recursive mkdir never ends (Linux only)', async () => {
        await expect(within(2_000, safeDirectory('/proc/certcentral/out', platform))).rejects.toThrow(
          '/proc/certcentral cannot be created (ENOENT)',
        );
      });
    });

    describe('writeFilesNoFollow', () => {
      const writeFileNoFollow = async (folder: string, name: string, text: string, on: Platform) =>
        (await writeFilesNoFollow(folder, [{ name, text }], on))[0] as string;

      it('writes a new file and replaces an older one, leaving no temporary file', async () => {
        const path = await writeFileNoFollow(dir, 'certificate.pem', 'one', platform);
        expect(await readFile(path, 'utf8')).toBe('one');
        await writeFileNoFollow(dir, 'certificate.pem', 'two', platform);
        expect(await readFile(path, 'utf8')).toBe('two');
        expect(await readdir(dir)).toEqual(['certificate.pem']);
      });

      it('refuses a name that is a symbolic link, and leaves its target alone', async () => {
        const victim = join(dir, 'victim.txt');
        await writeFile(victim, 'precious');
        await symlink(victim, join(dir, 'certificate.pem'), 'file');
        await expect(writeFileNoFollow(dir, 'certificate.pem', 'x', platform)).rejects.toThrow(
          'is a symbolic link or junction; it is not overwritten, and nothing is written through it',
        );
        expect(await readFile(victim, 'utf8')).toBe('precious');
        expect((await lstat(join(dir, 'certificate.pem'))).isSymbolicLink()).toBe(true);
      });

      it('refuses a dangling symbolic link, which a plain write would create its target through', async () => {
        const target = join(dir, 'elsewhere.pem');
        await symlink(target, join(dir, 'chain.pem'), 'file');
        await expect(writeFileNoFollow(dir, 'chain.pem', 'x', platform)).rejects.toThrow('is a symbolic link');
        await expect(lstat(target)).rejects.toThrow('ENOENT');
      });

      it('does not write through a hard link: the other name keeps its text', async () => {
        const other = join(dir, 'other.pem');
        await writeFile(other, 'precious');
        await link(other, join(dir, 'certificate.pem'));
        await writeFileNoFollow(dir, 'certificate.pem', 'new', platform);
        expect(await readFile(other, 'utf8')).toBe('precious');
        expect(await readFile(join(dir, 'certificate.pem'), 'utf8')).toBe('new');
      });

      it.skipIf(!POSIX)('refuses a name that is a FIFO, at once (POSIX only: mkfifo)', async () => {
        execFileSync('mkfifo', [join(dir, 'chain.pem')]);
        await expect(within(2_000, writeFileNoFollow(dir, 'chain.pem', 'x', platform))).rejects.toThrow(
          'is a named pipe (FIFO); it is not overwritten',
        );
      });

      it('refuses a name that is a directory', async () => {
        await mkdir(join(dir, 'certificate.pem'));
        await expect(writeFileNoFollow(dir, 'certificate.pem', 'x', platform)).rejects.toThrow('is a directory');
      });

      const PAIR = [
        { name: 'certificate.pem', text: 'new leaf' },
        { name: 'chain.pem', text: 'new chain' },
      ];
      const old = async () => {
        await writeFile(join(dir, 'certificate.pem'), 'old leaf');
        await writeFile(join(dir, 'chain.pem'), 'old chain');
      };
      const contents = async () => ({
        names: (await readdir(dir)).sort(),
        leaf: await readFile(join(dir, 'certificate.pem'), 'utf8'),
        chain: await readFile(join(dir, 'chain.pem'), 'utf8'),
      });
      const unchanged = { names: ['certificate.pem', 'chain.pem'], leaf: 'old leaf', chain: 'old chain' };
      /** Node's calls, but the n-th of `which` fails with ENOSPC, as on a full disk. */
      const failing = (which: 'write' | 'rename', nth: number): FileIo => {
        let count = 0;
        const full = () => Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        return {
          rm,
          rename: async (from, to) => {
            if (which === 'rename' && ++count === nth) throw full();
            return rename(from, to);
          },
          open: (async (path: string, flags: number, mode: number) => {
            const handle = await open(path, flags, mode);
            if (which !== 'write' || ++count !== nth) return handle;
            return Object.assign(Object.create(handle) as object, {
              writeFile: () => Promise.reject(full()),
              close: () => handle.close(),
            });
          }) as FileIo['open'],
        };
      };

      it('writes a pair: both replaced, no temporary or kept-aside file left', async () => {
        await old();
        await writeFilesNoFollow(dir, PAIR, platform);
        expect(await contents()).toEqual({ ...unchanged, leaf: 'new leaf', chain: 'new chain' });
      });

      for (const [when, io] of [
        ['the second file cannot be written (a full disk)', () => failing('write', 2)],
        ['the first file cannot be written', () => failing('write', 1)],
        ['the second rename fails, after the first file is in place', () => failing('rename', 3)],
      ] as const) {
        it(`replaces neither when ${when}, and leaves no temporary file`, async () => {
          await old();
          await expect(writeFilesNoFollow(dir, PAIR, platform, io())).rejects.toThrow(
            /cannot be written \(ENOSPC\); the files there are unchanged/,
          );
          expect(await contents()).toEqual(unchanged);
        });
      }

      it('leaves no file at all when there were none and the second cannot be written', async () => {
        await expect(writeFilesNoFollow(dir, PAIR, platform, failing('write', 2))).rejects.toThrow('ENOSPC');
        expect(await readdir(dir)).toEqual([]);
      });
    });
  });
}
