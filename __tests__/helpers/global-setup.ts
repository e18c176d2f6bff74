/**
 * vitest's global setup: builds the current src/ into build/bundle/ once per test run, and points the end-to-end
 * tests at it (CERTCENTRAL_BUNDLE). They never run the committed dist/, which can be stale after an edit; CI's own
 * check compares dist/ with a fresh build.
 */
import { resolve } from 'node:path';
import { bundle } from '../../scripts/bundle.ts';

export const TEST_BUNDLE = resolve(import.meta.dirname, '../../build/bundle');

export default async function setup(): Promise<void> {
  await bundle(TEST_BUNDLE);
  process.env.CERTCENTRAL_BUNDLE = TEST_BUNDLE;
}
