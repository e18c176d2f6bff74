/**
 * operation renew: reads the order, then does what its certificate needs (renew-plan.ts): nothing, a reissue within
 * the order's coverage, or a renewal, a new order. It never renews an order twice: a renewed order is followed to
 * its renewal, and the renewal carries a key derived from the order and its certificate, looked up before the POST.
 */
import type { ApiRequest } from '../certcentral/api-request.ts';
import type { CertCentralClient } from '../certcentral/client.ts';
import { CertCentralError } from '../certcentral/errors.ts';
import { findOrdersByAlternativeId, getOrderInfo, type OrderInfo } from '../certcentral/order-info.ts';
import { orderInfoOutputs } from '../certcentral/outputs.ts';
import { Failure, type FailureKind } from '../common/failure.ts';
import type { RenewSettings } from '../inputs/settings.ts';
import type { OrderKey, ReissueKey } from '../never-twice/keys.ts';
import { bodyWithKey } from '../never-twice/keys.ts';
import type { Submission, Submitted } from '../never-twice/submit.ts';
import { buildBody } from '../rules/body.ts';
import type { FieldName } from '../rules/fields.ts';
import { isProductId, type ProductId } from '../rules/products.ts';
import { defaultMethodNote } from '../rules/validate.ts';
import { showDryRun } from './dry-run.ts';
import type { Hints } from './hints.ts';
import type { Host, Job } from './job.ts';
import { pickUp } from './pick-up.ts';
import {
  actionWhenDue,
  decideRenewal,
  isDeadEnd,
  reissueFields,
  reissueKey,
  renewalFacts,
  renewalFields,
  renewalKey,
  type PlannedFields,
  type RenewalAction,
  type RenewalFacts,
} from './renew-plan.ts';
import { describeKey, pickUpIfAsked, sendOnce } from './send.ts';

/** A renewal that is followed through more renewals than this is reported where the chain stops being read. */
const MAX_RENEWALS_FOLLOWED = 5;

/** DigiCert's refusals of a renewal: final, so not retried. */
const REFUSALS: Record<string, { kind: FailureKind; advice: (hints: Hints) => string }> = {
  order_renewed_already: {
    kind: 'already-renewed',
    advice: (hints) =>
      `DigiCert says the order is renewed already, by an order this action cannot see from the order info or the alternative_order_id. Nothing was ordered. Find the renewal in CertCentral (Orders) and watch it instead: ${hints.watchOther}.`,
  },
  order_not_eligible_for_renewal: {
    kind: 'not-eligible',
    advice: (hints) =>
      `DigiCert will not renew this order (renewals open 90 days before the certificate expires, in the same account). Nothing was ordered. Look at the order in CertCentral; to replace it: ${hints.orderAnew}`,
  },
};

export async function renew(job: Job<RenewSettings>, now = new Date()): Promise<void> {
  const { settings, client, host } = job;
  const info = await getOrderInfo(client, settings.orderId);
  const facts = renewalFacts(info);
  host.readOrder?.({ orderId: facts.orderId, product: facts.product, validTill: facts.validTill });
  const decision = decideRenewal(facts, settings.renewWithinDays, now);
  if (decision.action === 'failed') {
    host.setOutput('order-id', String(settings.orderId));
    host.setOutput('order-status', info.exact.status);
    const advice = decision.anew ? ` ${host.hints.orderAnew}` : '';
    throw new Failure(decision.kind, `${decision.reason}${advice}`, { detail: decision.detail });
  }
  host.info(decision.reason);
  switch (decision.action) {
    case 'renewed-already':
      return reportRenewal(job, facts, decision.reason);
    case 'none':
    case 'pending':
      return reportNothingDue(job, info, facts, { action: decision.action, reason: decision.reason }, now);
    case 'reissue':
    case 'renew':
      return sendDue(job, info, facts, { action: decision.action, reason: decision.reason }, now);
  }
}

/** The order is renewed: its renewal, followed, is what the run reports. */
async function reportRenewal({ settings, client, host }: Job<RenewSettings>, facts: RenewalFacts, reason: string) {
  const renewal = await followRenewals(client, facts, host);
  setAction(host, 'renewed-already', `${reason} ${renewal.note}`);
  await handOver(client, renewal.info, settings, host);
}

/** Nothing to send: the certificate is valid long enough, or the order is not issued yet or being reissued. */
async function reportNothingDue(
  { settings, client, host }: Job<RenewSettings>,
  info: OrderInfo,
  facts: RenewalFacts,
  decision: { readonly action: 'none' | 'pending'; readonly reason: string },
  now: Date,
): Promise<void> {
  setAction(host, decision.action, decision.reason);
  if (decision.action === 'none') warnAhead(facts, settings, host, now);
  if (decision.action === 'pending' && settings.pickUp.waitForIssuance && !settings.dryRun) {
    const reissuing = facts.status === 'reissue_pending' || facts.pendingReissue;
    await handOver(client, info, settings, host, reissuing ? facts.certificateId : undefined);
    return;
  }
  setCertificateOutputs(info, host);
}

/** A reissue or a renewal is due: planned from the order and the inputs, checked, then sent at most once. */
async function sendDue(
  job: Job<RenewSettings>,
  info: OrderInfo,
  facts: RenewalFacts,
  decision: { readonly action: 'reissue' | 'renew'; readonly reason: string },
  now: Date,
): Promise<void> {
  const { settings, host } = job;
  const { action } = decision;
  const product = orderProduct(facts, settings.product);
  const planned = plan(action, facts, product, settings, now);
  for (const note of planned.notes) host.info(note);
  for (const warning of planned.findings.warnings) host.warning(warning);
  if (planned.findings.problems.length > 0) {
    host.setOutput('order-id', String(facts.orderId));
    throw new Failure(
      'invalid-input',
      `Invalid input for the ${action === 'reissue' ? 'reissue' : 'renewal'} of order ${facts.orderId}; only the order was read, nothing was sent:\n- ${planned.findings.problems.join('\n- ')}\nValues not given as inputs are copied from the order, where its order info shows them.`,
    );
  }
  if (planned.unused.length > 0) host.warning(unusedWarning(planned.unused, action, facts.orderId));
  const methodNote = action === 'renew' ? defaultMethodNote(product, planned.values) : undefined;
  if (methodNote) host.info(methodNote);
  const submission = submissionOf(action, facts, info, product, buildBody(planned.values));
  if (settings.dryRun) {
    setAction(host, action, decision.reason);
    return showDryRun(settings.baseUrl, host, submission.request, 'only the order was read; nothing else is sent.');
  }
  await place(job, facts, submission, decision.reason);
}

/**
 * The reissue or renewal, with a key derived from the order and its certificate: the renewal's as its
 * alternative_order_id, the reissue's in its comments.
 */
function submissionOf(
  action: 'reissue' | 'renew',
  facts: RenewalFacts,
  info: OrderInfo,
  product: ProductId,
  body: Record<string, unknown>,
): Submission {
  if (action === 'reissue') {
    const key: ReissueKey = { kind: 'renewal', value: reissueKey(facts), orderId: facts.orderId };
    const path = `/order/certificate/${facts.orderId}/reissue`;
    const request: ApiRequest = { method: 'POST', path, body: bodyWithKey(body, key, 'reissue') };
    return { kind: 'reissue', request, key, order: info };
  }
  const key: OrderKey = { kind: 'renewal', value: renewalKey(facts), renews: facts.orderId };
  const request: ApiRequest = {
    method: 'POST',
    path: `/order/certificate/${product}`,
    body: bodyWithKey(body, key, 'order'),
  };
  return { kind: 'order', request, key };
}

function plan(
  action: 'reissue' | 'renew',
  facts: RenewalFacts,
  product: ProductId,
  settings: RenewSettings,
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
function warnAhead(facts: RenewalFacts, settings: RenewSettings, host: Host, now: Date): void {
  const action = actionWhenDue(facts, settings.renewWithinDays);
  const what = action === 'reissue' ? 'reissue' : 'renewal';
  const issue = productProblem(facts, settings.product);
  const problems =
    issue.kind === 'problem' ? [issue.problem] : plan(action, facts, issue.product, settings, now).findings.problems;
  if (problems.length === 0) return;
  host.warning(
    `Nothing to do today, but once the certificate of order ${facts.orderId} is within renew-within-days (${settings.renewWithinDays}), its ${what} will fail with these inputs:\n- ${problems.join('\n- ')}`,
  );
}

/**
 * Sends the reissue or renewal through the never-twice machinery of an order or reissue, then waits if asked. A
 * renewal that DigiCert refuses as renewed already may have been placed meanwhile by another run with the same key.
 */
async function place(job: Job<RenewSettings>, facts: RenewalFacts, submission: Submission, reason: string) {
  const { settings, client, host } = job;
  const action = submission.kind === 'reissue' ? 'reissue' : 'renew';
  if (submission.key) host.info(describeKey(submission.key, submission.kind));
  const what = `${action === 'reissue' ? 'Reissuing' : 'Renewing'} order ${facts.orderId}`;
  let submitted: Submitted;
  try {
    submitted = await sendOnce(job, submission, what);
  } catch (error) {
    const renewal = action === 'renew' && isRefusal(error, 'order_renewed_already');
    const placedMeanwhile =
      renewal && submission.key ? await renewalPlacedMeanwhile(client, submission.key.value) : undefined;
    if (placedMeanwhile && submission.key) {
      setAction(
        host,
        'renewed-already',
        `Order ${facts.orderId} was renewed meanwhile by order ${placedMeanwhile.id}, which carries alternative_order_id ${submission.key.value} (DigiCert answered order_renewed_already); no renewal is placed.`,
      );
      await handOver(client, placedMeanwhile, settings, host);
      return;
    }
    // Nothing was placed: the order read is the one to watch.
    host.setOutput('order-id', String(facts.orderId));
    throw renewalFailure(error, facts.orderId, host.hints);
  }
  if (submitted.how === 'found' && submitted.when === 'before-sending' && action === 'renew') {
    const renewalId = submitted.outputs['order-id'];
    setAction(
      host,
      'renewed-already',
      `Order ${facts.orderId} is already renewed by order ${renewalId}, which carries alternative_order_id ${submission.key?.value}; no renewal is placed.`,
    );
  } else {
    setAction(host, action, reason);
  }
  await pickUpIfAsked(job, submitted);
}

/** A failure of the reissue or renewal, in renew's terms: a found renewal that failed, or DigiCert's refusal. */
function renewalFailure(error: unknown, orderId: number, hints: Hints): unknown {
  if (error instanceof Failure && error.kind === 'found-failed') return error.withNote('', 'renewal-failed');
  if (!(error instanceof CertCentralError)) return error;
  const code = error.errors.map((entry) => entry.code).find((candidate) => candidate in REFUSALS);
  const known = code ? REFUSALS[code] : undefined;
  return known ? error.withNote(`Order ${orderId}: ${known.advice(hints)}`, known.kind) : error;
}

/** The order's product; a given product must be the same, as a renewal keeps it. */
function orderProduct(facts: RenewalFacts, given: ProductId | undefined): ProductId {
  const issue = productProblem(facts, given);
  if (issue.kind === 'problem') throw issue.failure;
  return issue.product;
}

function productProblem(
  facts: RenewalFacts,
  given: ProductId | undefined,
): { kind: 'product'; product: ProductId } | { kind: 'problem'; problem: string; failure: Failure } {
  if (!isProductId(facts.product)) {
    const problem = `order ${facts.orderId} is a ${facts.product || '(no product)'} order, which this action does not order or reissue.`;
    return { kind: 'problem', problem, failure: new Failure('unsupported-product', `${problem} Nothing was sent.`) };
  }
  if (given !== undefined && given !== facts.product) {
    const problem = `product: "${given}" is given, but order ${facts.orderId} is a ${facts.product} order, and a renewal or reissue keeps the product. Allowed: ${facts.product}, or leave product out.`;
    const message = `Invalid input; only the order was read, nothing was sent:\n- ${problem}`;
    return { kind: 'problem', problem, failure: new Failure('invalid-input', message) };
  }
  return { kind: 'product', product: facts.product };
}

/** Follows renewed_order_id to the newest renewal, or finds the renewal by its key when the order names none. */
async function followRenewals(
  client: CertCentralClient,
  facts: RenewalFacts,
  host: Host,
): Promise<{ info: OrderInfo; note: string }> {
  let renewalId = facts.renewedOrderId ?? (await renewalByKey(client, facts, host));
  const chain = [facts.orderId];
  for (;;) {
    const info = await getOrderInfo(client, renewalId);
    chain.push(info.id);
    const next = renewalFacts(info).renewedOrderId;
    if (next === undefined || chain.length > MAX_RENEWALS_FOLLOWED) return lastRenewal(info, chain, facts, host);
    renewalId = next;
  }
}

/** An order renewed (is_renewed) whose order info names no renewed_order_id: its renewal, by the renewal's key. */
async function renewalByKey(client: CertCentralClient, facts: RenewalFacts, host: Host): Promise<number> {
  const key = renewalKey(facts);
  const [renewalId] = await findOrdersByAlternativeId(client, key);
  if (renewalId !== undefined) return renewalId;
  throw new Failure(
    'renewal-not-found',
    `Order ${facts.orderId} is renewed (is_renewed), but its order info names no renewed_order_id, and no order carries alternative_order_id ${key}. Nothing was ordered. Find the renewal in CertCentral (Orders) and ${host.hints.watchOther}.`,
  );
}

/** The renewal where following stops: reported, unless it is a dead end. */
function lastRenewal(info: OrderInfo, chain: readonly number[], facts: RenewalFacts, host: Host) {
  const path = chain.length > 2 ? ` (renewals followed: ${chain.join(' → ')})` : '';
  if (isDeadEnd(info.status)) {
    host.setOutput('order-id', String(facts.orderId));
    throw new Failure(
      'renewal-failed',
      `Order ${facts.orderId} is renewed by order ${info.id}${path}, which is ${info.status}: there is no certificate to hand over, and DigiCert renews an order only once. Nothing was ordered. ${host.hints.orderAnew}`,
      { detail: info.status },
    );
  }
  host.info(`Watching order ${info.id} from now on${path}.`);
  return { info, note: `Reported: order ${info.id}${path}, ${info.status || '(no status)'}.` };
}

/** The order's outputs: waits for it and downloads the certificate when asked, or shows what the read gave. */
async function handOver(
  client: CertCentralClient,
  info: OrderInfo,
  settings: RenewSettings,
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
