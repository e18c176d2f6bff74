/**
 * Preloaded with `node --import` by bundle.test.ts: records the modules the process loads and writes them, on
 * exit, to the file named by RECORD_MODULES_TO. `builtins` are Node's own (process.moduleLoadList, which also
 * sees what builtins load internally); `urls` are the modules requested through import or require.
 */
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

export interface LoadedModules {
  readonly builtins: string[];
  readonly urls: string[];
}

const urls: string[] = [];
registerHooks({
  load(url, context, nextLoad) {
    urls.push(url);
    return nextLoad(url, context);
  },
});

process.on('exit', () => {
  // Undocumented, and not in @types/node: the list of Node's own modules loaded so far.
  const { moduleLoadList } = process as unknown as { moduleLoadList: readonly string[] };
  const builtins = moduleLoadList
    .filter((entry) => entry.startsWith('NativeModule '))
    .map((entry) => entry.slice('NativeModule '.length));
  const loaded: LoadedModules = { builtins, urls };
  writeFileSync(process.env.RECORD_MODULES_TO as string, JSON.stringify(loaded));
});
