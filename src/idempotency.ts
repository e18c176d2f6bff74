/**
 * Never buy twice. An order carries an alternative_order_id (the user's, or one derived from the
 * GitHub Actions run), which is looked up before the POST and again whenever a POST's fate is
 * unknown; a reissue is checked against the order's requests. A POST is sent again only after such
 * a check proves that CertCentral did not carry it out.
 */
import { createHash } from 'node:crypto';
import { CertCentralError, type CertCentralClient } from './client.ts';
import type { Settings } from './inputs.ts';
import { findOrdersByAlternativeId, getOrderInfo, type OrderInfo } from './order-info.ts';
import { resultOutputs, type ResultOutputs } from './outputs.ts';
import { isPlainObject } from './parse.ts';
import type { ApiRequest } from './request.ts';
import type { RetryPolicy } from './retry.ts';
import { statusKind } from './wait.ts';

export const MAX_ORDER_KEY_LENGTH = 64;

export interface OrderKey {
  readonly value: string;
  /** Derived from the run; otherwise the user's alternative-order-id. */
  readonly derived: boolean;
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
}

/**
 * The alternative_order_id of an order: the user's; in GitHub Actions, with idempotency on, one
 * derived from the run; otherwise none, and the body stays exactly what the inputs say.
 */
export function orderKey(
  settings: Settings,
  request: ApiRequest,
  currentRun: () => RunContext | undefined,
): OrderKey | undefined {
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

/** The request with the derived key in its body; a given key is there already. */
export function withOrderKey(request: ApiRequest, key: OrderKey | undefined): ApiRequest {
  if (!key?.derived) return request;
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

/** What CertCentral holds of a request whose fate is unknown. */
interface Check {
  /** A reissue's: the order's certificate before it, which the reissue replaces. */
  readonly previousCertificateId?: number;
  /** Outputs and a note when CertCentral carried the request out; undefined when it did not. */
  find(): Promise<Found | undefined>;
  /** Said when the check finds nothing. */
  readonly absent: string;
  /** How to check by hand. */
  readonly howToCheck: string;
}

interface Found {
  readonly note: string;
  /** Set when the earlier result can stand for this run's: an order with the same key. */
  readonly outputs?: ResultOutputs;
}

export interface Submitted {
  readonly outputs: ResultOutputs;
  /** Found by its key, before sending or after a send whose fate was unknown; the log line that found it says so. */
  readonly reused?: boolean;
  /** After a reissue: the certificate it replaces. */
  readonly previousCertificateId?: number;
}

/**
 * Sends the order or reissue at most once at CertCentral: reuses an order that already carries the
 * key, and after a POST whose fate is unknown sends it again only when a check proves it was not
 * carried out. Fails, saying how to check, whenever that cannot be proved.
 */
export async function submit(
  client: CertCentralClient,
  request: ApiRequest,
  settings: Settings,
  key: OrderKey | undefined,
  log: Log,
  /** Logged once, when the look-up found nothing and the request is about to be sent. */
  sending: string,
): Promise<Submitted> {
  const label = `${request.method} ${request.path}`;
  let check: Check | undefined;
  let existing: Found | undefined;
  try {
    check =
      settings.operation === 'reissue'
        ? await reissueCheck(client, settings.orderId as number)
        : key
          ? orderCheck(client, key, request, log)
          : undefined;
    existing = key ? await check?.find() : undefined;
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    throw error.withNote(
      `Nothing was sent to ${settings.operation === 'reissue' ? 'reissue' : 'order'}: the action checks first.`,
    );
  }
  if (existing?.outputs) {
    log.info(existing.note);
    return { outputs: existing.outputs, reused: true };
  }
  if (existing) throw new CertCentralError(`${existing.note} Nothing was ordered now.`);

  log.info(sending);
  const attempts = client.retry.start();
  for (;;) {
    let failure: CertCentralError;
    try {
      const outputs = resultOutputs(await client.send(request, attempts), label);
      return { outputs, previousCertificateId: check?.previousCertificateId };
    } catch (error) {
      if (!(error instanceof CertCentralError) || error.outcome !== 'unknown') throw error;
      failure = error;
    }
    const what = settings.operation === 'reissue' ? 'the reissue' : 'the order';
    if (failure.status !== undefined && failure.status >= 200 && failure.status < 300) {
      throw failure.withNote(`CertCentral may have carried out ${what}. ${check?.howToCheck ?? NO_KEY_ADVICE}`);
    }
    const unknown = `The request was sent, so CertCentral may have carried out ${what}.`;
    if (!check) throw failure.withNote(`${unknown} ${NO_KEY_ADVICE}`);

    let found: Found | undefined;
    try {
      found = await lookTwice(check, client.retry, client.retry.backoffMs(attempts.count));
    } catch (error) {
      throw failure.withNote(
        `${unknown} Checking whether it did failed too: ${(error as Error).message} ${check.howToCheck}`,
      );
    }
    if (found?.outputs) {
      log.info(`${failure.message} ${found.note}`);
      return { outputs: found.outputs, reused: true };
    }
    if (found) throw failure.withNote(found.note);
    const next = failure.retryable ? client.retry.next(attempts) : undefined;
    if (!next || 'stop' in next) {
      const stop = next && 'stop' in next ? ` ${next.stop}` : '';
      throw failure.withNote(`${check.absent}${stop} Running again is safe.`);
    }
    log.info(
      `${failure.message} ${check.absent} Sending it again (try ${attempts.count + 1} of ${client.retry.maxAttempts}).`,
    );
  }
}

/**
 * A request CertCentral is still working on can show up late, so one empty look proves nothing: looks
 * after the backoff (at least a request-timeout), and again a request-timeout later.
 */
async function lookTwice(check: Check, retry: RetryPolicy, backoffMs: number): Promise<Found | undefined> {
  await retry.sleep(Math.max(backoffMs, retry.requestTimeoutMs));
  const found = await check.find();
  if (found) return found;
  await retry.sleep(retry.requestTimeoutMs);
  return check.find();
}

const NO_KEY_ADVICE =
  'It was not sent again: the order carries no alternative_order_id to look it up by. It may exist: check the orders in CertCentral before running again. With alternative-order-id (or idempotency: true in GitHub Actions) the action checks by itself.';

function orderCheck(client: CertCentralClient, key: OrderKey, request: ApiRequest, log: Log): Check {
  const source = key.derived ? 'derived from this run, job and request' : 'from alternative-order-id';
  return {
    absent: `No order carries alternative_order_id ${key.value}, so CertCentral did not create one.`,
    howToCheck: `Check with GET /order/alternate/${key.value} before ordering again; a re-run of this job looks the id up first and reuses the order.`,
    async find() {
      const orderIds = await findOrdersByAlternativeId(client, key.value);
      const [first] = orderIds;
      if (first === undefined) return undefined;
      if (orderIds.length > 1) {
        log.warning(
          `${orderIds.length} orders carry alternative_order_id ${key.value}: ${orderIds.join(', ')}. Using the first, ${first}.`,
        );
      }
      const info = await getOrderInfo(client, first);
      if (statusKind(info.status) === 'failed') {
        return {
          note: `Order ${info.id} carries alternative_order_id ${key.value} (${source}), and it is ${info.status}: there is no certificate to hand over. To order anew, give another alternative-order-id, or run a new workflow run.`,
        };
      }
      return {
        note: `Order ${info.id} (${info.status}) already carries alternative_order_id ${key.value} (${source}): it is reused, and no order is placed.`,
        outputs: reusedOrderOutputs(info, request),
      };
    },
  };
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
    'request-status': first?.status ?? '',
    'certificate-id': info.certificate.id === undefined ? '' : String(info.certificate.id),
    'organization-id': typeof createdOrganization === 'number' ? String(createdOrganization) : '',
    response: info.text,
  };
}

/** A reissue shows up as a new request on the order, or a new certificate: compares with the order before. */
async function reissueCheck(client: CertCentralClient, orderId: number): Promise<Check> {
  const before = await getOrderInfo(client, orderId);
  const known = new Set(before.requests.map((request) => request.id));
  const howToCheck = `Check the requests of order ${orderId} with GET /order/certificate/${orderId} before reissuing again.`;
  return {
    previousCertificateId: before.certificate.id,
    absent: `Order ${orderId} has no new request and the same certificate, so CertCentral did not reissue it.`,
    howToCheck,
    async find() {
      const after = await getOrderInfo(client, orderId);
      const added = after.requests.filter((request) => !known.has(request.id));
      const certificateChanged = after.certificate.id !== before.certificate.id;
      if (added.length === 0 && !certificateChanged) return undefined;
      const evidence = [
        ...added.map(
          (request) => `request ${request.id} (${request.type || 'request'}, ${request.status || 'no status'})`,
        ),
        ...(certificateChanged
          ? [`certificate ${after.certificate.id ?? 'none'} instead of ${before.certificate.id ?? 'none'}`]
          : []),
      ];
      return {
        note: `Order ${orderId} now has ${evidence.join(' and ')}, which it did not have before: the reissue was probably made, so it was not sent again. ${howToCheck}`,
      };
    },
  };
}
