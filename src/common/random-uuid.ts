/**
 * A random UUID (version 4), as `crypto.randomUUID()` makes one, for the delimiter of a step output. Loading
 * node:crypto costs a dry run more than all of the action's own code (docs/performance.md), so the bytes come from
 * the kernel's random source, the device /dev/urandom. On Windows, and whenever it cannot be read, the UUID is Web
 * Crypto's (node:crypto underneath), global in every Node since 19, where process.getBuiltinModule needs 20.16.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const RANDOM_SOURCE = '/dev/urandom';

/** `source` is for tests: the file to read, standing for /dev/urandom. */
export function randomUuid(source = RANDOM_SOURCE): string {
  const bytes = process.platform === 'win32' ? undefined : readRandomBytes(source, 16);
  if (!bytes) return globalThis.crypto.randomUUID();
  // RFC 9562: the version (4) in the high nibble of byte 6, the variant (10) in the high bits of byte 8.
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `count` bytes read from the source, or undefined when it is not a device or cannot give them all. */
function readRandomBytes(source: string, count: number): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(source, 'r');
    // A regular file there (a sandbox's stand-in, say) would give the same bytes every time.
    if (!fstatSync(descriptor).isCharacterDevice()) return undefined;
    const bytes = Buffer.alloc(count);
    let filled = 0;
    while (filled < count) {
      const read = readSync(descriptor, bytes, filled, count - filled, null);
      if (read === 0) return undefined;
      filled += read;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
