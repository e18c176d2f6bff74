/** The command line of `certcentral`: a command, then flags named like the action's inputs. */
import { FIELD_NAMES, FIELDS, type FieldName } from '../rules/fields.ts';
import { BOOLEAN_VALUES, closestMatch, parseBoolean } from '../common/parse.ts';
import { PRODUCT_IDS } from '../rules/products.ts';
import { applicableFields, appliesToNoOrder } from '../rules/validate.ts';
import { INPUT_DEFAULTS, hasDefault } from '../inputs/defaults.ts';
import { INPUT_OPERATIONS } from '../inputs/readers.ts';

export const SUBCOMMANDS = ['order', 'reissue', 'status', 'renew'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** The action's inputs that are not request body fields, with their help; `api-key` and `operation` have no flag. */
const OTHER_INPUTS = {
  region: 'CertCentral region: us or eu',
  'base-url': 'API base URL, instead of region; https, or http on loopback (the simulator)',
  product: `Product id: ${PRODUCT_IDS.join(', ')}`,
  'order-id': 'The order to reissue, to read with status, or to keep alive with renew',
  'dry-run': 'Check the input and print the request; send nothing (renew: only the read of the order)',
  'csr-file': 'Path to a PEM certificate signing request, instead of --csr',
  'wait-for-issuance': 'Poll the order until it is final; once issued, write certificate.pem and chain.pem',
  'wait-timeout': 'Seconds to wait for issuance',
  'poll-interval': 'Seconds before the second read; later waits grow 1.5 times, up to 120',
  'output-dir': 'Folder for certificate.pem and chain.pem; created if missing',
  idempotency: 'Inside GitHub Actions: derive an alternative order id, so a re-run never orders twice',
  'max-attempts': 'Tries of each request after 429, 5xx, timeouts and network errors',
  'request-timeout': 'Seconds each request may take',
  'renew-within-days': 'renew acts only when the certificate expires within this many days, 1 to 90',
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
/** Words other tools read as booleans, which the action's boolean inputs do not take. */
const OTHER_BOOLEAN_WORDS = ['yes', 'no', 'on', 'off', 'y', 'n', '1', '0'];

export const API_KEY_VARIABLE = 'DIGICERT_API_KEY';

export type ParsedCommandLine =
  /** Help: of one command, or of them all. */
  | { readonly kind: 'help'; readonly command?: Subcommand }
  /** No command at all: a short usage, and exit 2, as other command lines do. */
  | { readonly kind: 'usage' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly subcommand: Subcommand;
      readonly inputs: ReadonlyMap<string, string>;
      readonly verbose: boolean;
    }
  | { readonly kind: 'usage-error'; readonly problems: readonly string[]; readonly command?: Subcommand };

function isSubcommand(word: string | undefined): word is Subcommand {
  return (SUBCOMMANDS as readonly (string | undefined)[]).includes(word);
}

export function parseCommandLine(args: readonly string[]): ParsedCommandLine {
  const [first, ...rest] = args;
  if (first === undefined) return { kind: 'usage' };
  if (first === '--help' || first === '-h') return { kind: 'help' };
  if (first === '--version') return { kind: 'version' };
  if (first === 'help') return helpOf(rest[0]);
  if (!isSubcommand(first)) {
    const suggestion = closestMatch(first, [...SUBCOMMANDS, 'help']);
    const hint = suggestion ? ` Did you mean ${suggestion}?` : '';
    return {
      kind: 'usage-error',
      problems: [`"${first}" is not a command.${hint} Allowed: ${SUBCOMMANDS.join(', ')}.`],
    };
  }
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', command: first };
  return parseFlags(first, rest);
}

/** `certcentral help [command]`. */
function helpOf(word: string | undefined): ParsedCommandLine {
  if (word === undefined) return { kind: 'help' };
  if (isSubcommand(word)) return { kind: 'help', command: word };
  return { kind: 'usage-error', problems: [`"${word}" is not a command. Allowed: ${SUBCOMMANDS.join(', ')}.`] };
}

/** One flag as read: its name, its value, and how many arguments it took. */
type FlagRead =
  | { readonly name: string; readonly value: string; readonly took: number }
  | { readonly problem: string; readonly took: number };

function parseFlags(subcommand: Subcommand, rest: readonly string[]): ParsedCommandLine {
  const problems: string[] = [];
  const inputs = new Map<string, string>();
  let verbose = false;
  for (let i = 0; i < rest.length;) {
    const arg = rest[i] as string;
    if (arg === '--verbose') {
      verbose = true;
      i++;
      continue;
    }
    const read = readFlag(arg, rest[i + 1]);
    i += read.took;
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const earlier = inputs.get(read.name);
    if (earlier !== undefined && !LIST_FLAGS.has(read.name)) problems.push(`--${read.name} is given more than once.`);
    else inputs.set(read.name, earlier === undefined ? read.value : `${earlier}\n${read.value}`);
  }
  if (problems.length > 0) return { kind: 'usage-error', problems, command: subcommand };
  return { kind: 'run', subcommand, inputs, verbose };
}

/** The flag at `arg`, written as --name value or --name=value, with `next` the argument after it. */
function readFlag(arg: string, next: string | undefined): FlagRead {
  const flag = /^--([^=]+)(?:=([\s\S]*))?$/.exec(arg);
  if (!flag) return { problem: `"${arg}" is not a flag. Flags look like --name value or --name=value.`, took: 1 };
  const name = flag[1] as string;
  const inline = flag[2];
  const refused = refusedFlag(name);
  if (refused)
    return { problem: refused, took: inline === undefined && next !== undefined && !next.startsWith('--') ? 2 : 1 };
  if (!FLAG_NAMES.includes(name)) {
    const suggestion = closestMatch(name, FLAG_NAMES);
    const took = inline === undefined && next !== undefined && !next.startsWith('--') ? 2 : 1;
    return { problem: `--${name} is not a flag.${suggestion ? ` Did you mean --${suggestion}?` : ''}`, took };
  }
  if (inline !== undefined) return { name, value: inline, took: 1 };
  return BOOLEAN_FLAGS.has(name) ? readBooleanFlag(name, next) : readValueFlag(name, next);
}

/** The key and the operation have no flag: the key comes from the environment, the operation is the command. */
function refusedFlag(name: string): string | undefined {
  if (name === 'api-key') {
    return `--api-key is not accepted: a key on the command line ends up in shell history and process lists. Set ${API_KEY_VARIABLE} instead.`;
  }
  if (name === 'operation')
    return `--operation is not a flag: the command (${SUBCOMMANDS.join(', ')}) is the operation.`;
  return undefined;
}

/**
 * A bare boolean flag means true; a following boolean, as the action's boolean inputs take them, is its value. A word
 * other tools read as a boolean (yes, on, 1…) is refused with what to write instead.
 */
function readBooleanFlag(name: string, next: string | undefined): FlagRead {
  if (
    next !== undefined &&
    (parseBoolean(next) !== undefined || (FLAG_NUMBER_FLAGS.has(name) && /^[01]$/.test(next)))
  ) {
    return { name, value: next, took: 2 };
  }
  if (next !== undefined && OTHER_BOOLEAN_WORDS.includes(next.toLowerCase())) {
    return {
      problem: `--${name} ${next}: "${next}" is not a boolean here. Allowed: ${BOOLEAN_VALUES.join(', ')}, or --${name} alone for true.`,
      took: 2,
    };
  }
  return { name, value: 'true', took: 1 };
}

function readValueFlag(name: string, next: string | undefined): FlagRead {
  if (next === undefined || /^--./.test(next)) return { problem: `--${name} needs a value.`, took: 1 };
  return { name, value: next, took: 2 };
}

/** The flags a command takes: the inputs of its operation. */
export function commandFlags(command: Subcommand): string[] {
  const fields = FIELD_NAMES.filter((name) => {
    if (command === 'order') return !appliesToNoOrder(name);
    return applicableFields(command, undefined)?.[name as FieldName] !== undefined;
  });
  const others = Object.keys(OTHER_INPUTS).filter((name) => {
    const operations = (INPUT_OPERATIONS as Readonly<Record<string, readonly string[]>>)[name];
    if (name === 'csr-file') return fields.includes('csr');
    return operations === undefined || operations.includes(command);
  });
  return [...others, ...fields];
}

/** The help of a flag: what it sets, and its default. */
function flagDescription(name: string): string {
  const described =
    name in OTHER_INPUTS
      ? OTHER_INPUTS[name as keyof typeof OTHER_INPUTS]
      : ((field: { description: string; allowed?: readonly string[] }) =>
          field.allowed ? `${field.description}: ${field.allowed.join(', ')}` : field.description)(
          FIELDS[name as FieldName],
        );
  return hasDefault(name) ? `${described} (default ${INPUT_DEFAULTS[name]})` : described;
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

const GENERAL_ROWS: (readonly [string, string])[] = [
  ['--verbose', 'Log every HTTP call to stderr'],
  ['--help, -h', 'Show this help'],
  ['--version', 'Show the version'],
];

const FLAG_ROWS: (readonly [string, string])[] = [
  ...FLAG_NAMES.map((name) => [flagSyntax(name), flagDescription(name)] as const),
  ...GENERAL_ROWS,
];

/**
 * One example per command. Each that would spend money shows --dry-run: pasted as it is, it sends nothing, and
 * removing --dry-run is a decision.
 */
export const EXAMPLES: Readonly<Record<Subcommand, string>> = {
  order:
    'certcentral order --dry-run --product code_signing --organization-id 123456 --validity-years 1 \\\n    --server-platform-id 52 --wait-for-issuance',
  reissue:
    'certcentral reissue --dry-run --order-id 112233 --product code_signing --csr-file new.csr --server-platform-id 52',
  status: 'certcentral status --order-id 112233 --output-dir certs',
  renew: 'certcentral renew --dry-run --order-id 112233 --renew-within-days 30',
};

const DESCRIPTIONS: Readonly<Record<Subcommand, string>> = {
  order: "Orders a certificate, checked against DigiCert's parameter tables first; never twice for one key.",
  reissue: 'Reissues an existing order, read first: its product and provisioning method decide what it takes.',
  status: 'Reads an order, waits for it with --wait-for-issuance, and writes its certificate once issued.',
  renew: "Keeps an order's certificate alive: nothing, a reissue within the order, or a renewal, as due.",
};

const KEY_AND_OUTPUTS = `The API key comes from the ${API_KEY_VARIABLE} environment variable, never from a flag. The outputs
are printed to stdout as one JSON object, keyed by the action's output names; progress, warnings and
errors go to stderr. Exit codes: 0 done, 1 failed, 2 bad command line or input.`;

/** Bare `certcentral`: what to type next. */
export const SHORT_USAGE = `Usage: certcentral <order|reissue|status|renew> [--flag value]...
       certcentral help [command]
`;

export const USAGE = `Usage: certcentral <order|reissue|status|renew> [--flag value]...
       certcentral help [command]

Orders or reissues a DigiCert CertCentral certificate, reads an order ("status"), or
keeps an order's certificate alive ("renew": nothing, a reissue or a renewal, as due),
with the same checks as the GitHub Action. The flags are the action's input names.

${SUBCOMMANDS.map((command) => `  ${EXAMPLES[command]}`).join('\n')}

Flags:
${flagTable(FLAG_ROWS)}

${KEY_AND_OUTPUTS}
`;

/** `certcentral <command> --help`: that command's flags and an example. */
export function commandUsage(command: Subcommand): string {
  const rows = [
    ...commandFlags(command).map((name) => [flagSyntax(name), flagDescription(name)] as const),
    ...GENERAL_ROWS,
  ];
  return `Usage: certcentral ${command} [--flag value]...

${DESCRIPTIONS[command]}

  ${EXAMPLES[command]}

Flags:
${flagTable(rows)}

${KEY_AND_OUTPUTS}
`;
}
