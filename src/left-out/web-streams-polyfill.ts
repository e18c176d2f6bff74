/**
 * Stands in for web-streams-polyfill in the bundle (tsconfig.json `paths`). node-fetch's fetch-blob requires it only
 * when globalThis.ReadableStream is missing and node:stream/web cannot be loaded, which never happens on Node 24, the
 * action's runtime; the real one is 212 kB that every request compiled.
 */
throw new Error(
  'web-streams-polyfill is left out of the bundle (see tsconfig.json "paths"): this runtime has no ReadableStream; run the action on Node 24',
);
