/**
 * A CertCentral Services API v2 simulator for tests and local runs, on loopback.
 * It is not part of the action's bundle. It checks requests against DigiCert's
 * documented parameter tables on its own, without the action's code.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { applyFault, FaultQueue, replaceAnswer } from './faults.ts';
import { readCsrKey, TestPki, type IssuedCertificate, type LeafKind } from './pki.ts';
import { RateLimiter, type RateLimit } from './rate-limits.ts';

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
  /** Whether order info shows is_renewed and renewed_order_id; true when not set (see `reportsRenewals`). */
  readonly reportsRenewals?: boolean;
  /** Per-key rate limits answered with 429 and Retry-After (DIGICERT_RATE_LIMITS); none when not set. */
  readonly rateLimits?: readonly RateLimit[];
  /** The port to listen on; a free one when not set. */
  readonly port?: number;
  /**
   * An approved order (or skip-approval reissue) is issued at once, and its answer carries certificate_chain, as
   * DigiCert's documented immediate-issuance answer does; off when not set.
   */
  readonly immediateIssuance?: boolean;
  /** How a look-up by an alternative order id no order carries is answered; each form in turn when not set. */
  readonly emptyLookup?: EmptyLookup;
}

/**
 * DigiCert documents no answer for an alternative order id no order carries (certcentral-2026.md §5). Each reading
 * is served: a 404, `orders: []`, or only `page`, as DigiCert's real empty list answer has it.
 */
export type EmptyLookup = '404' | 'empty-orders' | 'page-only';
export const EMPTY_LOOKUPS: readonly EmptyLookup[] = ['404', 'empty-orders', 'page-only'];

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
  /** The comments sent with the order or reissue, shown in order info's request list. */
  readonly comments?: string;
  /** Set when the request was approved or rejected with a comment, or its reissue canceled with a note. */
  processorComment?: string;
}

export interface SimulatedOrder {
  readonly id: number;
  readonly product: string;
  status: string;
  readonly body: Record<string, unknown>;
  readonly requests: SimulatedRequest[];
  certificateId: number | undefined;
  /** The CSR of the order, or of its latest reissue. */
  csr: string | undefined;
  /** cs_provisioning_method as ordered, or as the latest reissue chose it. */
  provisioningMethod?: string;
  readonly organizationId: number | undefined;
  readonly alternativeOrderId: string | undefined;
  statusFlow: StatusFlow | undefined;
  /** Order-info reads and the time since the order or its last reissue, for the status flow. */
  flowStart: { calls: number; at: number };
  /** The issued certificate, once the order reaches `issued`. */
  certificate: IssuedCertificate | undefined;
  /** yyyy-MM-dd: the order's coverage, on orders whose coverage runs past the certificate (Multi-year Plans). */
  orderValidTill?: string;
  /** The order that renewed this one. */
  renewedOrderId?: number;
  /** The order this one renews (renewal_of_order_id). */
  readonly renewalOfOrderId?: number;
}

/** An order placed outside the API (a test's own earlier order), with the dates, status and body it chooses. */
export interface OrderSeed {
  readonly product: string;
  /** `issued` when not set. */
  readonly status?: string;
  /** The order's body as placed; its certificate fields and organization show in the order info. */
  readonly body: Record<string, unknown>;
  /** yyyy-MM-dd of the certificate; an issued (or expired, revoked) seed gets a real certificate with these dates shown. */
  readonly validFrom?: string;
  readonly validTill?: string;
  readonly orderValidTill?: string;
}

type Body = Record<string, unknown>;

const SIGNING_FAMILIES = ['code_signing', 'document_signing'];
const PROVISIONING_METHODS = ['ship_token', 'client_app', 'email'];
/** The statuses of a new order that a cancel ends (certcentral-2026.md §4). */
const CANCELABLE = ['pending', 'waiting_pickup'];

const PRODUCTS: Record<string, { family: string; validityYears: number[] }> = {
  code_signing: { family: 'code_signing', validityYears: [1, 2, 3] },
  code_signing_ev: { family: 'code_signing', validityYears: [1, 2, 3] },
  document_signing_org_1: { family: 'document_signing', validityYears: [1, 2, 3] },
  document_signing_org_2: { family: 'document_signing', validityYears: [1, 2, 3] },
  client_premium_sha2: { family: 'client', validityYears: [1, 2] },
  client_email_security_plus: { family: 'client', validityYears: [1, 2] },
  client_authentication_plus: { family: 'client', validityYears: [1, 2] },
  client_digital_signature_plus_sha2: { family: 'client', validityYears: [1, 2] },
  // certcentral-2026.md §1: the Strict and Multipurpose profiles allow 1 or 2 years.
  secure_email_mailbox: { family: 'secure_email', validityYears: [1, 2] },
  secure_email_sponsor: { family: 'secure_email', validityYears: [1, 2] },
  secure_email_organization: { family: 'secure_email', validityYears: [1, 2] },
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
  /**
   * is_renewed and renewed_order_id are in DigiCert's older order-info example and in client libraries, not in the
   * current table; false leaves them out, as an account whose answers lack them would. Renewals are refused alike.
   */
  reportsRenewals: boolean;
  private readonly server: Server;
  private readonly options: SimulatorOptions;
  private readonly apiKey: string | undefined;
  private readonly injected: InjectedAnswer[] = [];
  /** The per-key rate limits, when the simulator enforces them. */
  readonly rateLimiter: RateLimiter | undefined;
  immediateIssuance: boolean;
  /** A fixed answer to an empty look-up; each in turn when undefined. */
  emptyLookup: EmptyLookup | undefined;
  /** How many empty look-ups were answered, to take each form in turn. */
  private emptyLookups = 0;
  private readonly pki = new TestPki();
  private nextId = { order: 112233, request: 113, certificate: 500001, organization: 700001 };

  constructor(server: Server, options: SimulatorOptions) {
    this.server = server;
    this.options = options;
    this.apiKey = options.apiKey;
    this.approval = options.approval ?? 'one-step';
    this.statusFlow = options.statusFlow;
    this.reportsRenewals = options.reportsRenewals ?? true;
    this.rateLimiter = options.rateLimits ? new RateLimiter(options.rateLimits) : undefined;
    this.immediateIssuance = options.immediateIssuance ?? false;
    this.emptyLookup = options.emptyLookup;
    const scheme = options.tls ? 'https' : 'http';
    this.url = `${scheme}://${options.hostname ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}/services/v2`;
  }

  /**
   * Back to the options it was started with, between tests: the recorded requests, waiting faults and answers are
   * cleared; the orders stay, with their own IDs.
   */
  reset(): void {
    this.approval = this.options.approval ?? 'one-step';
    this.statusFlow = this.options.statusFlow;
    this.reportsRenewals = this.options.reportsRenewals ?? true;
    this.immediateIssuance = this.options.immediateIssuance ?? false;
    this.emptyLookup = this.options.emptyLookup;
    this.forgetRequests();
    this.faults.clear();
    this.injected.length = 0;
  }

  /** The requests so far were a test's setup: only those after this are looked at. */
  forgetRequests(): void {
    this.requests.length = 0;
  }

  /** The next `count` requests get this answer. */
  answerNext(answer: InjectedAnswer, count = 1): void {
    for (let i = 0; i < count; i++) this.injected.push(answer);
  }

  /** The ID the next order will get. */
  get nextOrderId(): number {
    return this.nextId.order;
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

  /**
   * Stores an order as if it had been placed earlier, with the dates, status and body the test chooses. Its
   * certificate is real (so it can be downloaded), but shows the chosen dates in the order info.
   */
  async seedOrder(seed: OrderSeed): Promise<SimulatedOrder> {
    const status = seed.status ?? 'issued';
    const hasCertificate = ['issued', 'expired', 'revoked', 'reissue_pending'].includes(status);
    const order: SimulatedOrder = {
      id: this.nextId.order++,
      product: seed.product,
      status,
      body: seed.body,
      requests: [{ id: this.nextId.request++, status: hasCertificate ? 'approved' : 'pending', type: 'new_request' }],
      certificateId: hasCertificate ? this.nextId.certificate++ : undefined,
      organizationId: undefined,
      alternativeOrderId: undefined,
      statusFlow: undefined,
      flowStart: { calls: 0, at: Date.now() },
      certificate: undefined,
      orderValidTill: seed.orderValidTill,
      csr: undefined,
      provisioningMethod:
        typeof seed.body.cs_provisioning_method === 'string' ? seed.body.cs_provisioning_method : undefined,
    };
    if (status === 'reissue_pending') {
      order.requests.push({ id: this.nextId.request++, status: 'pending', type: 'reissue' });
    }
    if (hasCertificate) {
      const family = (PRODUCTS[seed.product]?.family ?? 'client') as LeafKind;
      const issued = await this.pki.issue(commonName(order), family, 1);
      order.certificate = {
        ...issued,
        validFrom: seed.validFrom ?? issued.validFrom,
        validTill: seed.validTill ?? issued.validTill,
      };
    }
    this.orders.set(order.id, order);
    return order;
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
    if (fault?.waitFor) await fault.waitFor();

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
    const retryAfter = this.rateLimiter?.admit(String(key));
    if (retryAfter !== undefined) {
      if (replaceAnswer(response)) return;
      const payload = JSON.stringify({
        errors: [{ code: 'request_limit_exceeded', message: 'You have exceeded the rate limit for this API key.' }],
      });
      response.writeHead(429, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(payload),
        'Retry-After': String(retryAfter),
      });
      response.end(payload);
      return;
    }
    const hasBody = request.method === 'POST' || request.method === 'PUT';
    if (hasBody && !/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
      return sendErrors(response, 415, [
        { code: 'bad_request_format', message: 'Content-Type must be application/json.' },
      ]);
    }
    if (hasBody && !isObject(body)) {
      return sendErrors(response, 400, [
        { code: 'bad_request_format', message: 'The request body is not a JSON object.' },
      ]);
    }

    let match: RegExpExecArray | null;
    if (request.method === 'POST' && (match = /^\/order\/certificate\/(\d+)\/reissue$/.exec(path))) {
      return await this.reissue(Number(match[1]), body as Body, response);
    }
    if (request.method === 'POST' && (match = /^\/order\/certificate\/([^/]+)$/.exec(path))) {
      return await this.order(decodeURIComponent(match[1] as string), body as Body, response);
    }
    if (request.method === 'PUT' && (match = /^\/order\/certificate\/(\d+)\/status$/.exec(path))) {
      return this.updateStatus(Number(match[1]), body as Body, response);
    }
    if (request.method === 'PUT' && (match = /^\/request\/(\d+)\/status$/.exec(path))) {
      return this.updateRequestStatus(Number(match[1]), body as Body, response);
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

  private async order(product: string, body: Body, response: ServerResponse): Promise<void> {
    const rules = PRODUCTS[product];
    if (!rules)
      return sendErrors(response, 404, [{ code: 'not_found|product', message: `Product ${product} not found.` }]);
    const errors = orderErrors(rules.family, product, rules.validityYears, body);
    const csr = isObject(body.certificate) ? body.certificate.csr : undefined;
    if (errors.length === 0 && typeof csr === 'string') errors.push(...(await csrErrors(csr, rules.family)));
    if (errors.length > 0) return sendErrors(response, 400, errors);
    const renewed = isInteger(body.renewal_of_order_id)
      ? this.orders.get(body.renewal_of_order_id as number)
      : undefined;
    if (isInteger(body.renewal_of_order_id)) {
      const refusal = renewalRefusal(body.renewal_of_order_id as number, renewed);
      if (refusal) return sendErrors(response, 400, [refusal]);
    }

    const certificate = isObject(body.certificate) ? body.certificate : undefined;
    // New organization details make an organization; a Secure Email for Individual order may name none.
    const organizationId =
      isObject(body.organization) && body.organization.id === undefined ? this.nextId.organization++ : undefined;
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
      requests: [{ id: this.nextId.request++, status: requestStatus, type: 'new_request', ...comments(body) }],
      certificateId: requestStatus === 'approved' ? this.nextId.certificate++ : undefined,
      csr: typeof certificate?.csr === 'string' ? certificate.csr : undefined,
      provisioningMethod: typeof body.cs_provisioning_method === 'string' ? body.cs_provisioning_method : undefined,
      organizationId,
      alternativeOrderId: typeof body.alternative_order_id === 'string' ? body.alternative_order_id : undefined,
      statusFlow: this.statusFlow,
      flowStart: { calls: 0, at: Date.now() },
      certificate: undefined,
      renewalOfOrderId: renewed?.id,
    };
    this.orders.set(order.id, order);
    if (renewed) renewed.renewedOrderId = order.id;
    const chain = order.certificateId !== undefined && this.immediateIssuance ? await this.issueNow(order) : undefined;
    const [first] = order.requests as [SimulatedRequest];
    sendJson(response, 201, {
      id: order.id,
      requests: [{ id: first.id, status: first.status }],
      ...(order.certificateId !== undefined && { certificate_id: order.certificateId }),
      ...(chain && { certificate_chain: chain }),
      ...(organizationId !== undefined && { organization: { id: organizationId } }),
    });
  }

  /**
   * Issues an approved order at once, and gives the chain as DigiCert's immediate-issuance answer carries it: each
   * certificate with its subject's common name, CRLF line ends, and (since no order is promised) root first.
   */
  private async issueNow(order: SimulatedOrder): Promise<{ subject_common_name: string; pem: string }[]> {
    order.status = 'issued';
    order.statusFlow = undefined;
    const family = (PRODUCTS[order.product]?.family ?? 'client') as LeafKind;
    order.certificate = await this.pki.issue(commonName(order), family, issuedDays(order));
    const { leaf, intermediate, root } = await this.pemBundle(order.id);
    const entry = (name: string, pem: string) => ({ subject_common_name: name, pem: pem.replace(/\n/g, '\r\n') });
    return [
      entry('Simulated Root CA', root),
      entry(commonName(order), leaf),
      entry('Simulated Intermediate CA', intermediate),
    ];
  }

  private async reissue(orderId: number, body: Body, response: ServerResponse): Promise<void> {
    const order = this.orders.get(orderId);
    if (!order) return sendErrors(response, 404, [{ code: 'not_found|order', message: `Order ${orderId} not found.` }]);
    const family = PRODUCTS[order.product]?.family ?? '';
    const certificate = isObject(body.certificate) ? body.certificate : {};
    const errors: DigiCertError[] = [];
    if (!isObject(body.certificate)) errors.push(missing('certificate'));
    if (typeof certificate.signature_hash !== 'string') errors.push(missing('certificate.signature_hash'));
    if (SIGNING_FAMILIES.includes(family)) {
      // DigiCert's current reissue page: leave common_name out of code signing, EV code signing and document
      // signing reissues (certcentral-2026.md §3).
      if (certificate.common_name !== undefined) {
        errors.push(invalid('certificate.common_name', 'leave it out of code signing and document signing reissues'));
      }
    } else if (family !== 'secure_email' && typeof certificate.common_name !== 'string') {
      // A Secure Email certificate's common name follows its indicator; the reissue page does not ask for one.
      errors.push(missing('certificate.common_name'));
    }
    if (family === 'code_signing' && !isInteger((certificate.server_platform as Body | undefined)?.id)) {
      errors.push(missing('certificate.server_platform.id'));
    }
    errors.push(...reissueTypeErrors(body));
    // The sheet: code signing reissues may also carry cs_provisioning_method and ship_info, and the method need not
    // match the original order's. The ru page's table does not list them; they are checked as on an order.
    const givenMethod = body.cs_provisioning_method;
    if (family === 'code_signing') {
      if (givenMethod !== undefined && !PROVISIONING_METHODS.includes(givenMethod as string)) {
        errors.push(invalid('cs_provisioning_method', `allowed: ${PROVISIONING_METHODS.join(', ')}`));
      }
      if (body.ship_info !== undefined) errors.push(...shipInfoErrors(body.ship_info, family));
    }
    errors.push(...reissueCsrErrors(family, certificate.csr, givenMethod ?? order.provisioningMethod));
    if (errors.length === 0 && typeof certificate.csr === 'string') {
      errors.push(...(await csrErrors(certificate.csr, family)));
    }
    if (errors.length > 0) return sendErrors(response, 400, errors);

    // The reissued certificate replaces the current one when the order is issued again.
    if (typeof givenMethod === 'string') order.provisioningMethod = givenMethod;
    order.flowStart = { calls: 0, at: Date.now() };
    order.certificate = undefined;
    order.csr = typeof certificate.csr === 'string' ? certificate.csr : undefined;
    if (body.skip_approval === true) {
      // The page's answer names no request; order info is taken to list the reissue as an approved one.
      order.requests.push({ id: this.nextId.request++, status: 'approved', type: 'reissue', ...comments(body) });
      order.certificateId = this.nextId.certificate++;
      order.status = 'reissue_pending';
      const chain = this.immediateIssuance ? await this.issueNow(order) : undefined;
      return sendJson(response, 201, {
        id: order.id,
        certificate_id: order.certificateId,
        ...(chain && { certificate_chain: chain }),
      });
    }
    const request: SimulatedRequest = {
      id: this.nextId.request++,
      status: 'pending',
      type: 'reissue',
      ...comments(body),
    };
    order.requests.push(request);
    order.status = 'reissue_pending';
    sendJson(response, 201, { id: order.id, requests: [{ id: request.id }] });
  }

  /**
   * PUT /order/certificate/{order_id}/status `{status, note}` (certcentral-2026.md §4): `canceled` (case-sensitive,
   * with a note) cancels a new order that is pending or waiting_pickup, or the pending reissue of an order in
   * reissue_pending (the order goes back to issued, and the reissue's request is rejected with the note as its
   * processor comment); 204. `renewed`/`not_renewed` apply to migrated orders, which the simulator has none of. The
   * pages name no error code for a refusal; these are the simulator's own.
   */
  private updateStatus(orderId: number, body: Body, response: ServerResponse): void {
    const order = this.orders.get(orderId);
    if (!order) return sendErrors(response, 404, [{ code: 'not_found|order', message: `Order ${orderId} not found.` }]);
    if (body.status !== 'canceled') return sendErrors(response, 400, [invalid('status', 'allowed: canceled')]);
    if (typeof body.note !== 'string' || body.note === '') return sendErrors(response, 400, [missing('note')]);
    if (order.status === 'reissue_pending') {
      const reissue = order.requests.findLast((request) => request.type === 'reissue');
      if (reissue) {
        reissue.status = 'rejected';
        reissue.processorComment = body.note;
      }
      order.status = 'issued';
    } else if (CANCELABLE.includes(order.status)) {
      order.status = 'canceled';
    } else {
      return sendErrors(response, 400, [
        { code: 'invalid_status', message: `Order ${orderId} is ${order.status} and cannot be canceled.` },
      ]);
    }
    order.statusFlow = undefined;
    sendEmpty(response);
  }

  /**
   * PUT /request/{request_id}/status `{status, processor_comment}` (certcentral-2026.md §4): rejecting the request of
   * an order waiting for approval rejects the order; rejecting a pending reissue's request puts the order back to
   * issued; approving one lets it move on. The page shows an empty answer without its code: 204 here. Which requests
   * can be rejected is not documented: here, those not approved or rejected yet.
   */
  private updateRequestStatus(requestId: number, body: Body, response: ServerResponse): void {
    const order = [...this.orders.values()].find((candidate) => candidate.requests.some((r) => r.id === requestId));
    const request = order?.requests.find((candidate) => candidate.id === requestId);
    if (!order || !request) {
      return sendErrors(response, 404, [{ code: 'not_found|request', message: `Request ${requestId} not found.` }]);
    }
    if (!['submitted', 'pending', 'approved', 'rejected'].includes(body.status as string)) {
      return sendErrors(response, 400, [invalid('status', 'allowed: submitted, pending, approved, rejected')]);
    }
    if (request.status === 'approved' || request.status === 'rejected') {
      return sendErrors(response, 400, [
        { code: 'invalid_status', message: `Request ${requestId} is ${request.status} already.` },
      ]);
    }
    request.status = body.status as SimulatedRequest['status'];
    if (typeof body.processor_comment === 'string') request.processorComment = body.processor_comment;
    if (request.status === 'rejected') {
      order.status = request.type === 'reissue' ? 'issued' : 'rejected';
      order.statusFlow = undefined;
    } else if (request.status === 'approved' && order.status === 'needs_approval') {
      order.status = 'pending';
    }
    sendEmpty(response);
  }

  /** An alternative order id no order carries gets one of the three readings of "none" (EmptyLookup). */
  private ordersByAlternativeId(alternativeOrderId: string, response: ServerResponse): void {
    const orders = [...this.orders.values()]
      .filter((order) => order.alternativeOrderId === alternativeOrderId)
      .map((order) => ({ order_id: order.id, certificate_id: order.certificateId, status: order.status }));
    if (orders.length > 0) {
      return sendJson(response, 200, { orders, page: { total: orders.length, limit: 1000, offset: 0 } });
    }
    const form = this.emptyLookup ?? (EMPTY_LOOKUPS[this.emptyLookups++ % EMPTY_LOOKUPS.length] as EmptyLookup);
    const page = { total: 0, limit: 1000, offset: 0 };
    if (form === 'empty-orders') return sendJson(response, 200, { orders: [], page });
    if (form === 'page-only') return sendJson(response, 200, { page });
    sendErrors(response, 404, [
      { code: 'not_found', message: `No order has alternative order ID ${alternativeOrderId}.` },
    ]);
  }

  private async orderInfo(orderId: number, response: ServerResponse): Promise<void> {
    const order = this.orders.get(orderId);
    if (!order) return sendErrors(response, 404, [{ code: 'not_found|order', message: `Order ${orderId} not found.` }]);
    await this.moveOn(order);
    const certificate = order.certificate;
    const organizationId =
      order.organizationId ?? (isObject(order.body.organization) ? order.body.organization.id : undefined);
    sendJson(response, 200, {
      id: order.id,
      status: order.status,
      product: { name_id: order.product },
      certificate: {
        id: order.certificateId,
        common_name: commonName(order),
        ...orderedCertificateFields(order.body, PRODUCTS[order.product]?.family ?? ''),
        organization: { id: organizationId },
        ...(order.csr !== undefined && { csr: order.csr }),
        ...(certificate && {
          serial_number: certificate.serialNumber,
          thumbprint: certificate.thumbprint,
          valid_from: certificate.validFrom,
          valid_till: certificate.validTill,
          days_remaining: Math.max(0, daysUntil(certificate.validTill)),
        }),
      },
      organization: { id: organizationId },
      ...orderedFields(order.body),
      ...(order.provisioningMethod !== undefined && { cs_provisioning_method: order.provisioningMethod }),
      ...(order.orderValidTill !== undefined && { order_valid_till: order.orderValidTill }),
      ...(this.reportsRenewals && {
        is_renewed: order.renewedOrderId !== undefined,
        ...(order.renewedOrderId !== undefined && { renewed_order_id: order.renewedOrderId }),
      }),
      ...(order.renewalOfOrderId !== undefined && { is_renewal: true }),
      requests: order.requests.map(({ id, status, type, comments, processorComment }) => ({
        id,
        status,
        type,
        ...(comments !== undefined && { comments }),
        ...(processorComment !== undefined && { processor_comment: processorComment }),
      })),
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
    // A seeded order with a reissue under way still holds its old certificate until the reissue is issued.
    const reissueOpen = openRequest?.type === 'reissue' && openRequest.status !== 'approved';
    if (status === 'issued' && (!order.certificate || reissueOpen)) {
      if (openRequest) openRequest.status = 'approved';
      // A reissue issues a certificate with an id of its own.
      if (openRequest?.type === 'reissue' || order.certificateId === undefined) {
        order.certificateId = this.nextId.certificate++;
      }
      const family = PRODUCTS[order.product]?.family ?? 'client';
      order.certificate = await this.pki.issue(commonName(order), family as LeafKind, issuedDays(order));
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

/**
 * Days a new certificate of the order is valid: its term, at most its family's maximum (code signing 459, however long
 * the order), and within a longer coverage until it ends.
 */
function issuedDays(order: SimulatedOrder): number {
  const family = PRODUCTS[order.product]?.family ?? '';
  const coverage = order.orderValidTill === undefined ? Infinity : Math.max(1, daysUntil(order.orderValidTill));
  return Math.min(termDays(orderedTerm(order.body, family)), mostDays(family), coverage);
}

/** The days a term gives: to its date, its days, or its years (one year when none is given). */
function termDays(term: ReturnType<typeof orderedTerm>): number {
  if (term === undefined) return 365;
  if ('custom_expiration_date' in term) return Math.max(1, daysUntil(term.custom_expiration_date));
  return 'days' in term ? term.days : term.years * 365;
}

/**
 * The term that sets the certificate's days, in the form it was ordered: an expiration date, then days, then years,
 * each at the root or in order_validity. Order info shows it as `cert_validity` ("whichever form was used", §2).
 */
function orderedTerm(
  body: Body,
  family: string,
): { custom_expiration_date: string } | { days: number } | { years: number } | undefined {
  const orderValidity = isObject(body.order_validity) ? body.order_validity : {};
  const date = [body.custom_expiration_date, orderValidity.custom_expiration_date].find(isString);
  if (date !== undefined) return { custom_expiration_date: date };
  const days = [orderValidity.days, rootValidityDays(body, family)].find(isInteger);
  if (days !== undefined) return { days };
  const years = [orderValidity.years, body.validity_years].find(isInteger);
  return years === undefined ? undefined : { years };
}

function comments(body: Body): { comments?: string } {
  return typeof body.comments === 'string' ? { comments: body.comments } : {};
}

function commonName(order: SimulatedOrder): string {
  const certificate = isObject(order.body.certificate) ? order.body.certificate : {};
  if (typeof certificate.common_name === 'string') return certificate.common_name;
  const organization = isObject(order.body.organization) ? order.body.organization : {};
  if (PRODUCTS[order.product]?.family === 'secure_email') return secureEmailCommonName(certificate, organization);
  return typeof organization.name === 'string' ? organization.name : `Organization ${String(organization.id)}`;
}

/** What a Secure Email certificate's common name shows, by its indicator (the mailbox's is its address). */
function secureEmailCommonName(certificate: Body, organization: Body): string {
  const individual = isObject(certificate.individual) ? certificate.individual : {};
  const email = Array.isArray(certificate.emails) ? String(certificate.emails[0]) : 'mailbox';
  if (certificate.common_name_indicator === 'given_name_surname') {
    return `${String(individual.first_name)} ${String(individual.last_name)}`;
  }
  if (certificate.common_name_indicator === 'pseudonym') return String(individual.pseudonym);
  if (certificate.common_name_indicator === 'organization_name') return `Organization ${String(organization.id)}`;
  return email;
}

/**
 * The certificate fields of the order as placed, where DigiCert's order-info page shows them. A Secure Email order's
 * profile, usages, indicator and individual are not in that page's table (certcentral-2026.md §1): shown here as
 * placed, which is one reading. `cert_validity` shows the term that sets the certificate's days (§2).
 */
function orderedCertificateFields(body: Body, family: string): Body {
  const certificate = isObject(body.certificate) ? body.certificate : {};
  const fields: Body = {};
  for (const key of [
    'server_platform',
    'signature_hash',
    'organization_units',
    'emails',
    'profile_type',
    'usage_designation',
    'common_name_indicator',
    'individual',
  ]) {
    if (certificate[key] !== undefined) fields[key] = certificate[key];
  }
  const term = orderedTerm(body, family);
  if (term !== undefined) fields.cert_validity = term;
  return fields;
}

/** The order's own fields as placed: container and (as the older example shows) its term. */
function orderedFields(body: Body): Body {
  const fields: Body = {};
  for (const key of ['container', 'validity_years']) {
    if (body[key] !== undefined) fields[key] = body[key];
  }
  return fields;
}

/** Whole days from today (UTC) to a yyyy-MM-dd date. */
function daysUntil(date: string): number {
  const today = new Date().toISOString().slice(0, 10);
  return Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
}

/**
 * A renewal must name an order of the same account that is not renewed yet, whose certificate expires within 90
 * days or has expired ("renewable from 90 days before its certificate expires").
 */
function renewalRefusal(orderId: number, order: SimulatedOrder | undefined): DigiCertError | undefined {
  if (order?.renewedOrderId !== undefined) {
    return { code: 'order_renewed_already', message: `Order ${orderId} has already been renewed.` };
  }
  const validTill = order?.certificate?.validTill;
  const renewable =
    order !== undefined &&
    ['issued', 'expired'].includes(order.status) &&
    validTill !== undefined &&
    daysUntil(validTill) <= 90;
  return renewable
    ? undefined
    : { code: 'order_not_eligible_for_renewal', message: `Order ${orderId} is not eligible for renewal.` };
}

/**
 * The documented fields of an order, as DigiCert checks them: required fields, rules that tie fields together,
 * and the type of every field the pages document.
 */
function orderErrors(family: string, product: string, validityYears: number[], body: Body): DigiCertError[] {
  const errors: DigiCertError[] = [];
  const certificate = isObject(body.certificate) ? body.certificate : undefined;
  if (!certificate) errors.push(missing('certificate'));
  if (family === 'secure_email') {
    errors.push(...secureEmailErrors(product, body));
  } else {
    if (certificate?.signature_hash !== 'sha256') errors.push(invalid('certificate.signature_hash', 'allowed: sha256'));
    const organization = body.organization;
    if (!isObject(organization)) errors.push(missing('organization'));
    else if (organization.id !== undefined && !isInteger(organization.id))
      errors.push(invalid('organization.id', 'must be an int'));
    else if (organization.id === undefined) errors.push(...newOrganizationErrors(organization));
  }
  errors.push(...validityErrors(family, validityYears, body));
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
  if (body.ship_info !== undefined) errors.push(...shipInfoErrors(body.ship_info, family));

  // The code signing pages star cs_provisioning_method and ship_info "for EV"; the sheet says both products take
  // them since the 2023 hardware-key rule, and the pages' one example (for either product) sends them. DigiCert's
  // current page makes the method optional for both: without it the account's default applies (certcentral-2026.md
  // §2).
  const method = body.cs_provisioning_method;
  const platform = (certificate?.server_platform as Body | undefined)?.id;
  if (family === 'code_signing') {
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
  if (method !== undefined && !PROVISIONING_METHODS.includes(method as string)) {
    errors.push(invalid('cs_provisioning_method', `allowed: ${PROVISIONING_METHODS.join(', ')}`));
  }
  return errors;
}

/**
 * The term of an order, in any of the forms the pages give:
 * - validity_years, or custom_expiration_date, which overrides it (the seeds);
 * - `order_validity` with one unit, which the sheet lists for every order and certcentral-2026.md §2 for code signing;
 * - root `validity_days`, which DigiCert's changelog gives client certificates (§1, [CHG]); whether the Secure Email
 *   products take it is not reached, so they do here too.
 * How the forms combine is documented only for TLS and client certificates: every combination is accepted, and the
 * certificate's days follow the date, then the days, then the years.
 */
function validityErrors(family: string, validityYears: number[], body: Body): DigiCertError[] {
  const errors: DigiCertError[] = [];
  const validityDays = rootValidityDays(body, family);
  if (body.custom_expiration_date !== undefined) {
    errors.push(...expirationDateErrors(body.custom_expiration_date, family));
  } else if (body.validity_years === undefined && body.order_validity === undefined && validityDays === undefined) {
    errors.push(missing('validity_years'));
  } else if (body.validity_years !== undefined && !validityYears.includes(body.validity_years as number)) {
    errors.push(invalid('validity_years', `allowed: ${validityYears.join(', ')}`));
  }
  if (validityDays !== undefined) errors.push(...daysErrors('validity_days', validityDays, family));
  if (body.order_validity !== undefined)
    errors.push(...orderValidityErrors(body.order_validity, family, validityYears));
  return errors;
}

/** Root `validity_days`, where an order takes it (client and Secure Email, above); other orders ignore it. */
function rootValidityDays(body: Body, family: string): unknown {
  return family === 'client' || family === 'secure_email' ? body.validity_days : undefined;
}

/** `{"years": n}`, `{"days": n}` or `{"custom_expiration_date": "yyyy-MM-dd"}`, one unit (§2). */
function orderValidityErrors(orderValidity: unknown, family: string, validityYears: number[]): DigiCertError[] {
  if (!isObject(orderValidity) || Object.keys(orderValidity).length !== 1) {
    return [invalid('order_validity', 'an object with one of years, days or custom_expiration_date')];
  }
  const { years, days, custom_expiration_date: date } = orderValidity;
  if (days !== undefined) return daysErrors('order_validity.days', days, family);
  if (years !== undefined) {
    return validityYears.includes(years as number)
      ? []
      : [invalid('order_validity.years', `allowed: ${validityYears.join(', ')}`)];
  }
  if (date !== undefined) return expirationDateErrors(date, family);
  return [invalid('order_validity', 'an object with one of years, days or custom_expiration_date')];
}

/**
 * A term in days: code signing at most 459 since 2026-02-24 (§2); client and Secure Email certificates less than 825
 * days, as their expiration date (the es page; §1 gives Secure Email 824). Document signing has no documented bound.
 * DigiCert's error for a term over the maximum is documented for TLS only ([MYP]): its code is used here.
 */
function daysErrors(field: string, days: unknown, family: string): DigiCertError[] {
  if (!isInteger(days) || days < 1) return [invalid(field, 'must be an int from 1')];
  const most = mostDays(family);
  if (days <= most) return [];
  const certificates = family === 'code_signing' ? 'Code signing certificates' : 'Client certificates';
  return [{ code: 'invalid_value:validity_days', message: `${certificates} last at most ${most} days.` }];
}

function mostDays(family: string): number {
  return family === 'code_signing' ? 459 : family === 'client' || family === 'secure_email' ? 824 : Infinity;
}

const PRIMARY_USAGES = ['signing', 'key_management', 'dual_use'];
const COMMON_NAME_INDICATORS = ['email_address', 'given_name_surname', 'pseudonym', 'organization_name'];

/**
 * A Secure Email order (certcentral-2026.md §1), accepting each reading the section leaves open:
 * - signature_hash is not in the part of DigiCert's table that was read (Keyfactor sends one): optional;
 * - profile_type may be left out (the page gives strict and multipurpose as the default alike);
 * - primary_usage takes DigiCert's `signing` and Keyfactor's `key_management` and `dual_use`;
 * - a strict profile takes non_repudiation only; a multipurpose one, or none given, also client_auth and data
 *   encipherment, whose string is not reached: `data_encipherment` is the reading taken;
 * - common_name_indicator is required for sponsor and organization, and ignored for the mailbox;
 * - individual is required for the sponsor product; with email_address the page asks for both the names and the
 *   pseudonym, which reads like a slip, so that indicator asks for neither here; other products ignore it;
 * - sponsor and organization need a validated organization's id; the mailbox product may name one.
 */
function secureEmailErrors(product: string, body: Body): DigiCertError[] {
  const certificate = isObject(body.certificate) ? body.certificate : {};
  const errors: DigiCertError[] = [];
  if (
    certificate.signature_hash !== undefined &&
    !['sha256', 'sha384', 'sha512'].includes(certificate.signature_hash as string)
  ) {
    errors.push(invalid('certificate.signature_hash', 'allowed: sha256, sha384, sha512'));
  }
  if (!Array.isArray(certificate.emails) || certificate.emails.length === 0) errors.push(missing('certificate.emails'));
  const profile = certificate.profile_type;
  if (profile !== undefined && profile !== 'strict' && profile !== 'multipurpose') {
    errors.push(invalid('certificate.profile_type', 'allowed: strict, multipurpose'));
  }
  errors.push(...usageErrors(certificate.usage_designation, profile));
  const validated = product !== 'secure_email_mailbox';
  const indicator = certificate.common_name_indicator;
  if (validated && !COMMON_NAME_INDICATORS.includes(indicator as string)) {
    errors.push(
      indicator === undefined
        ? missing('certificate.common_name_indicator')
        : invalid('certificate.common_name_indicator', `allowed: ${COMMON_NAME_INDICATORS.join(', ')}`),
    );
  }
  if (product === 'secure_email_sponsor') errors.push(...individualErrors(certificate.individual, indicator));
  const organization = body.organization;
  if (organization !== undefined && !(isObject(organization) && isInteger(organization.id))) {
    errors.push(invalid('organization', 'an existing organization: {"id": int}'));
  } else if (validated && organization === undefined) {
    errors.push(missing('organization.id'));
  }
  return errors;
}

function usageErrors(usage: unknown, profile: unknown): DigiCertError[] {
  if (!isObject(usage)) return [missing('certificate.usage_designation')];
  const errors: DigiCertError[] = [];
  if (!PRIMARY_USAGES.includes(usage.primary_usage as string)) {
    errors.push(
      usage.primary_usage === undefined
        ? missing('certificate.usage_designation.primary_usage')
        : invalid('certificate.usage_designation.primary_usage', `allowed: ${PRIMARY_USAGES.join(', ')}`),
    );
  }
  const additional = usage.additional_usages;
  const allowed = profile === 'strict' ? ['non_repudiation'] : ['non_repudiation', 'client_auth', 'data_encipherment'];
  if (additional !== undefined && !(Array.isArray(additional) && additional.every((item) => allowed.includes(item)))) {
    errors.push(invalid('certificate.usage_designation.additional_usages', `allowed: ${allowed.join(', ')}`));
  }
  return errors;
}

function individualErrors(individual: unknown, indicator: unknown): DigiCertError[] {
  if (!isObject(individual)) return [missing('certificate.individual')];
  const needs: Record<string, string[]> = { given_name_surname: ['first_name', 'last_name'], pseudonym: ['pseudonym'] };
  const errors = (needs[indicator as string] ?? [])
    .filter((key) => typeof individual[key] !== 'string' || individual[key] === '')
    .map((key) => missing(`certificate.individual.${key}`));
  for (const [key, value] of Object.entries(individual)) {
    if (!isString(value)) errors.push(invalid(`certificate.individual.${key}`, 'must be a string'));
  }
  return errors;
}

/**
 * A reissue's CSR (certcentral-2026.md §3). Code and document signing: the HSM method (`email`, given or the order's)
 * needs one; the token methods offer no way to submit one, and what DigiCert does with one sent anyway is not
 * documented, so it is accepted (and unused); with no method known, both are accepted. Client certificates: the ru
 * page requires one, DigiCert's current pages let the recipient make the key in the browser: both are accepted.
 */
function reissueCsrErrors(family: string, csr: unknown, method: unknown): DigiCertError[] {
  if (csr !== undefined && (typeof csr !== 'string' || !csr.includes('CERTIFICATE REQUEST'))) {
    return [invalid('certificate.csr', 'a PEM CSR')];
  }
  if (SIGNING_FAMILIES.includes(family) && method === 'email' && csr === undefined) {
    return [missing('certificate.csr')];
  }
  return [];
}

/**
 * A CSR's self-signature and key, read with openssl. An unreadable one is `csr_invalid_cannot_parse` (DigiCert's
 * errors page). Keys: code signing takes RSA 3072 or larger, or ECC P-256 "or larger" (certcentral-2026.md §2);
 * client certificates RSA 2048 to 4096, or ECC P-256 or P-384 (§1); document signing has no documented rule. DigiCert
 * documents no error code for a key it will not issue for: this one is the simulator's own.
 */
async function csrErrors(csr: string, family: string): Promise<DigiCertError[]> {
  const key = await readCsrKey(csr);
  if (!key)
    return [
      { code: 'csr_invalid_cannot_parse', message: 'The CSR cannot be parsed or its signature does not verify.' },
    ];
  const rsa = key.type === 'rsa' || key.type === 'rsa-pss';
  const bits = key.bits ?? 0;
  const allowed =
    family === 'code_signing'
      ? (rsa && bits >= 3072) || (key.type === 'ec' && ['P-256', 'P-384', 'P-521'].includes(key.curve ?? ''))
      : family === 'client' || family === 'secure_email'
        ? (rsa && bits >= 2048 && bits <= 4096) || (key.type === 'ec' && ['P-256', 'P-384'].includes(key.curve ?? ''))
        : true;
  return allowed
    ? []
    : [
        {
          code: 'csr_key_not_allowed',
          message: `The CSR's key (${key.type} ${key.bits ?? key.curve ?? ''}) is not allowed for this product.`,
        },
      ];
}

/**
 * A new organization's details. The seeds and the sheet do not list them: the de-en page asks for "all required
 * parameters of the organization object" and points to DigiCert's Create organization page, which requires these.
 * Other keys (assumed_name, address2, validations, …) are accepted as they come.
 */
function newOrganizationErrors(organization: Body): DigiCertError[] {
  const errors = ['name', 'address', 'city', 'state', 'zip', 'country', 'telephone']
    .filter((key) => typeof organization[key] !== 'string')
    .map((key) => missing(`organization.${key}`));
  const contact = organization.organization_contact;
  if (!isObject(contact)) return [...errors, missing('organization.organization_contact')];
  return [
    ...errors,
    ...['first_name', 'last_name', 'email', 'telephone']
      .filter((key) => typeof contact[key] !== 'string')
      .map((key) => missing(`organization.organization_contact.${key}`)),
  ];
}

const DAY_MS = 86_400_000;

/**
 * yyyy-MM-dd, a real date, not in the past. The es page: for client certificates "less than 825 days in the
 * future". The other pages set no window beyond that.
 */
function expirationDateErrors(value: unknown, family: string): DigiCertError[] {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match ? new Date(`${value as string}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    return [invalid('custom_expiration_date', 'format yyyy-MM-dd')];
  }
  const now = new Date();
  const days = Math.round(
    (date.getTime() - Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) / DAY_MS,
  );
  if (days < 0) return [invalid('custom_expiration_date', 'must not be in the past')];
  if ((family === 'client' || family === 'secure_email') && days >= 825) {
    return [invalid('custom_expiration_date', 'must be less than 825 days in the future')];
  }
  return [];
}

/** The documented types of the fields the rules above do not already check. */
function typeErrors(body: Body): DigiCertError[] {
  const certificate = isObject(body.certificate) ? body.certificate : {};
  const organization = isObject(body.organization) ? body.organization : {};
  const container = isObject(body.container) ? body.container : {};
  const serverPlatform = isObject(certificate.server_platform) ? certificate.server_platform : {};
  const checks: [string, unknown, (value: unknown) => boolean, string][] = [
    ['certificate.csr', certificate.csr, isString, 'must be a string'],
    ['certificate.common_name', certificate.common_name, isString, 'must be a string'],
    ['certificate.emails', certificate.emails, isStringArray, 'must be an array of strings'],
    ['certificate.organization_units', certificate.organization_units, isStringArray, 'must be an array of strings'],
    ['certificate.server_platform', certificate.server_platform, isObject, 'must be an object'],
    ['certificate.server_platform.id', serverPlatform.id, isInteger, 'must be an int'],
    ['auto_renew', body.auto_renew, isInteger, 'must be an int'],
    ['renewal_of_order_id', body.renewal_of_order_id, isInteger, 'must be an int'],
    ['container', body.container, isObject, 'must be an object'],
    ['container.id', container.id, isInteger, 'must be an int'],
    ['validity_years', body.validity_years, isInteger, 'must be an int'],
    ['skip_approval', body.skip_approval, isBoolean, 'must be a bool'],
    ['use_org_as_common_name', body.use_org_as_common_name, isBoolean, 'must be a bool'],
    ['organization.skip_duplicate_org_check', organization.skip_duplicate_org_check, isBoolean, 'must be a bool'],
    // Only the fr page's example sends it, as 1; the table does not list it. 0/1 and true/false are both accepted.
    ['csa_agreed_to', body.csa_agreed_to, (value) => value === 0 || value === 1 || isBoolean(value), 'must be 0 or 1'],
    ['comments', body.comments, isString, 'must be a string'],
    ['custom_renewal_message', body.custom_renewal_message, isString, 'must be a string'],
    ['cs_provisioning_method', body.cs_provisioning_method, isString, 'must be a string'],
    ['additional_emails', body.additional_emails, isStringArray, 'must be an array of strings'],
    ['user_id_assignments', body.user_id_assignments, isIntegerArray, 'must be an array of ints'],
  ];
  const errors = checks
    .filter(([, value, isValid]) => value !== undefined && !isValid(value))
    .map(([name, , , detail]) => invalid(name, detail));
  if (body.subject !== undefined && !isObject(body.subject)) errors.push(invalid('subject', 'must be an object'));
  if (body.custom_fields !== undefined) {
    // The code signing, fr and es tables type custom_fields as an object; their examples and the sheet send an
    // array of entries. Both readings are accepted: one entry, or an array of them.
    const entries = Array.isArray(body.custom_fields) ? body.custom_fields : [body.custom_fields];
    if (!entries.every((entry) => isObject(entry) && isInteger(entry.metadata_id) && typeof entry.value === 'string')) {
      errors.push(invalid('custom_fields', 'a list of {metadata_id: int, value: string}'));
    }
  }
  return errors;
}

/** The code signing pages (de-en, ko) write the method STANDARD/EXPEDITED; the document signing page (fr) lower case. */
const SHIP_METHODS: Record<string, string[]> = {
  code_signing: ['STANDARD', 'EXPEDITED'],
  document_signing: ['standard', 'expedited'],
};

function shipInfoErrors(shipInfo: unknown, family: string): DigiCertError[] {
  if (!isObject(shipInfo)) return [invalid('ship_info', 'must be an object')];
  const errors = ['name', 'addr1', 'city', 'state', 'zip', 'country', 'method']
    .filter((key) => typeof shipInfo[key] !== 'string')
    .map((key) => missing(`ship_info.${key}`));
  if (shipInfo.addr2 !== undefined && !isString(shipInfo.addr2))
    errors.push(invalid('ship_info.addr2', 'must be a string'));
  const methods = SHIP_METHODS[family] ?? [];
  if (typeof shipInfo.method === 'string' && !methods.includes(shipInfo.method)) {
    errors.push(invalid('ship_info.method', `allowed: ${methods.join(', ')}`));
  }
  return errors;
}

/** The reissue page's (ru) types of the fields the reissue rules do not already check. */
function reissueTypeErrors(body: Body): DigiCertError[] {
  const certificate = isObject(body.certificate) ? body.certificate : {};
  const serverPlatform = isObject(certificate.server_platform) ? certificate.server_platform : {};
  const checks: [string, unknown, (value: unknown) => boolean, string][] = [
    ['certificate.common_name', certificate.common_name, isString, 'must be a string'],
    ['certificate.dns_names', certificate.dns_names, isStringArray, 'must be an array of strings'],
    ['certificate.server_platform', certificate.server_platform, isObject, 'must be an object'],
    ['certificate.server_platform.id', serverPlatform.id, isInteger, 'must be an int'],
    ['comments', body.comments, isString, 'must be a string'],
    ['skip_approval', body.skip_approval, isBoolean, 'must be a bool'],
  ];
  return checks
    .filter(([, value, isValid]) => value !== undefined && !isValid(value))
    .map(([name, , , detail]) => invalid(name, detail));
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

function isInteger(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isBoolean(value: unknown): boolean {
  return typeof value === 'boolean';
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every(isString);
}

function isIntegerArray(value: unknown): boolean {
  return Array.isArray(value) && value.every(isInteger);
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

/** 204 No Content, unless a fault takes the answer's place. */
function sendEmpty(response: ServerResponse): void {
  if (replaceAnswer(response)) return;
  response.writeHead(204);
  response.end();
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
