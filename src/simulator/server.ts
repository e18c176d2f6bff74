/**
 * A CertCentral Services API v2 simulator for tests and local runs, on loopback.
 * It is not part of the action's bundle. It checks requests against DigiCert's
 * documented parameter tables on its own, without the action's code.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { applyFault, FaultQueue, replaceAnswer } from './faults.ts';
import { TestPki, type IssuedCertificate, type LeafKind } from './pki.ts';

export type ApprovalMode = 'one-step' | 'two-step' | 'auto';

export interface SimulatorOptions {
  /** The only key accepted; any non-empty key when not set. */
  readonly apiKey?: string;
  readonly approval?: ApprovalMode;
  /** How new orders' statuses move on; they stay as ordered when not set. */
  readonly statusFlow?: StatusFlow;
  /** Serve HTTPS with this key and certificate (PEM). */
  readonly tls?: { readonly key: string; readonly cert: string };
  /** The host name in `url`; 127.0.0.1 when not set. The server listens on 127.0.0.1 either way. */
  readonly hostname?: string;
  /** The port to listen on; a free one when not set. */
  readonly port?: number;
}

/**
 * The statuses an order goes through after it is placed or reissued, one step every
 * `calls` order-info reads or every `ms` milliseconds; the last one stays.
 * Reaching `issued` issues a real certificate; `rejected` rejects the open request.
 */
export interface StatusFlow {
  readonly statuses: readonly string[];
  readonly every: { readonly calls: number } | { readonly ms: number };
}

export interface DigiCertError {
  readonly code: string;
  readonly message: string;
}

/** An answer the simulator gives instead of handling the next request. */
export interface InjectedAnswer {
  readonly status: number;
  readonly errors?: readonly DigiCertError[];
  /** A raw body, sent as is (instead of errors). */
  readonly body?: string;
  readonly contentType?: string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly text: string;
  readonly body: unknown;
  /** When it arrived, in Date.now() milliseconds. */
  readonly at: number;
}

export interface SimulatedRequest {
  readonly id: number;
  status: 'pending' | 'submitted' | 'approved' | 'rejected';
  readonly type: 'new_request' | 'reissue';
}

export interface SimulatedOrder {
  readonly id: number;
  readonly product: string;
  status: string;
  readonly body: Record<string, unknown>;
  readonly requests: SimulatedRequest[];
  certificateId: number | undefined;
  readonly organizationId: number | undefined;
  readonly alternativeOrderId: string | undefined;
  statusFlow: StatusFlow | undefined;
  /** Order-info reads and the time since the order or its last reissue, for the status flow. */
  flowStart: { calls: number; at: number };
  /** The issued certificate, once the order reaches `issued`. */
  certificate: IssuedCertificate | undefined;
}

type Body = Record<string, unknown>;

const SIGNING_FAMILIES = ['code_signing', 'document_signing'];

const PRODUCTS: Record<string, { family: string; validityYears: number[] }> = {
  code_signing: { family: 'code_signing', validityYears: [1, 2, 3] },
  code_signing_ev: { family: 'code_signing', validityYears: [1, 2, 3] },
  document_signing_org_1: { family: 'document_signing', validityYears: [1, 2, 3] },
  document_signing_org_2: { family: 'document_signing', validityYears: [1, 2, 3] },
  client_premium_sha2: { family: 'client', validityYears: [1, 2] },
  client_email_security_plus: { family: 'client', validityYears: [1, 2] },
  client_authentication_plus: { family: 'client', validityYears: [1, 2] },
  client_digital_signature_plus_sha2: { family: 'client', validityYears: [1, 2] },
};

export class CertCentralSimulator {
  /** The base URL to give the action, ending in /services/v2. */
  readonly url: string;
  approval: ApprovalMode;
  /** Applies to orders placed after it is set; see setStatusFlow for one order. */
  statusFlow: StatusFlow | undefined;
  readonly requests: RecordedRequest[] = [];
  readonly orders = new Map<number, SimulatedOrder>();
  /** Faults for the next matching requests (faults.ts). */
  readonly faults = new FaultQueue();
  private readonly server: Server;
  private readonly apiKey: string | undefined;
  private readonly injected: InjectedAnswer[] = [];
  private readonly pki = new TestPki();
  private nextId = { order: 112233, request: 113, certificate: 500001, organization: 700001 };

  constructor(server: Server, options: SimulatorOptions) {
    this.server = server;
    this.apiKey = options.apiKey;
    this.approval = options.approval ?? 'one-step';
    this.statusFlow = options.statusFlow;
    const scheme = options.tls ? 'https' : 'http';
    this.url = `${scheme}://${options.hostname ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}/services/v2`;
  }

  /** The next `count` requests get this answer. */
  answerNext(answer: InjectedAnswer, count = 1): void {
    for (let i = 0; i < count; i++) this.injected.push(answer);
  }

  /** Orders created so far (reissues do not create orders). */
  get orderCount(): number {
    return this.orders.size;
  }

  /** Sets how one order's status moves on from now. */
  setStatusFlow(orderId: number, flow: StatusFlow): void {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`no simulated order ${orderId}`);
    order.statusFlow = flow;
    order.flowStart = { calls: 0, at: Date.now() };
  }

  /** The PEM bundle the download endpoint serves for an issued order: leaf, intermediate, root. */
  async pemBundle(orderId: number): Promise<{ leaf: string; intermediate: string; root: string }> {
    const certificate = this.orders.get(orderId)?.certificate;
    if (!certificate) throw new Error(`simulated order ${orderId} has no issued certificate`);
    return { leaf: certificate.pem, ...(await this.pki.caPems()) };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.pki.dispose();
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = await readBody(request);
    const path = (request.url ?? '/').replace(/^\/services\/v2/, '').split('?')[0] as string;
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    this.requests.push({ method: request.method ?? '', path, headers: request.headers, text, body, at: Date.now() });
    const fault = this.faults.take(request.method ?? '', path);
    if (fault && applyFault(fault, response)) return;
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));

    const injected = this.injected.shift();
    if (injected) {
      const payload = injected.body ?? JSON.stringify({ errors: injected.errors ?? [] });
      return send(response, injected.status, payload, injected.contentType);
    }
    const key = request.headers['x-dc-devkey'];
    if (!key || (this.apiKey !== undefined && key !== this.apiKey)) {
      return sendErrors(response, 401, [
        { code: 'access_denied|invalid_api_key', message: 'Invalid or missing API key.' },
      ]);
    }
    if (request.method === 'POST' && !/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
      return sendErrors(response, 415, [
        { code: 'bad_request_format', message: 'Content-Type must be application/json.' },
      ]);
    }
    if (request.method === 'POST' && !isObject(body)) {
      return sendErrors(response, 400, [
        { code: 'bad_request_format', message: 'The request body is not a JSON object.' },
      ]);
    }

    let match: RegExpExecArray | null;
    if (request.method === 'POST' && (match = /^\/order\/certificate\/(\d+)\/reissue$/.exec(path))) {
      return this.reissue(Number(match[1]), body as Body, response);
    }
    if (request.method === 'POST' && (match = /^\/order\/certificate\/([^/]+)$/.exec(path))) {
      return this.order(decodeURIComponent(match[1] as string), body as Body, response);
    }
    if (request.method === 'GET' && (match = /^\/order\/certificate\/(\d+)$/.exec(path))) {
      return this.orderInfo(Number(match[1]), response);
    }
    if (request.method === 'GET' && (match = /^\/order\/alternate\/([^/]+)$/.exec(path))) {
      return this.ordersByAlternativeId(decodeURIComponent(match[1] as string), response);
    }
    if (request.method === 'GET' && (match = /^\/certificate\/(\d+)\/download\/format\/([^/]+)$/.exec(path))) {
      return this.download(Number(match[1]), match[2] as string, response);
    }
    return sendErrors(response, 404, [{ code: 'not_found|route', message: `No route for ${request.method} ${path}.` }]);
  }

  private order(product: string, body: Body, response: ServerResponse): void {
    const rules = PRODUCTS[product];
    if (!rules)
      return sendErrors(response, 404, [{ code: 'not_found|product', message: `Product ${product} not found.` }]);
    const errors = orderErrors(rules.family, product, rules.validityYears, body);
    if (errors.length > 0) return sendErrors(response, 400, errors);

    const organization = body.organization as Body;
    const organizationId = organization.id === undefined ? this.nextId.organization++ : undefined;
    const requestStatus =
      body.skip_approval === true || this.approval === 'auto'
        ? 'approved'
        : this.approval === 'two-step'
          ? 'submitted'
          : 'pending';
    const order: SimulatedOrder = {
      id: this.nextId.order++,
      product,
      status: requestStatus === 'approved' ? 'pending' : 'needs_approval',
      body,
      requests: [{ id: this.nextId.request++, status: requestStatus, type: 'new_request' }],
      certificateId: requestStatus === 'approved' ? this.nextId.certificate++ : undefined,
      organizationId,
      alternativeOrderId: typeof body.alternative_order_id === 'string' ? body.alternative_order_id : undefined,
      statusFlow: this.statusFlow,
      flowStart: { calls: 0, at: Date.now() },
      certificate: undefined,
    };
    this.orders.set(order.id, order);
    const [first] = order.requests as [SimulatedRequest];
    sendJson(response, 201, {
      id: order.id,
      requests: [{ id: first.id, status: first.status }],
      ...(order.certificateId !== undefined && { certificate_id: order.certificateId }),
      ...(organizationId !== undefined && { organization: { id: organizationId } }),
    });
  }

  private reissue(orderId: number, body: Body, response: ServerResponse): void {
    const order = this.orders.get(orderId);
    if (!order) return sendErrors(response, 404, [{ code: 'not_found|order', message: `Order ${orderId} not found.` }]);
    const family = PRODUCTS[order.product]?.family ?? '';
    const certificate = isObject(body.certificate) ? body.certificate : {};
    const errors: DigiCertError[] = [];
    if (!isObject(body.certificate)) errors.push(missing('certificate'));
    if (typeof certificate.csr !== 'string' || !certificate.csr.includes('CERTIFICATE REQUEST'))
      errors.push(invalid('certificate.csr', 'a PEM CSR is required'));
    if (typeof certificate.signature_hash !== 'string') errors.push(missing('certificate.signature_hash'));
    if (!SIGNING_FAMILIES.includes(family) && typeof certificate.common_name !== 'string')
      errors.push(missing('certificate.common_name'));
    if (family === 'code_signing' && !isInteger((certificate.server_platform as Body | undefined)?.id)) {
      errors.push(missing('certificate.server_platform.id'));
    }
    if (errors.length > 0) return sendErrors(response, 400, errors);

    // The reissued certificate replaces the current one when the order is issued again.
    order.flowStart = { calls: 0, at: Date.now() };
    order.certificate = undefined;
    if (body.skip_approval === true) {
      order.certificateId = this.nextId.certificate++;
      order.status = 'reissue_pending';
      return sendJson(response, 201, { id: order.id, certificate_id: order.certificateId });
    }
    const request: SimulatedRequest = { id: this.nextId.request++, status: 'pending', type: 'reissue' };
    order.requests.push(request);
    order.status = 'reissue_pending';
    sendJson(response, 201, { id: order.id, requests: [{ id: request.id }] });
  }

  private ordersByAlternativeId(alternativeOrderId: string, response: ServerResponse): void {
    const orders = [...this.orders.values()]
      .filter((order) => order.alternativeOrderId === alternativeOrderId)
      .map((order) => ({ order_id: order.id, certificate_id: order.certificateId, status: order.status }));
    sendJson(response, 200, { orders, page: { total: orders.length, limit: 1000, offset: 0 } });
  }

  private async orderInfo(orderId: number, response: ServerResponse): Promise<void> {
    const order = this.orders.get(orderId);
    if (!order) return sendErrors(response, 404, [{ code: 'not_found|order', message: `Order ${orderId} not found.` }]);
    await this.moveOn(order);
    const certificate = order.certificate;
    sendJson(response, 200, {
      id: order.id,
      status: order.status,
      product: { name_id: order.product },
      certificate: {
        id: order.certificateId,
        common_name: commonName(order),
        ...(certificate && {
          serial_number: certificate.serialNumber,
          thumbprint: certificate.thumbprint,
          valid_from: certificate.validFrom,
          valid_till: certificate.validTill,
        }),
      },
      organization: { id: order.organizationId ?? (order.body.organization as Body).id },
      requests: order.requests.map(({ id, status, type }) => ({ id, status, type })),
      ...(order.alternativeOrderId !== undefined && { alternative_order_id: order.alternativeOrderId }),
    });
  }

  /** Applies the order's status flow for one more order-info read. */
  private async moveOn(order: SimulatedOrder): Promise<void> {
    const flow = order.statusFlow;
    if (!flow || flow.statuses.length === 0) return;
    const steps =
      'calls' in flow.every
        ? Math.floor(order.flowStart.calls / flow.every.calls)
        : Math.floor((Date.now() - order.flowStart.at) / flow.every.ms);
    order.flowStart.calls++;
    const status = flow.statuses[Math.min(steps, flow.statuses.length - 1)] as string;
    if (status === order.status) return;
    order.status = status;
    const openRequest = order.requests.findLast((request) => request.status !== 'rejected');
    if (status === 'rejected' && openRequest) openRequest.status = 'rejected';
    if (status === 'issued' && !order.certificate) {
      if (openRequest) openRequest.status = 'approved';
      // A reissue issues a certificate with an id of its own.
      if (openRequest?.type === 'reissue' || order.certificateId === undefined) {
        order.certificateId = this.nextId.certificate++;
      }
      const family = PRODUCTS[order.product]?.family ?? 'client';
      const years = typeof order.body.validity_years === 'number' ? order.body.validity_years : 1;
      order.certificate = await this.pki.issue(commonName(order), family as LeafKind, Math.min(years * 365, 459));
    }
  }

  /** GET /certificate/{id}/download/format/pem_all: leaf, intermediate, root. */
  private async download(certificateId: number, format: string, response: ServerResponse): Promise<void> {
    if (format !== 'pem_all') {
      return sendErrors(response, 400, [{ code: 'invalid_format', message: `The simulator serves pem_all only.` }]);
    }
    const order = [...this.orders.values()].find((candidate) => candidate.certificateId === certificateId);
    if (!order?.certificate) {
      return sendErrors(response, 404, [
        { code: 'not_found|certificate', message: `Certificate ${certificateId} is not issued.` },
      ]);
    }
    const { leaf, intermediate, root } = await this.pemBundle(order.id);
    send(response, 200, `${leaf}\n${intermediate}\n${root}\n`, 'application/x-pem-file');
  }
}

function commonName(order: SimulatedOrder): string {
  const certificate = isObject(order.body.certificate) ? order.body.certificate : {};
  if (typeof certificate.common_name === 'string') return certificate.common_name;
  const organization = isObject(order.body.organization) ? order.body.organization : {};
  return typeof organization.name === 'string' ? organization.name : `Organization ${String(organization.id)}`;
}

/** The documented required fields of an order, as DigiCert reports them. */
function orderErrors(family: string, product: string, validityYears: number[], body: Body): DigiCertError[] {
  const errors: DigiCertError[] = [];
  const certificate = isObject(body.certificate) ? body.certificate : undefined;
  if (!certificate) errors.push(missing('certificate'));
  if (certificate?.signature_hash !== 'sha256') errors.push(invalid('certificate.signature_hash', 'allowed: sha256'));

  const organization = body.organization;
  if (!isObject(organization)) errors.push(missing('organization'));
  else if (organization.id !== undefined && !isInteger(organization.id))
    errors.push(invalid('organization.id', 'must be an int'));
  else if (organization.id === undefined && typeof organization.name !== 'string')
    errors.push(missing('organization.name'));

  if (body.custom_expiration_date === undefined) {
    if (body.validity_years === undefined) errors.push(missing('validity_years'));
    else if (!validityYears.includes(body.validity_years as number))
      errors.push(invalid('validity_years', `allowed: ${validityYears.join(', ')}`));
  } else if (
    typeof body.custom_expiration_date !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(body.custom_expiration_date)
  ) {
    errors.push(invalid('custom_expiration_date', 'format yyyy-MM-dd'));
  }
  if (body.payment_method !== undefined && !['balance', 'card', 'profile'].includes(body.payment_method as string)) {
    errors.push(invalid('payment_method', 'allowed: balance, card, profile'));
  }
  if (
    body.alternative_order_id !== undefined &&
    (typeof body.alternative_order_id !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(body.alternative_order_id))
  ) {
    errors.push(invalid('alternative_order_id', 'alphanumeric, at most 64 characters'));
  }
  errors.push(...typeErrors(body));
  if (body.ship_info !== undefined) errors.push(...shipInfoErrors(body.ship_info));

  const method = body.cs_provisioning_method;
  const platform = (certificate?.server_platform as Body | undefined)?.id;
  if (product === 'code_signing') {
    // The code signing pages: these are "used only for EV code signing orders".
    for (const field of ['cs_provisioning_method', 'ship_info']) {
      if (body[field] !== undefined) errors.push(invalid(field, 'used only for EV code signing orders'));
    }
  }
  if (family === 'code_signing') {
    if (product === 'code_signing_ev' && method === undefined) errors.push(missing('cs_provisioning_method'));
    if ((method === undefined || method === 'client_app') && !isInteger(platform))
      errors.push(missing('certificate.server_platform.id'));
    if ((platform === 55 || method === 'email') && typeof certificate?.csr !== 'string')
      errors.push(missing('certificate.csr'));
  }
  if (family === 'document_signing') {
    const subject = isObject(body.subject) ? body.subject : {};
    for (const key of ['name', 'job_title', 'phone', 'email']) {
      if (typeof subject[key] !== 'string') errors.push(missing(`subject.${key}`));
    }
    if (method === 'email' && typeof certificate?.csr !== 'string') errors.push(missing('certificate.csr'));
  }
  if (family === 'client') {
    if (typeof certificate?.common_name !== 'string') errors.push(missing('certificate.common_name'));
    if (!Array.isArray(certificate?.emails) || certificate.emails.length === 0)
      errors.push(missing('certificate.emails'));
  }
  if (method !== undefined && !['ship_token', 'client_app', 'email'].includes(method as string)) {
    errors.push(invalid('cs_provisioning_method', 'allowed: ship_token, client_app, email'));
  }
  return errors;
}

/** The documented types of the optional fields: ints, bools, and custom_fields entries. */
function typeErrors(body: Body): DigiCertError[] {
  const organization = isObject(body.organization) ? body.organization : {};
  const container = isObject(body.container) ? body.container : {};
  const ints: [string, unknown][] = [
    ['auto_renew', body.auto_renew],
    ['renewal_of_order_id', body.renewal_of_order_id],
    ['container.id', container.id],
  ];
  const bools: [string, unknown][] = [
    ['skip_approval', body.skip_approval],
    ['use_org_as_common_name', body.use_org_as_common_name],
    ['organization.skip_duplicate_org_check', organization.skip_duplicate_org_check],
  ];
  const errors = [
    ...ints
      .filter(([, value]) => value !== undefined && !isInteger(value))
      .map(([name]) => invalid(name, 'must be an int')),
    ...bools
      .filter(([, value]) => value !== undefined && typeof value !== 'boolean')
      .map(([name]) => invalid(name, 'must be a bool')),
  ];
  if (body.custom_fields !== undefined) {
    const entries = Array.isArray(body.custom_fields) ? body.custom_fields : [undefined];
    if (!entries.every((entry) => isObject(entry) && isInteger(entry.metadata_id) && typeof entry.value === 'string')) {
      errors.push(invalid('custom_fields', 'a list of {metadata_id: int, value: string}'));
    }
  }
  return errors;
}

function shipInfoErrors(shipInfo: unknown): DigiCertError[] {
  if (!isObject(shipInfo)) return [invalid('ship_info', 'must be an object')];
  const errors = ['name', 'addr1', 'city', 'state', 'zip', 'country', 'method']
    .filter((key) => typeof shipInfo[key] !== 'string')
    .map((key) => missing(`ship_info.${key}`));
  if (typeof shipInfo.method === 'string' && !['STANDARD', 'EXPEDITED'].includes(shipInfo.method.toUpperCase())) {
    errors.push(invalid('ship_info.method', 'allowed: STANDARD, EXPEDITED'));
  }
  return errors;
}

function missing(field: string): DigiCertError {
  return { code: 'missing_field', message: `Missing required field: ${field}.` };
}

function invalid(field: string, detail: string): DigiCertError {
  return { code: 'invalid_field', message: `Invalid value for ${field}: ${detail}.` };
}

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInteger(value: unknown): boolean {
  return Number.isSafeInteger(value);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, payload: string, contentType = 'application/json'): void {
  if (replaceAnswer(response)) return;
  response.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(payload) });
  response.end(payload);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value));
}

function sendErrors(response: ServerResponse, status: number, errors: readonly DigiCertError[]): void {
  sendJson(response, status, { errors });
}

/** Starts a simulator on a loopback port: `options.port`, or a free one. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<CertCentralSimulator> {
  const server = options.tls ? createTlsServer(options.tls) : createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const simulator = new CertCentralSimulator(server, options);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    simulator.handle(request, response).catch((error: unknown) => {
      sendErrors(response, 500, [{ code: 'internal_error', message: String(error) }]);
    });
  });
  return simulator;
}
