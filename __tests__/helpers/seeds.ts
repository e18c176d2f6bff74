/**
 * DigiCert's example request bodies. The pages themselves (DigiCert's documentation, not ours to publish) are in
 * ../shared/seeds beside the repository; their example bodies are kept in fixtures/seed-bodies.json, so that any
 * clone can run the tests, and a test checks that file against the pages wherever they are present.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export const SEED_PAGES_DIR = resolve(HERE, '../../../shared/seeds');

const SEED_BODIES: Record<string, unknown[]> = JSON.parse(
  readFileSync(resolve(HERE, '../fixtures/seed-bodies.json'), 'utf8'),
);

export const SEED_BODY_FILES = Object.keys(SEED_BODIES);

export const CSR = readFileSync(resolve(HERE, '../fixtures/request.csr'), 'utf8').trim();

/** Certificate requests made with openssl for each key the tests try: `rsa-2048`, `ec-p256`, `ed25519`… */
export function csrFixture(name: string): string {
  return readFileSync(resolve(HERE, `../fixtures/csr/${name}.csr`), 'utf8').trim();
}

/** CSR with one character of its signature changed: it still parses, but its self-signature fails. */
export function tamperedCsr(pem = CSR): string {
  const lines = pem.split('\n');
  const last = lines.length - 2;
  const line = lines[last] as string;
  lines[last] = `${line.slice(0, 4)}${line[4] === 'A' ? 'B' : 'A'}${line.slice(5)}`;
  return lines.join('\n');
}

/** Every distinct example body on a page: the cURL `-d '…'` body and the Python `payload`. */
export function pageBodies(file: string): unknown[] {
  const page = readFileSync(resolve(SEED_PAGES_DIR, file), 'utf8');
  const bodies: unknown[] = [];
  const curl = /-d '(\{[\s\S]*?\})'/.exec(page);
  if (curl?.[1]) bodies.push(JSON.parse(curl[1]));
  const python = /^payload = ("(?:[^"\\]|\\.)*")$/m.exec(page);
  if (python?.[1]) bodies.push(JSON.parse(JSON.parse(python[1]) as string));
  return [...new Map(bodies.map((body) => [JSON.stringify(body), body])).values()];
}

/** A page's example bodies, with a real CSR in place of "<csr>". */
export function seedBodies(file: string): Record<string, unknown>[] {
  const bodies = SEED_BODIES[file];
  if (!bodies) throw new Error(`no example bodies recorded for ${file}`);
  return bodies.map((body) => withRealCsr(body) as Record<string, unknown>);
}

/** The pages write "<csr>"; a real CSR takes its place in inputs and body alike. */
function withRealCsr(value: unknown): unknown {
  if (value === '<csr>') return CSR;
  if (Array.isArray(value)) return value.map(withRealCsr);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withRealCsr(item)]));
  }
  return value;
}

const SHIP_INFO = `name: Erin Guerra
addr1: 360 Taylor Street
addr2: Floor 74
city: Richmond
state: va
zip: 69662
country: us
method: `;

/**
 * The code signing pages' example, here as an EV order; the pages' one product placeholder stands for code_signing
 * and code_signing_ev alike, and the same inputs with `product: code_signing` send the same body.
 */
const CODE_SIGNING_INPUTS = {
  product: 'code_signing_ev',
  'server-platform-id': '52',
  'cs-provisioning-method': 'ship_token',
  'validity-years': '1',
  comments: 'Message for the approver',
  'skip-approval': 'true',
  'organization-id': '123456',
  'ship-info': `${SHIP_INFO}EXPEDITED`,
  'auto-renew': '1',
  'custom-renewal-message': 'Renew this please.',
  'custom-fields': '[{"metadata_id": 12, "value": "123456"}]',
  'payment-method': 'balance',
};

/** Each seed's example request written as the action's inputs (without api-key and base-url). */
export const SEED_EXAMPLES = [
  {
    name: 'order EV code signing (de-en)',
    file: 'order-code-signing.de-en.txt',
    inputs: CODE_SIGNING_INPUTS,
    /** The Python, Go and NodeJS examples also send a container. */
    variantInputs: { 'container-id': '654321' },
  },
  {
    name: 'order EV code signing (ko), custom-fields in YAML',
    file: 'order-code-signing.ko.txt',
    inputs: {
      ...CODE_SIGNING_INPUTS,
      'organization-units': 'Engineering',
      'custom-fields': '- metadata_id: 12\n  value: "123456"',
    },
    variantInputs: { 'container-id': '654321' },
  },
  {
    name: 'order document signing (fr)',
    file: 'order-document-signing.fr.txt',
    inputs: {
      product: 'document_signing_org_1',
      'server-platform-id': '21',
      'cs-provisioning-method': 'ship_token',
      'use-org-as-common-name': 'true',
      'validity-years': '2',
      comments: 'Comments for the the approver.',
      'organization-id': '334455',
      'container-id': '221122',
      'ship-info': `${SHIP_INFO}standard`,
      subject:
        '{"name": "Rene Pierce", "job_title": "School Counselor", "phone": "054-139-0798", "email": "rene.pierce@yahoo.com"}',
      'csa-agreed-to': 'true',
      'skip-approval': 'true',
      'payment-method': 'balance',
    },
  },
  {
    name: 'order client certificate (es)',
    file: 'order-client-certificate.es.txt',
    inputs: {
      product: 'client_premium_sha2',
      'common-name': 'Lock Cole',
      emails: 'locke.cole@example.com',
      'organization-units': 'Accounting',
      csr: CSR,
      'skip-approval': 'true',
      'organization-id': '112233',
      'container-id': '445566',
      'validity-years': '1',
      'payment-method': 'balance',
    },
  },
  {
    name: 'reissue (ru)',
    file: 'reissue-certificate.ru.txt',
    inputs: {
      operation: 'reissue',
      'common-name': 'example.com',
      'dns-names': 'sub.example.com',
      csr: CSR,
      'server-platform-id': '2',
    },
  },
] as const satisfies readonly {
  name: string;
  file: string;
  inputs: Record<string, string>;
  variantInputs?: Record<string, string>;
}[];
