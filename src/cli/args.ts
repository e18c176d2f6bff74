/** The command line of `certcentral`: a subcommand, then flags named like the action's inputs. */
import { FIELD_NAMES, FIELDS, type FieldName } from '../rules/fields.ts';
import { closestMatch, parseBoolean } from '../common/parse.ts';
import { PRODUCT_IDS } from '../rules/products.ts';

export const SUBCOMMANDS = ['order', 'reissue', 'status', 'renew'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** The action's inputs that are not request body fields, with their help; `api-key` and `operation` have no flag. */
const OTHER_INPUTS = {
  region: 'CertCentral region: us or eu (default us)',
  'base-url': 'API base URL, instead of region; https, or http on loopback (the simulator)',
  product: `Product id: ${PRODUCT_IDS.join(', ')}`,
  'order-id': 'The order to reissue, to read with status, or to keep alive with renew',
  'dry-run': 'Check the input and print the request; send nothing (renew: only the read of the order)',
  'csr-file': 'Path to a PEM certificate signing request, instead of --csr',
  'wait-for-issuance': 'Poll the order until it is final; once issued, write certificate.pem and chain.pem',
  'wait-timeout': 'Seconds to wait for issuance (default 900)',
  'poll-interval': 'Seconds before the second read; later waits grow 1.5 times, up to 120 (default 15)',
  'output-dir': 'Folder for certificate.pem and chain.pem; created if missing',
  idempotency: 'Inside GitHub Actions: derive an alternative order id, so a re-run never orders twice (default true)',
  'max-attempts': 'Tries of each request after 429, 5xx, timeouts and network errors (default 5)',
  'request-timeout': 'Seconds each request may take (default 60)',
  'renew-within-days': 'renew acts only when the certificate expires within this many days, 1 to 90 (default 30)',
} as const;

/** Every input that has a flag of the same name. */
export const FLAG_NAMES: readonly string[] = [...Object.keys(OTHER_INPUTS), ...FIELD_NAMES];

const BOOLEAN_FLAGS = new Set<string>([
  'dry-run',
  'wait-for-issuance',
  'idempotency',
  ...FIELD_NAMES.filter((name) => FIELDS[name].kind === 'boolean' || FIELDS[name].kind === 'flag-number'),
]);
/** Flags that also take 1 or 0 (csa-agreed-to). */
const FLAG_NUMBER_FLAGS = new Set<string>(FIELD_NAMES.filter((name) => FIELDS[name].kind === 'flag-number'));
const LIST_FLAGS = new Set<string>(FIELD_NAMES.filter((name) => FIELDS[name].kind.endsWith('list')));

export const API_KEY_VARIABLE = 'DIGICERT_API_KEY';

export type ParsedCommandLine =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly subcommand: Subcommand;
      readonly inputs: ReadonlyMap<string, string>;
      readonly verbose: boolean;
    }
  | { readonly kind: 'usage-error'; readonly problems: readonly string[] };

export function parseCommandLine(args: readonly string[]): ParsedCommandLine {
  if (args.includes('--help') || args.includes('-h') || args.length === 0) return { kind: 'help' };
  if (args.includes('--version')) return { kind: 'version' };
  const problems: string[] = [];
  const [first, ...rest] = args;
  const subcommand = (SUBCOMMANDS as readonly string[]).includes(first ?? '') ? (first as Subcommand) : undefined;
  if (!subcommand) problems.push(`"${first}" is not a subcommand. Allowed: ${SUBCOMMANDS.join(', ')}.`);

  const inputs = new Map<string, string>();
  let verbose = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const flag = /^--([^=]+)(?:=([\s\S]*))?$/.exec(arg);
    if (!flag) {
      problems.push(`"${arg}" is not a flag. Flags look like --name value or --name=value.`);
      continue;
    }
    const name = flag[1] as string;
    let value = flag[2];
    if (name === 'verbose' && value === undefined) {
      verbose = true;
      continue;
    }
    if (name === 'api-key') {
      problems.push(
        `--api-key is not accepted: a key on the command line ends up in shell history and process lists. Set ${API_KEY_VARIABLE} instead.`,
      );
      if (value === undefined && i + 1 < rest.length) i++;
      continue;
    }
    if (name === 'operation') {
      problems.push(`--operation is not a flag: the subcommand (${SUBCOMMANDS.join(', ')}) is the operation.`);
      if (value === undefined && i + 1 < rest.length) i++;
      continue;
    }
    if (!FLAG_NAMES.includes(name)) {
      const suggestion = closestMatch(name, FLAG_NAMES);
      problems.push(`--${name} is not a flag.${suggestion ? ` Did you mean --${suggestion}?` : ''}`);
      if (value === undefined && rest[i + 1] !== undefined && !rest[i + 1]?.startsWith('--')) i++;
      continue;
    }
    if (value === undefined) {
      const next = rest[i + 1];
      if (BOOLEAN_FLAGS.has(name)) {
        // A bare boolean flag means true; a following true/false is its value.
        const isValue =
          next !== undefined &&
          (parseBoolean(next) !== undefined || (FLAG_NUMBER_FLAGS.has(name) && /^[01]$/.test(next)));
        if (isValue) value = rest[++i];
        else value = 'true';
      } else if (next === undefined || /^--./.test(next)) {
        problems.push(`--${name} needs a value.`);
        continue;
      } else {
        value = rest[++i];
      }
    }
    const earlier = inputs.get(name);
    if (earlier !== undefined && !LIST_FLAGS.has(name)) {
      problems.push(`--${name} is given more than once.`);
      continue;
    }
    inputs.set(name, earlier === undefined ? (value as string) : `${earlier}\n${value}`);
  }
  if (problems.length > 0 || !subcommand) return { kind: 'usage-error', problems };
  return { kind: 'run', subcommand, inputs, verbose };
}

/** The help of a flag: what it sets. */
function flagDescription(name: string): string {
  if (name in OTHER_INPUTS) return OTHER_INPUTS[name as keyof typeof OTHER_INPUTS];
  const field: { description: string; allowed?: readonly string[] } = FIELDS[name as FieldName];
  return field.allowed ? `${field.description}: ${field.allowed.join(', ')}` : field.description;
}

function flagSyntax(name: string): string {
  const values = FLAG_NUMBER_FLAGS.has(name)
    ? ' [true|false|1|0]'
    : BOOLEAN_FLAGS.has(name)
      ? ' [true|false]'
      : ' <value>';
  return `--${name}${values}`;
}

const HELP_WIDTH = 100;

/** Two columns: the flags, and their descriptions wrapped at HELP_WIDTH and aligned under each other. */
export function flagTable(rows: readonly (readonly [string, string])[]): string {
  const column = Math.max(...rows.map(([flag]) => flag.length)) + 4;
  return rows
    .map(([flag, description]) => {
      const lines: string[] = [];
      let line = '';
      for (const word of description.split(' ')) {
        if (line && column + line.length + 1 + word.length > HELP_WIDTH) {
          lines.push(line);
          line = word;
        } else {
          line = line ? `${line} ${word}` : word;
        }
      }
      lines.push(line);
      return lines
        .map((text, index) => `${index === 0 ? `  ${flag}`.padEnd(column) : ' '.repeat(column)}${text}`)
        .join('\n');
    })
    .join('\n');
}

const FLAG_ROWS: (readonly [string, string])[] = [
  ...FLAG_NAMES.map((name) => [flagSyntax(name), flagDescription(name)] as const),
  ['--verbose', 'Log every HTTP call to stderr'],
  ['--help, -h', 'Show this help'],
  ['--version', 'Show the version'],
];

export const USAGE = `Usage: certcentral <order|reissue|status|renew> [--flag value]...

Orders or reissues a DigiCert CertCentral certificate, reads an order ("status"), or
keeps an order's certificate alive ("renew": nothing, a reissue or a renewal, as due),
with the same checks as the GitHub Action. The flags are the action's input names.
The API key comes from the ${API_KEY_VARIABLE} environment variable, never from a flag.

  certcentral order --product code_signing --organization-id 123456 --validity-years 1 \\
    --server-platform-id 52 --wait-for-issuance
  certcentral reissue --order-id 112233 --product code_signing --csr-file new.csr --server-platform-id 52
  certcentral status --order-id 112233 --output-dir certs
  certcentral renew --order-id 112233 --renew-within-days 30 --dry-run

Flags:
${flagTable(FLAG_ROWS)}

The outputs are printed to stdout as one JSON object, keyed by the action's output names.
Progress, warnings and errors go to stderr. Exit codes: 0 done, 1 failed, 2 bad command line or input.
`;
