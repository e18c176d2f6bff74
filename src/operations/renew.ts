/**
 * operation renew: reads the order, then does what its certificate needs (renew-plan.ts): nothing, a reissue within
 * the order's coverage, or a renewal, a new order. It never renews an order twice: a renewed order is followed to
 * its renewal, and the renewal carries a key derived from the order and its certificate, looked up before the POST.
 */
import { CertCentralError, type CertCentralClient } from '../certcentral/client.ts';
import type { Host, Job } from './job.ts';
import { showDryRun } from './dry-run.ts';
import { pickUpIfAsked, sendOnce, type Sending } from './send-once.ts';
import type { FieldName } from '../rules/fields.ts';
import { FoundFailedError, reissueComments, type OrderKey, type Submitted } from './idempotency.ts';
import type { Hints } from './hints.ts';
import type { Settings } from '../inputs/settings.ts';
import { findOrdersByAlternativeId, getOrderInfo, type OrderInfo } from '../certcentral/order-info.ts';
import { pickUp, PickUpError } from './pick-up.ts';
import { isProductId, type ProductId } from '../rules/products.ts';
import {
  actionWhenDue,
  decideRenewal,
  isDeadEnd,
  reissueFields,
  renewalFacts,
  renewalFields,
  reissueKey,
  renewalKey,
  type PlannedFields,
  type RenewalAction,
  type RenewalFacts,
} from './renew-plan.ts';
import type { ApiRequest } from '../certcentral/api-request.ts';
import { buildBody } from '../rules/body.ts';
import { orderInfoOutputs } from './outputs.ts';
import { defaultMethodNote } from '../rules/validate.ts';

/** A renewal that is followed through more renewals than this is reported where the chain stops being read. */
const MAX_RENEWALS_FOLLOWED = 5;

/** DigiCert's refusals of a renewal: final, so not retried. */
const REFUSALS: Record<string, { title: string; advice: (hints: Hints) => string }> = {
  order_renewed_already: {
    title: 'Already renewed',
    advice: (hints) =>
      `DigiCert says the order is renewed already, by an order this action cannot see from the order info or the alternative_order_id. Nothing was ordered. Find the renewal in CertCentral (Orders) and watch it instead: ${hints.watchOther}.`,
  },
  order_not_eligible_for_renewal: {
    title: 'Not eligible for renewal',
    advice: (hints) =>
      `DigiCert will not renew this order (renewals open 90 days before the certificate expires, in the same account). Nothing was ordered. Look at the order in CertCentral; to replace it: ${hints.orderAnew}`,
  },
};

export async function renew(job: Job, now = new Date()): Promise<void> {
  const { settings, client, host } = job;
  const orderId = settings.orderId as number;
  const info = await getOrderInfo(client, orderId);
  const facts = renewalFacts(info);
  const decision = decideRenewal(facts, settings.renewWithinDays, now);

  if (decision.action === 'failed') {
    host.setOutput('order-id', String(orderId));
    host.setOutput('order-status', info.exact.status);
    const advice = decision.anew ? ` ${host.hints.orderAnew}` : '';
    throw new RenewError(decision.title ?? 'Not renewable', `${decision.reason}${advice}`);
  }
  host.info(decision.reason);
  if (decision.action === 'renewed-already') {
    const renewal = await followRenewals(client, facts, host);
    setAction(host, 'renewed-already', `${decision.reason} ${renewal.note}`);
    await handOver(client, renewal.info, settings, host);
    return;
  }
  if (decision.action === 'none' || decision.action === 'pending') {
    setAction(host, decision.action, decision.reason);
    if (decision.action === 'none') warnAhead(facts, settings, host, now);
    if (decision.action === 'pending' && settings.pickUp.waitForIssuance && !settings.dryRun) {
      const reissuing = facts.status === 'reissue_pending' || facts.pendingReissue;
      await handOver(client, info, settings, host, reissuing ? facts.certificateId : undefined);
    } else {
      setCertificateOutputs(info, host);
    }
    return;
  }

  const product = orderProduct(facts, settings.product);
  const planned = plan(decision.action, facts, product, settings, now);
  for (const note of planned.notes) host.info(note);
  for (const warning of planned.findings.warnings) host.warning(warning);
  if (planned.findings.problems.length > 0) {
    host.setOutput('order-id', String(orderId));
    throw new RenewError(
      'Invalid input',
      `Invalid input for the ${decision.action === 'reissue' ? 'reissue' : 'renewal'} of order ${orderId}; only the order was read, nothing was sent:\n- ${planned.findings.problems.join('\n- ')}\nValues not given as inputs are copied from the order, where its order info shows them.`,
    );
  }
  if (planned.unused.length > 0) host.warning(unusedWarning(planned.unused, decision.action, orderId));
  const methodNote = decision.action === 'renew' ? defaultMethodNote(product, planned.values) : undefined;
  if (methodNote) host.info(methodNote);
  const body = buildBody(planned.values);
  const key = decision.action === 'reissue' ? reissueKey(facts) : renewalKey(facts);
  const request: ApiRequest =
    decision.action === 'reissue'
      ? {
          method: 'POST',
          path: `/order/certificate/${orderId}/reissue`,
          body: { ...body, comments: reissueComments(body.comments, key) },
        }
      : { method: 'POST', path: `/order/certificate/${product}`, body };
  if (settings.dryRun) {
    setAction(host, decision.action, decision.reason);
    return showDryRun(job, request, 'only the order was read; nothing else is sent.');
  }
  await place(job, { decision: decision.action, reason: decision.reason, request, key, info, facts, product });
}

function plan(
  action: 'reissue' | 'renew',
  facts: RenewalFacts,
  product: ProductId,
  settings: Settings,
  now: Date,
): PlannedFields {
  return action === 'reissue'
    ? reissueFields(facts, product, settings.fields, settings.csrKey)
    : renewalFields(facts, product, settings.fields, renewalKey(facts), now, settings.csrKey);
}

/**
 * With nothing to do today, checks the reissue or renewal the order will need once its certificate comes within the
 * window, so that what would stop it can be fixed before then.
 */
function warnAhead(facts: RenewalFacts, settings: Settings, host: Host, now: Date): void {
  const action = actionWhenDue(facts, settings.renewWithinDays);
  const what = action === 'reissue' ? 'reissue' : 'renewal';
  const productIssue = productProblem(facts, settings.product);
  const problems = productIssue
    ? [productIssue.problem]
    : plan(action, facts, facts.product as ProductId, settings, now).findings.problems;
  if (problems.length === 0) return;
  host.warning(
    `Nothing to do today, but once the certificate of order ${facts.orderId} is within renew-within-days (${settings.renewWithinDays}), its ${what} will fail with these inputs:\n- ${problems.join('\n- ')}`,
  );
}

/** A failure with a title for the annotation, as a pick-up failure has. */
export class RenewError extends PickUpError {
  constructor(title: string, message: string) {
    super(title, message);
    this.name = 'RenewError';
  }
}

interface Placement {
  readonly decision: 'reissue' | 'renew';
  /** Why, with the dates compared: the renewal-reason once it is done. */
  readonly reason: string;
  readonly request: ApiRequest;
  readonly key: string;
  /** The order as read. */
  readonly info: OrderInfo;
  readonly facts: RenewalFacts;
  readonly product: ProductId;
}

/**
 * Sends the reissue or renewal through the never-twice machinery of an order or reissue, then waits if asked. Each
 * carries a key derived from the order and its certificate: the renewal as its alternative_order_id, the reissue in
 * its comments.
 */
async function place(job: Job, placement: Placement): Promise<void> {
  const { decision, reason, request, key, info, facts, product } = placement;
  const { settings, client, host } = job;
  const source = `derived from order ${facts.orderId} and its certificate`;
  const alreadyRenewed = (renewalId: number | string) =>
    `Order ${facts.orderId} is already renewed by order ${renewalId}, which carries alternative_order_id ${key}; no renewal is placed.`;
  const orderKey: OrderKey =
    decision === 'renew'
      ? {
          value: key,
          derived: false,
          source,
          anew: `It is the renewal of order ${facts.orderId}, so no other renewal of this certificate is placed. ${host.hints.orderAnew}`,
          reusedNote: alreadyRenewed,
        }
      : { value: key, derived: false, reissue: true, source };
  host.info(
    decision === 'renew'
      ? `alternative_order_id ${key}, ${source}: looked up first, so a renewal placed by any earlier run is found instead of renewing again.`
      : `Reissue key ${key}, ${source}, added to the reissue's comments: the order's requests are checked first, so a reissue made by any earlier run for this certificate is found instead of reissuing again.`,
  );
  const as: Sending['as'] =
    decision === 'reissue' ? { ...settings, operation: 'reissue' } : { ...settings, operation: 'order', product };
  const what = `${decision === 'reissue' ? 'Reissuing' : 'Renewing'} order ${facts.orderId}`;
  let submitted: Submitted;
  try {
    submitted = await sendOnce(job, { request, as, key: orderKey, what, orderRead: info });
  } catch (error) {
    if (decision === 'renew' && isRefusal(error, 'order_renewed_already')) {
      const renewal = await renewalPlacedMeanwhile(client, key);
      if (renewal) {
        setAction(
          host,
          'renewed-already',
          `Order ${facts.orderId} was renewed meanwhile by order ${renewal.id}, which carries alternative_order_id ${key} (DigiCert answered order_renewed_already); no renewal is placed.`,
        );
        await handOver(client, renewal, settings, host);
        return;
      }
    }
    // Nothing was placed: the order read is the one to watch.
    host.setOutput('order-id', String(facts.orderId));
    if (error instanceof FoundFailedError) throw new RenewError(`Renewal ${error.orderStatus}`, error.message);
    throw refusal(error, facts.orderId, host.hints) ?? error;
  }
  if (submitted.found === 'before-sending' && decision === 'renew') {
    setAction(host, 'renewed-already', alreadyRenewed(submitted.outputs['order-id'] ?? ''));
  } else {
    setAction(host, decision, reason);
  }
  await pickUpIfAsked(job, submitted);
}

/** The order's product; a given product must be the same, as a renewal keeps it. */
function orderProduct(facts: RenewalFacts, given: ProductId | undefined): ProductId {
  const problem = productProblem(facts, given);
  if (problem) throw new RenewError(problem.title, problem.message);
  return facts.product as ProductId;
}

function productProblem(
  facts: RenewalFacts,
  given: ProductId | undefined,
): { title: string; message: string; problem: string } | undefined {
  if (!isProductId(facts.product)) {
    const problem = `order ${facts.orderId} is a ${facts.product || '(no product)'} order, which this action does not order or reissue.`;
    return { title: 'Unsupported product', message: `${problem} Nothing was sent.`, problem };
  }
  if (given !== undefined && given !== facts.product) {
    const problem = `product: "${given}" is given, but order ${facts.orderId} is a ${facts.product} order, and a renewal or reissue keeps the product. Allowed: ${facts.product}, or leave product out.`;
    return {
      title: 'Invalid input',
      message: `Invalid input; only the order was read, nothing was sent:\n- ${problem}`,
      problem,
    };
  }
  return undefined;
}

/** Follows renewed_order_id to the newest renewal, or finds the renewal by its key when the order names none. */
async function followRenewals(
  client: CertCentralClient,
  facts: RenewalFacts,
  host: Host,
): Promise<{ info: OrderInfo; note: string }> {
  let renewalId = facts.renewedOrderId;
  if (renewalId === undefined) {
    const key = renewalKey(facts);
    [renewalId] = await findOrdersByAlternativeId(client, key);
    if (renewalId === undefined) {
      throw new RenewError(
        'Renewal not found',
        `Order ${facts.orderId} is renewed (is_renewed), but its order info names no renewed_order_id, and no order carries alternative_order_id ${key}. Nothing was ordered. Find the renewal in CertCentral (Orders) and ${host.hints.watchOther}.`,
      );
    }
  }
  const chain = [facts.orderId];
  for (;;) {
    const info = await getOrderInfo(client, renewalId);
    chain.push(info.id);
    const next = renewalFacts(info).renewedOrderId;
    if (next === undefined || chain.length > MAX_RENEWALS_FOLLOWED) {
      const path = chain.length > 2 ? ` (renewals followed: ${chain.join(' → ')})` : '';
      if (isDeadEnd(info.status)) {
        host.setOutput('order-id', String(facts.orderId));
        throw new RenewError(
          `Renewal ${info.status}`,
          `Order ${facts.orderId} is renewed by order ${info.id}${path}, which is ${info.status}: there is no certificate to hand over, and DigiCert renews an order only once. Nothing was ordered. ${host.hints.orderAnew}`,
        );
      }
      host.info(`Watching order ${info.id} from now on${path}.`);
      return { info, note: `Reported: order ${info.id}${path}, ${info.status || '(no status)'}.` };
    }
    renewalId = next;
  }
}

/** The order's outputs: waits for it and downloads the certificate when asked, or shows what the read gave. */
async function handOver(
  client: CertCentralClient,
  info: OrderInfo,
  settings: Settings,
  host: Host,
  /** With a reissue under way: the certificate it replaces, which is not handed over. */
  replacing?: number,
): Promise<void> {
  host.setOutput('order-id', String(info.id));
  if (settings.pickUp.waitForIssuance && !settings.dryRun) {
    await pickUp(client, info.id, settings.pickUp, host, replacing);
    return;
  }
  setCertificateOutputs(info, host);
}

function setCertificateOutputs(info: OrderInfo, host: Host): void {
  host.setOutput('order-id', String(info.id));
  for (const [name, value] of Object.entries(orderInfoOutputs(info))) host.setOutput(name, value);
}

function setAction(host: Host, action: RenewalAction, reason: string): void {
  host.setOutput('renewal-action', action);
  host.setOutput('renewal-reason', reason);
}

/** Inputs today's action has no field for, though the other would send them: said, as they are not sent today. */
function unusedWarning(names: readonly FieldName[], action: 'reissue' | 'renew', orderId: number): string {
  const today = action === 'reissue' ? 'a reissue' : 'a renewal, a new order';
  const other = action === 'reissue' ? 'renewal' : 'reissue';
  const lines = names.map((name) => `- ${name}: ${today} has no field for it; a ${other} of the order would send it.`);
  return `Not sent today: order ${orderId} gets ${today}, so these inputs are left out:\n${lines.join('\n')}`;
}

/** Another run may have renewed the order since the look-up: its renewal carries the same key. */
async function renewalPlacedMeanwhile(client: CertCentralClient, key: string): Promise<OrderInfo | undefined> {
  try {
    const [renewalId] = await findOrdersByAlternativeId(client, key);
    return renewalId === undefined ? undefined : await getOrderInfo(client, renewalId);
  } catch (error) {
    // DigiCert's refusal, which says what to do, is the better message.
    if (error instanceof CertCentralError) return undefined;
    throw error;
  }
}

function isRefusal(error: unknown, code: string): boolean {
  return error instanceof CertCentralError && error.errors.some((entry) => entry.code === code);
}

/** DigiCert's final refusals of a renewal, with what to do. */
function refusal(error: unknown, orderId: number, hints: Hints): RenewError | undefined {
  if (!(error instanceof CertCentralError)) return undefined;
  const code = error.errors.map((entry) => entry.code).find((candidate) => candidate in REFUSALS);
  const known = code ? REFUSALS[code] : undefined;
  return known ? new RenewError(known.title, `${error.message} Order ${orderId}: ${known.advice(hints)}`) : undefined;
}
