/**
 * Property-based: generated sets of inputs, each made invalid on purpose, must each give a clear
 * error naming the inputs at fault, send no request, set no output and print no stack trace.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BOOLEAN_VALUES, isEmailAddress, parseList } from '../src/common/parse.ts';
import { PRODUCT_IDS } from '../src/rules/products.ts';
import { useSimulator } from './helpers/simulator.ts';
import { errorOf, runChecked } from './helpers/action.ts';
import { check, VALID } from './helpers/inputs.ts';

const INPUT_NAMES = Object.keys(
  (parseYaml(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as { inputs: object }).inputs,
).sort((a, b) => b.length - a.length);

/** Text an input reader could hand over: trimmed, and not empty (empty means "not set"). */
const text = (unit: 'grapheme' | 'binary') =>
  fc.string({ unit, maxLength: 40 }).filter((value) => value.trim() !== '' && !value.includes('\u0000'));

/** For each input, values it must refuse. */
function invalidValues(unit: 'grapheme' | 'binary'): Record<string, fc.Arbitrary<string>> {
  const notWholeNumber = text(unit).filter((value) => !/^[+-]?\d+$/.test(value.trim()));
  const notBoolean = text(unit).filter((value) => !BOOLEAN_VALUES.includes(value.trim()));
  const notIn = (allowed: readonly string[]) => text(unit).filter((value) => !allowed.includes(value.trim()));
  return {
    operation: notIn(['order', 'reissue']),
    region: notIn(['us', 'eu']),
    product: notIn(PRODUCT_IDS),
    'base-url': fc.oneof(
      text(unit).filter((value) => !/^https?:/i.test(value.trim())),
      fc.constantFrom('http://www.digicert.com/services/v2', 'https://user:pw@www.digicert.com/', 'https://x/?q=1'),
    ),
    'dry-run': notBoolean,
    idempotency: notBoolean,
    'skip-approval': notBoolean,
    'max-attempts': fc.oneof(notWholeNumber, fc.integer({ min: 21, max: 10_000 }).map(String), fc.constant('0')),
    'request-timeout': fc.oneof(
      text(unit).filter((value) => !/^(\d+(\.\d*)?|\.\d+)$/.test(value.trim())),
      fc.constantFrom('0', '0.0', '3600.5', '-1', '1e3'),
    ),
    'organization-id': fc.oneof(notWholeNumber, fc.constant('0')),
    'validity-years': fc.oneof(notWholeNumber, fc.integer({ min: 4, max: 1_000 }).map(String)),
    'container-id': notWholeNumber,
    'auto-renew': notWholeNumber,
    'renewal-of-order-id': notWholeNumber,
    'payment-method': notIn(['balance', 'card', 'profile']),
    'signature-hash': notIn(['sha256']),
    'custom-expiration-date': fc.oneof(
      text(unit).filter((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value.trim())),
      fc.constantFrom('2027-02-29', '2026-13-01', '26-01-01'),
    ),
    'additional-emails': text(unit).filter((value) => {
      const items = parseList(value);
      return items.length === 0 || items.some((item) => !isEmailAddress(item));
    }),
    'custom-fields': fc.constantFrom('[', '{a: 1}', '- x', '[{"metadata_id": "x", "value": "1"}]', '[]', 'null'),
    'alternative-order-id': fc
      .string({ unit, minLength: 65, maxLength: 90 })
      .filter((value) => value.trim().length > 64 && !value.includes('\u0000')),
    csr: text(unit),
  };
}

/** A valid order, then one to four of its inputs made invalid. */
function invalidInputSets(unit: 'grapheme' | 'binary') {
  const values = invalidValues(unit);
  return fc
    .tuple(
      fc.constantFrom(VALID.codeSigning, VALID.documentSigning, VALID.client),
      fc.uniqueArray(fc.constantFrom(...Object.keys(values)), { minLength: 1, maxLength: 4 }),
    )
    .chain(([base, names]) =>
      fc.tuple(...names.map((name) => values[name] as fc.Arbitrary<string>)).map((bad) => ({
        inputs: { ...base, ...Object.fromEntries(names.map((name, i) => [name, bad[i] as string])) },
        broken: names,
      })),
    );
}

function namesInput(problem: string): boolean {
  return INPUT_NAMES.some((name) => problem.startsWith(name));
}

describe('generated invalid inputs', () => {
  it('each give problems that name the broken inputs, and no settings to send', async () => {
    await fc.assert(
      fc.asyncProperty(invalidInputSets('binary'), async ({ inputs, broken }) => {
        const result = await check(inputs);
        expect(result.settings).toBeUndefined();
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(namesInput(problem), problem).toBe(true);
          expect(problem).not.toMatch(/\n\s+at \S/);
        }
        // With a broken product too: the checks that do not depend on the product still run.
        for (const name of broken) {
          expect(
            result.problems.some((problem) => problem.includes(name === 'csr' ? 'csr (or csr-file)' : name)),
            `${name} in ${JSON.stringify(result.problems)}`,
          ).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  describe('through dist/index.js', () => {
    const simulator = useSimulator({ apiKey: undefined });

    it('each fail the step with one clear error, send no request, set no output and print no stack trace', async () => {
      await fc.assert(
        fc.asyncProperty(invalidInputSets('grapheme'), async ({ inputs }) => {
          simulator.forgetRequests();
          const result = await runChecked({ 'base-url': simulator.url, ...inputs, 'api-key': 'fuzz-key-83b1c0' });
          expect(result.code).toBe(1);
          expect(errorOf(result)).toMatch(/^Invalid input; nothing was sent to CertCentral:\n- /);
          expect(simulator.requests).toEqual([]);
          expect(result.outputs).toEqual({});
          expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at \S+ \(|node:internal/);
        }),
        { numRuns: 20 },
      );
    });
  });
});
