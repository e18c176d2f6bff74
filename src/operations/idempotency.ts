/**
 * Never buy twice. An order carries an alternative_order_id (the user's, or one derived from the
 * GitHub Actions run), which is looked up before the POST, at once whenever a POST's fate is unknown,
 * and once more after the order is placed, to settle a race with a concurrent run. A reissue carries
 * a key of its own in its comments, and is checked against the order's requests before and after.
 * A POST is sent again only after such a check proves that CertCentral did not carry it out.
 */
import { createHash } from 'node:crypto';
import { CertCentralError, type CertCentralClient } from '../certcentral/client.ts';
import type { Settings } from '../inputs/settings.ts';
import {
  CANCELABLE_STATUSES,
  cancelOrder,
  findOrdersByAlternativeId,
  getOrderInfo,
  rejectRequest,
  type OrderInfo,
  type OrderRequest,
} from '../certcentral/order-info.ts';
import { issuedChain, orderInfoOutputs, resultOutputs, type ResultOutputs } from './outputs.ts';
import { isPlainObject, positiveId } from '../common/parse.ts';
import type { ApiRequest } from '../certcentral/api-request.ts';
import { Attempts } from '../certcentral/retry.ts';
import { statusKind } from './wait.ts';
import type { Hints } from './hints.ts';

export const MAX_ORDER_KEY_LENGTH = 64;

export interface OrderKey {
  readonly value: string;
  /** Derived from the run; otherwise the user's alternative-order-id. */
  readonly derived: boolean;
  /** Where the key comes from, when neither: said in the log. */
  readonly source?: string;
  /** What to do when the order found by the key failed, when another key is no way out. */
  readonly anew?: string;
  /** A reissue's key, which travels in its comments; an order's travels as alternative_order_id. */
  readonly reissue?: true;
  /** How the log says that an order found by this key before sending is reused, when not in the general words. */
  readonly reusedNote?: (orderId: number) => string;
}

/** An order found by its key that failed (rejected, canceled…): nothing was sent, and there is nothing to hand over. */
export class FoundFailedError extends CertCentralError {
  readonly orderId: number;
  readonly orderStatus: string;

  constructor(message: string, orderId: number, orderStatus: string) {
    super(message);
    this.name = 'FoundFailedError';
    this.orderId = orderId;
    this.orderStatus = orderStatus;
  }
}

/** A failure after this run placed its order: the order exists, so its outputs are still set. */
export class PlacedOrderError extends CertCentralError {
  readonly outputs: ResultOutputs;

  constructor(failure: CertCentralError, outputs: ResultOutputs) {
    super(failure.message, failure.status, failure.errors, failure);
    this.name = 'PlacedOrderError';
    this.outputs = outputs;
  }
}

/** The GitHub Actions job an order is placed from. */
export interface RunContext {
  readonly repository: string;
  readonly runId: string;
  readonly job: string;
  /** The step's id (GITHUB_ACTION); the same in every attempt of the run. */
  readonly step: string;
}

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  /** Advice in the words of the host: action inputs or CLI flags. */
  readonly hints: Hints;
}

/**
 * The key of an order or reissue. An order's: the user's alternative_order_id; in GitHub Actions,
 * with idempotency on, one derived from the run. A reissue's: in GitHub Actions, with idempotency on,
 * one derived from the run, the order ID and the reissue's body. Otherwise none, and the body stays exactly what
 * the inputs say.
 */
export function orderKey(
  settings: Settings,
  request: ApiRequest,
  currentRun: () => RunContext | undefined,
): OrderKey | undefined {
  if (settings.operation === 'reissue') {
    if (!settings.safety.idempotency) return undefined;
    const run = currentRun();
    return run
      ? { value: deriveReissueKey(run, settings.orderId as number, request.body ?? {}), derived: true, reissue: true }
      : undefined;
  }
  if (settings.operation !== 'order') return undefined;
  const given = request.body?.alternative_order_id;
  if (typeof given === 'string') return { value: given, derived: false };
  if (!settings.safety.idempotency) return undefined;
  const run = currentRun();
  return run ? { value: deriveOrderKey(run, request.body ?? {}), derived: true } : undefined;
}

/**
 * `gha{run id}x{hash}`, letters and digits only, as the page describes the id: the hash covers the
 * repository, run, job, step and the request body, so a re-run attempt of the same job
 * (GITHUB_RUN_ATTEMPT is left out on purpose) sending the same request finds the earlier order,
 * while another request, step or job gets its own key.
 */
export function deriveOrderKey(run: RunContext, body: Readonly<Record<string, unknown>>): string {
  const { alternative_order_id: _ignored, ...rest } = body;
  const digest = createHash('sha256')
    .update(JSON.stringify([run.repository, run.runId, run.job, run.step, canonical(rest)]))
    .digest('hex');
  return `gha${run.runId}x${digest}`.slice(0, MAX_ORDER_KEY_LENGTH);
}

/**
 * `ghr{run id}x{hash}`: like an order's key, over the order ID and the reissue's body (its CSR, when it has one), so
 * a re-run of the job sending the same reissue finds it, and a new CSR reissues anew.
 */
export function deriveReissueKey(run: RunContext, orderId: number, body: Readonly<Record<string, unknown>>): string {
  const certificate = isPlainObject(body.certificate) ? body.certificate : {};
  // PEM wrapping and line ends do not make another CSR.
  const csr = typeof certificate.csr === 'string' ? { csr: certificate.csr.replace(/\s+/g, '') } : {};
  const hashed = { ...body, certificate: { ...certificate, ...csr } };
  const digest = createHash('sha256')
    .update(JSON.stringify([run.repository, run.runId, run.job, run.step, orderId, canonical(hashed)]))
    .digest('hex');
  return `ghr${run.runId}x${digest}`.slice(0, MAX_ORDER_KEY_LENGTH);
}

/** What a reissue's comments say about its key: the user's comments stay first, as written. */
export function reissueComments(userComments: unknown, key: string): string {
  const mark = `reissue key ${key}`;
  return typeof userComments === 'string' && userComments !== '' ? `${userComments}\n\n${mark}` : mark;
}

/** Whether comments carry this reissue key, as a whole word: renew12c5 is not found in renew12c51's comments. */
export function carriesReissueKey(comments: string, key: string): boolean {
  return comments.split(/[^0-9A-Za-z]+/).includes(key);
}

/**
 * The request with the derived key in its body: an order's as alternative_order_id (a given one is
 * there already), a reissue's added to its comments.
 */
export function withOrderKey(request: ApiRequest, key: OrderKey | undefined): ApiRequest {
  if (!key?.derived) return request;
  if (key.reissue) {
    return { ...request, body: { ...request.body, comments: reissueComments(request.body?.comments, key.value) } };
  }
  return { ...request, body: { ...request.body, alternative_order_id: key.value } };
}

/** Objects with their keys sorted, so equal bodies hash alike whatever their key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical(value[key])]),
  );
}

/** What CertCentral holds of an order or reissue this run wants. */
interface Check {
  /** A reissue's: the order's certificate before it, which the reissue replaces. */
  readonly previousCertificateId?: number;
  /** Before sending: an earlier order or reissue of this run's key, or a reason not to send. */
  existing(attempts: Attempts): Promise<Found | undefined>;
  /** After a POST whose fate is unknown: outputs and a note when CertCentral carried it out. */
  find(attempts: Attempts): Promise<Found | undefined>;
  /** Said when the check finds nothing. */
  readonly absent: string;
  /** How to check by hand. */
  readonly howToCheck: string;
}

interface Found {
  readonly note: string;
  /** Set when the earlier result can stand for this run's; otherwise the run fails with the note. */
  readonly outputs?: ResultOutputs;
  /** A reissue found before sending and not approved yet: the certificate it replaces, which is not its own. */
  readonly previousCertificateId?: number;
  /** An order found by its key that failed: its ID and status. */
  readonly failed?: { readonly orderId: number; readonly status: string };
}

export interface Submitted {
  readonly outputs: ResultOutputs;
  /** The certificate and its issuers (PEM), when this run's own answer says it was issued at once. */
  readonly chain?: readonly string[];
  /** After a reissue: the certificate it replaces. */
  readonly previousCertificateId?: number;
  /**
   * Set when the result is not this run's answer but an order or reissue found by a check, whose log line says so:
   * `before-sending`, already there (nothing was sent); `after-sending`, found after a send whose fate was unknown,
   * or the older order of a concurrent run with the same key.
   */
  readonly found?: 'before-sending' | 'after-sending';
}

/**
 * Sends the order or reissue at most once at CertCentral: reuses an order or reissue that already
 * carries the key, and after a POST whose fate is unknown looks at once, then after delays, and
 * sends it again only when the checks prove it was not carried out. Fails, saying how to check,
 * whenever that cannot be proved. Every look-up, try and wait counts against one overall deadline,
 * max-attempts × (request-timeout + 30 s).
 */
export async function submit(
  client: CertCentralClient,
  request: ApiRequest,
  settings: Settings,
  key: OrderKey | undefined,
  log: Log,
  /** Logged once, when the look-up found nothing and the request is about to be sent. */
  sending: string,
  /** A reissue's order as the caller has just read it, so the check before sending does not read it again. */
  orderRead?: OrderInfo,
): Promise<Submitted> {
  const label = `${request.method} ${request.path}`;
  const attempts = client.retry.start();
  const look = () => new Attempts(attempts.deadline);
  let check: Check | undefined;
  let existing: Found | undefined;
  try {
    check =
      settings.operation === 'reissue'
        ? await reissueCheck(client, settings.orderId as number, request, key, look(), orderRead)
        : key
          ? orderCheck(client, key, request, log)
          : undefined;
    existing = await check?.existing(look());
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    throw error.withNote(
      `Nothing was sent to ${settings.operation === 'reissue' ? 'reissue' : 'order'}: the action checks first.`,
    );
  }
  if (existing?.outputs) {
    log.info(existing.note);
    return {
      outputs: existing.outputs,
      previousCertificateId: existing.previousCertificateId,
      found: 'before-sending',
    };
  }
  if (existing) {
    const message = `${existing.note} Nothing was ${settings.operation === 'reissue' ? 'reissued' : 'ordered'} now.`;
    if (existing.failed) throw new FoundFailedError(message, existing.failed.orderId, existing.failed.status);
    throw new CertCentralError(message);
  }

  log.info(sending);
  for (;;) {
    const sent = await sendOnceOrUnknown(client, request, attempts, label);
    if ('outputs' in sent) {
      const { outputs, chain } = sent;
      if (key && !key.reissue) {
        const settled = await settleRace(client, key, outputs, request, look, log);
        return settled === outputs ? { outputs, chain } : { outputs: settled, found: 'after-sending' };
      }
      return { outputs, chain, previousCertificateId: check?.previousCertificateId };
    }
    const failure = sent.unknown;
    const what = settings.operation === 'reissue' ? 'the reissue' : 'the order';
    const answered = failure.status !== undefined && failure.status >= 200 && failure.status < 300;
    const unknown = answered
      ? `CertCentral may have carried out ${what}.`
      : `The request was sent, so CertCentral may have carried out ${what}.`;
    if (!check) throw failure.withNote(`${unknown} ${NO_KEY_ADVICE} ${log.hints.checksByItself}`);

    let found: Found | undefined;
    try {
      found = await lookNowThenLater(check, client, attempts);
    } catch (error) {
      throw failure.withNote(
        `${unknown} Checking whether it did failed too: ${(error as Error).message} ${check.howToCheck}`,
      );
    }
    if (found?.outputs) {
      log.info(`${failure.message} ${found.note}`);
      return { outputs: found.outputs, previousCertificateId: check.previousCertificateId, found: 'after-sending' };
    }
    if (found) throw failure.withNote(found.note);
    // An answer that said success is not sent again, even when the checks see nothing.
    if (answered) throw failure.withNote(`${unknown} ${check.howToCheck}`);
    const next = failure.retryable ? client.retry.next(attempts) : undefined;
    if (!next || 'stop' in next) {
      const stop = next && 'stop' in next ? ` ${next.stop}` : '';
      throw failure.withNote(`${check.absent}${stop} Running again is safe.`);
    }
    log.info(
      `${failure.message} ${check.absent} Sending it again (try ${attempts.count - attempts.rateLimited + 1} of ${client.retry.maxAttempts}).`,
    );
  }
}

/**
 * One send of the POST: its answer read, or a failure that leaves its fate unknown. Only these two steps can leave the
 * fate unknown; every other failure is thrown, and what follows a readable answer has an order ID.
 */
async function sendOnceOrUnknown(
  client: CertCentralClient,
  request: ApiRequest,
  attempts: Attempts,
  label: string,
): Promise<{ outputs: ResultOutputs; chain?: string[] } | { unknown: CertCentralError }> {
  try {
    const response = await client.send(request, attempts);
    return { outputs: resultOutputs(response, label), chain: issuedChain(response.json) };
  } catch (error) {
    if (!(error instanceof CertCentralError) || error.outcome !== 'unknown') throw error;
    return { unknown: error };
  }
}

/**
 * Looks at once: an order stored before the connection broke shows up right away. A request
 * CertCentral is still working on can show up late, so an empty look proves nothing: looks again
 * after the backoff (at least a request-timeout), and once more a request-timeout later, all within
 * the overall deadline.
 */
async function lookNowThenLater(
  check: Check,
  client: CertCentralClient,
  attempts: Attempts,
): Promise<Found | undefined> {
  const retry = client.retry;
  const look = () => check.find(new Attempts(attempts.deadline));
  const now = await look();
  if (now) return now;
  const waits = [Math.max(retry.backoffMs(attempts.count), retry.requestTimeoutMs), retry.requestTimeoutMs];
  for (const waitMs of waits) {
    if (!(await retry.sleepWithin(attempts, waitMs))) break;
    const found = await look();
    if (found) return found;
  }
  return undefined;
}

const NO_KEY_ADVICE =
  'It was not sent again: the order carries no alternative_order_id to look it up by. It may exist: check the orders in CertCentral before running again.';

function orderCheck(client: CertCentralClient, key: OrderKey, request: ApiRequest, log: Log): Check {
  const source = keySource(key);
  const existing = async (attempts: Attempts): Promise<Found | undefined> => {
    const orderIds = await findOrdersByAlternativeId(client, key.value, attempts);
    const [first] = orderIds;
    if (first === undefined) return undefined;
    if (orderIds.length > 1) {
      log.warning(
        `${orderIds.length} orders carry alternative_order_id ${key.value}: ${orderIds.join(', ')}. Using the first, ${first}.`,
      );
    }
    return describe(await getOrderInfo(client, first, { attempts: new Attempts(attempts.deadline) }), true);
  };
  /**
   * After a POST whose fate is unknown. One order with the key is the result, whoever placed it. Several that are
   * not failed mean a concurrent run ordered too, and this run cannot tell which one it placed (the bodies and keys
   * are the same, and it has no order ID): it cancels none of them, since it may be another's. It looks once more
   * after a request-timeout, by when a concurrent run that got a clear answer has canceled its own newer order; if
   * one open order is left, that is the result, otherwise the step fails naming them all.
   */
  const find = async (attempts: Attempts): Promise<Found | undefined> => {
    let open = await openOrders(attempts);
    if (open === undefined || open.length <= 1) return open?.length === 1 ? describe(open[0] as OrderInfo) : undefined;
    if (await client.retry.sleepWithin(attempts, client.retry.requestTimeoutMs)) {
      open = (await openOrders(new Attempts(attempts.deadline))) ?? open;
      if (open.length === 1) return describe(open[0] as OrderInfo);
    }
    const ids = open.map((info) => info.id);
    return {
      note: `Orders ${ids.join(', ')} carry alternative_order_id ${key.value} (${source}), and none of them is failed: a concurrent run with the same key ordered at the same moment, and as this run got no clear answer, it cannot tell which one it placed. It canceled none of them: keep the oldest, ${ids[0]}, and cancel the others in CertCentral while they are pending (at no cost). ${log.hints.laterRunFinds}`,
    };
  };
  /** The orders carrying the key that are not failed, oldest first; the first failed one when all are; none found: undefined. */
  const openOrders = async (attempts: Attempts): Promise<OrderInfo[] | undefined> => {
    const orderIds = await findOrdersByAlternativeId(client, key.value, attempts);
    if (orderIds.length === 0) return undefined;
    const infos: OrderInfo[] = [];
    for (const id of orderIds)
      infos.push(await getOrderInfo(client, id, { attempts: new Attempts(attempts.deadline) }));
    const open = infos.filter((info) => statusKind(info.status) !== 'failed');
    return open.length > 0 ? open : infos.slice(0, 1);
  };
  const describe = (info: OrderInfo, beforeSending = false): Found => {
    if (statusKind(info.status) === 'failed') {
      return {
        note: `Order ${info.id} carries alternative_order_id ${key.value} (${source}), and it is ${info.status}: there is no certificate to hand over. ${key.anew ?? log.hints.anotherKey}`,
        failed: { orderId: info.id, status: info.status },
      };
    }
    const reused =
      beforeSending && key.reusedNote
        ? key.reusedNote(info.id)
        : `Order ${info.id} (${info.status}) already carries alternative_order_id ${key.value} (${source}): it is reused, and no order is placed.`;
    return { note: reused, outputs: reusedOrderOutputs(info, request) };
  };
  return {
    absent: `No order carries alternative_order_id ${key.value}, so CertCentral did not create one.`,
    howToCheck: `Check with GET /order/alternate/${key.value} before ordering again; ${log.hints.laterRunFinds}`,
    existing,
    find,
  };
}

function keySource(key: OrderKey): string {
  if (key.source) return key.source;
  return key.derived ? 'derived from this run, job and request' : 'from alternative-order-id';
}

/**
 * Two runs with one key can both find nothing and both order. After placing its order, a run looks
 * the key up once more: when an older order that is not failed carries the key too, it withdraws its
 * own, newer order (not issued, so at no cost: canceled, or its request rejected while it waits for
 * approval) and reports the older one, so every run converges on the oldest. It withdraws only the
 * order it placed itself; when that order can no longer be withdrawn, it fails and names both.
 */
async function settleRace(
  client: CertCentralClient,
  key: OrderKey,
  placed: ResultOutputs,
  request: ApiRequest,
  look: () => Attempts,
  log: Log,
): Promise<ResultOutputs> {
  const own = Number(placed['order-id']);
  let older: OrderInfo | undefined;
  try {
    const others = (await findOrdersByAlternativeId(client, key.value, look())).filter((id) => id < own);
    for (const id of others) {
      const info = await getOrderInfo(client, id, { attempts: look() });
      if (statusKind(info.status) !== 'failed') {
        older = info;
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    log.warning(
      `Order ${own} was placed, but looking up alternative_order_id ${key.value} once more, to see whether a concurrent run ordered too, failed: ${error.message}`,
    );
    return placed;
  }
  if (!older) return placed;
  const both = `Orders ${older.id} and ${own} both carry alternative_order_id ${key.value} (${keySource(key)}): a concurrent run with the same key ordered at the same moment.`;
  const note = `Duplicate of order ${older.id} (alternative_order_id ${key.value}), placed by a concurrent run; withdrawn by the CertCentral order action.`;
  let withdrawn: string;
  try {
    withdrawn = await withdrawOwnOrder(client, own, Number(placed['request-id']), note, look);
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    throw new PlacedOrderError(
      error.withNote(
        `${both} This run's order ${own} could not be withdrawn, so both stand: decide which to keep, and cancel or revoke the other in CertCentral. The outputs are this run's order ${own}.`,
      ),
      placed,
    );
  }
  log.warning(
    `${both} This run ${withdrawn} its own, newer order ${own} (not issued, so at no cost); the older order ${older.id} (${older.status}) is the result.`,
  );
  return reusedOrderOutputs(older, request);
}

/**
 * Withdraws this run's own newer order, as DigiCert allows for its status: an order in pending or waiting_pickup is
 * canceled; one waiting for approval (needs_approval) has its request rejected; any other status cannot be withdrawn
 * and fails. Says which was done.
 */
async function withdrawOwnOrder(
  client: CertCentralClient,
  orderId: number,
  answeredRequestId: number,
  note: string,
  look: () => Attempts,
): Promise<'canceled' | 'rejected the request of'> {
  const info = await getOrderInfo(client, orderId, { attempts: look() });
  if (CANCELABLE_STATUSES.includes(info.status)) {
    await cancelOrder(client, orderId, note, look());
    return 'canceled';
  }
  const requestId =
    Number.isSafeInteger(answeredRequestId) && answeredRequestId > 0 ? answeredRequestId : info.requests[0]?.id;
  if (info.status === 'needs_approval' && requestId !== undefined) {
    await rejectRequest(client, requestId, note, look());
    return 'rejected the request of';
  }
  throw new CertCentralError(
    `Order ${orderId} is ${info.status || '(no status)'}, which DigiCert neither cancels (only pending and waiting_pickup) nor turns down by rejecting its request (needs_approval).`,
    undefined,
    [],
    { outcome: 'not-sent' },
  );
}

/** The outputs of an order found by its key, from its order info. */
function reusedOrderOutputs(info: OrderInfo, request: ApiRequest): ResultOutputs {
  const [first] = info.requests;
  const answer = JSON.parse(info.text) as Record<string, unknown>;
  const organization = isPlainObject(answer.organization) ? answer.organization : {};
  const ordered = request.body?.organization;
  // organization-id is set only when the order created the organization, as on a fresh order.
  const createdOrganization = isPlainObject(ordered) && ordered.id === undefined ? organization.id : undefined;
  return {
    'order-id': String(info.id),
    'request-id': first ? String(first.id) : '',
    'request-status': first?.exactStatus ?? '',
    'certificate-id': orderInfoOutputs(info)['certificate-id'],
    'organization-id': positiveId(createdOrganization)?.toString() ?? '',
    response: info.text,
  };
}

/** The outputs of a reissue found on its order: its request, and the certificate once it is issued. */
function reissueOutputs(
  info: OrderInfo,
  request: OrderRequest | undefined,
  certificateChanged: boolean,
): ResultOutputs {
  return {
    'order-id': String(info.id),
    'request-id': request ? String(request.id) : '',
    'request-status': request?.exactStatus ?? '',
    'certificate-id': certificateChanged ? orderInfoOutputs(info)['certificate-id'] : '',
    'organization-id': '',
    response: info.text,
  };
}

/** Whitespace aside, so that line breaks and PEM wrapping do not matter. */
function sameCsr(a: string, b: string): boolean {
  return a !== '' && a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/**
 * A reissue shows up as a request on the order whose comments carry its key, as its CSR on the
 * order, or (without a key) as a new request or certificate: compares with the order before.
 */
async function reissueCheck(
  client: CertCentralClient,
  orderId: number,
  request: ApiRequest,
  key: OrderKey | undefined,
  attempts: Attempts,
  orderRead: OrderInfo | undefined,
): Promise<Check> {
  const before = orderRead ?? (await getOrderInfo(client, orderId, { attempts }));
  const known = new Set(before.requests.map((entry) => entry.id));
  const csr = String((request.body?.certificate as { csr?: unknown } | undefined)?.csr ?? '');
  const howToCheck = `Check the requests of order ${orderId} with GET /order/certificate/${orderId} before reissuing again.`;
  const reissues = (info: OrderInfo) => info.requests.filter((entry) => entry.type === 'reissue');
  /**
   * The newest reissue request carrying this key; else the newest reissue request, when it is not approved yet and
   * the order shows this CSR. An approved one has made its certificate: the same CSR again (a year later) asks for
   * a new one.
   */
  const matching = (info: OrderInfo): { request: OrderRequest; by: string } | undefined => {
    const byKey = key ? reissues(info).findLast((entry) => carriesReissueKey(entry.comments, key.value)) : undefined;
    if (byKey) {
      const which = key?.source ? `reissue key ${key.value} (${key.source})` : `this run's reissue key ${key?.value}`;
      return { request: byKey, by: `carries ${which}` };
    }
    const newest = reissues(info).at(-1);
    const open = newest !== undefined && ['pending', 'submitted'].includes(newest.status);
    return open && sameCsr(info.certificate.csr, csr) ? { request: newest, by: 'is for this CSR' } : undefined;
  };
  return {
    previousCertificateId: before.certificate.id,
    absent: `Order ${orderId} has no new request and the same certificate, so CertCentral did not reissue it.`,
    howToCheck,
    async existing() {
      const match = matching(before);
      if (match) {
        const { request: found, by } = match;
        return {
          note: `Order ${orderId} already has reissue request ${found.id} (${found.status || 'no status'}), which ${by}: it is reused, and no reissue is sent.`,
          outputs: reissueOutputs(before, found, before.status === 'issued' && found.status === 'approved'),
          // Until its request is approved, the certificate the order shows is the one it replaces.
          previousCertificateId: found.status === 'approved' ? undefined : before.certificate.id,
        };
      }
      if (before.status === 'reissue_pending') {
        const pending = reissues(before).at(-1);
        return {
          note: `Order ${orderId} has a pending reissue${pending ? ` (request ${pending.id})` : ''} that this run did not make (neither its key nor its CSR matches); a reissue now would replace it. Approve or reject the pending reissue in CertCentral, then run again. ${howToCheck}`,
        };
      }
      return undefined;
    },
    async find(lookAttempts) {
      const after = await getOrderInfo(client, orderId, { attempts: lookAttempts });
      const match = matching(after);
      const added = after.requests.filter((entry) => !known.has(entry.id));
      const certificateChanged = after.certificate.id !== before.certificate.id;
      if (!match && added.length === 0 && !certificateChanged) return undefined;
      const made = match?.request ?? added.findLast((entry) => entry.type === 'reissue') ?? added.at(-1);
      const evidence = [
        ...added.map((entry) => `request ${entry.id} (${entry.type || 'request'}, ${entry.status || 'no status'})`),
        ...(certificateChanged
          ? [`certificate ${after.certificate.id ?? 'none'} instead of ${before.certificate.id ?? 'none'}`]
          : []),
      ];
      const which = match ? ` Request ${match.request.id} ${match.by}.` : '';
      return {
        note: `Order ${orderId} now has ${evidence.join(' and ') || `request ${made?.id}`}, which it did not have before: the reissue was made, so it was not sent again.${which}`,
        outputs: reissueOutputs(after, made, certificateChanged),
      };
    },
  };
}
