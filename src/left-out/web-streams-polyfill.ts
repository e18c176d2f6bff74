/**
 * Stands in for web-streams-polyfill in every build made from this folder (tsconfig.json `paths`). Its one importer,
 * fetch-blob's streams module, requires it only when globalThis.ReadableStream is missing and node:stream/web cannot
 * be loaded, which never happens on Node 24, the action's runtime; the real one is 212 kB that every request compiled.
 * The action's bundles also leave out that streams module (scripts/bundle.ts), so they hold neither; this stand-in
 * still keeps the polyfill out of the bench's node-fetch floor, built as it was from the start (docs/performance.md).
 */
throw new Error(
  'web-streams-polyfill is left out of the bundle (see tsconfig.json "paths"): this runtime has no ReadableStream; run the action on Node 24',
);
