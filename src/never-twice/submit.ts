/**
 * Sends an order or reissue at most once at CertCentral: one visible loop around the decision table (decide.ts). It
 * looks first, reuses what already carries the key, sends, and after a POST whose fate is unknown looks at once, then
 * after delays, and sends again only when the looks prove CertCentral did not carry it out. Every look, try and wait
 * counts against one deadline, max-attempts × (request-timeout + 30 s), set when the submission starts.
 */
import { requestUrl, type ApiRequest } from '../certcentral/api-request.ts';
import { CertCentralError } from '../certcentral/errors.ts';
import type { OrderInfo, OrderRequest } from '../certcentral/order-info.ts';
import { issuedChain, orderInfoOutputs, resultOutputs, type ResultOutputs } from '../certcentral/outputs.ts';
import type { Attempts } from '../certcentral/retry.ts';
import { Failure } from '../common/failure.ts';
import { isPlainObject, positiveId } from '../common/parse.ts';
import type { CertCentralCalls } from './calls.ts';
import { decide, LOOKS, type Holding, type Moment, type Step } from './decide.ts';
import { orderHolding, reissueHoldingAfter, reissueHoldingBefore, type ReissueMatch } from './holdings.ts';
import type { OrderKey, ReissueKey } from './keys.ts';
import {
  checkedFirst,
  mayHaveHappened,
  nothingNow,
  orderMessages,
  reissueMessages,
  withoutKey,
  type KeyAdvice,
} from './messages.ts';
import { settleOrderRace, settleReissueRace, type Log } from './settle.ts';

/** What is sent, by kind: an order (or a renewal, an order with a renewal key), or a reissue of an order read first. */
export type Submission =
  | { readonly kind: 'order'; readonly request: ApiRequest; readonly key: OrderKey | undefined }
  | {
      readonly kind: 'reissue';
      readonly request: ApiRequest;
      readonly key: ReissueKey | undefined;
      /** The order as read just before: a reissue's check compares with it. */
      readonly order: OrderInfo;
    };

export type Submitted =
  /** This run's POST was answered: its outputs, and the certificate when the answer carried it. */
  | {
      readonly how: 'sent';
      readonly outputs: ResultOutputs;
      readonly chain: readonly string[] | undefined;
      readonly replacing: number | undefined;
    }
  /**
   * An order or reissue found by a check stands for this run's, as its log line said: `before-sending`, nothing was
   * sent; `after-sending`, after a POST of unknown fate, or the earlier one of a concurrent run with the same key.
   */
  | {
      readonly how: 'found';
      readonly when: 'before-sending' | 'after-sending';
      readonly outputs: ResultOutputs;
      /** After a reissue: the certificate the order showed before it, which the reissue replaces. */
      readonly replacing: number | undefined;
    };

export interface Reporter extends Log {
  readonly advice: KeyAdvice;
  /** Said once, when the check found nothing and the POST goes out. */
  sending(): void;
  /** This run's POST was answered: its outputs are set, and named in the log, before any further request. */
  answered(outputs: ResultOutputs): void;
}

/** How a submission is checked: before sending, and after a POST of unknown fate. */
interface Check {
  before(deadline: number): Promise<Holding>;
  after(deadline: number): Promise<Holding>;
  readonly absent: string;
  readonly howToCheck: string;
}

function checkOf(calls: CertCentralCalls, submission: Submission, advice: KeyAdvice): Check | undefined {
  if (submission.kind === 'order') {
    const { key } = submission;
    if (!key) return undefined;
    return {
      before: (deadline) => orderHolding(calls, key, deadline, true),
      after: (deadline) => orderHolding(calls, key, deadline, false),
      absent: orderMessages.absent(key),
      howToCheck: orderMessages.howToCheck(key, advice),
    };
  }
  const { order } = submission;
  const certificate = submission.request.body?.certificate;
  const match: ReissueMatch = {
    key: submission.key,
    csr: isPlainObject(certificate) && typeof certificate.csr === 'string' ? certificate.csr : '',
  };
  return {
    before: () => Promise.resolve(reissueHoldingBefore(order, match)),
    after: (deadline) => reissueHoldingAfter(calls, order, match, deadline),
    absent: reissueMessages.absent(order.id),
    howToCheck: reissueMessages.howToCheck(order.id),
  };
}

/** Where the loop is: before sending, or after a POST of unknown fate (which it names), with the looks since. */
type State =
  | { readonly kind: 'before-sending' }
  | {
      readonly kind: 'after-unknown';
      readonly unknown: CertCentralError;
      readonly looks: number;
      readonly lookedAgainForSeveral: boolean;
    };

export async function submit(calls: CertCentralCalls, submission: Submission, reporter: Reporter): Promise<Submitted> {
  const { retry } = calls;
  const tries = retry.start();
  const { deadline } = tries;
  const check = checkOf(calls, submission, reporter.advice);
  let holding: Holding;
  try {
    holding = check ? await check.before(deadline) : { kind: 'nothing' };
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    throw error.withNote(checkedFirst(submission.kind));
  }
  let state: State = { kind: 'before-sending' };
  for (;;) {
    const moment = momentOf(state, tries, calls);
    const step = decide(moment, holding);
    if (step.kind === 'reuse') return reused(submission, step.holding, state, reporter);
    if (step.kind === 'fail') throw failed(submission, step, moment, state, check, reporter.advice);
    if (step.kind === 'look') {
      [holding, state] = await lookAgain(step.after, holding, state, check, tries, calls, submission);
      continue;
    }
    if (state.kind === 'before-sending') reporter.sending();
    else reporter.info(resendLine(state.unknown, check, tries, calls));
    const sent = await sendAndRead(calls, submission.request, tries);
    if ('outputs' in sent) return answered(calls, submission, sent, deadline, reporter);
    const { unknown } = sent;
    if (!check) {
      const said = mayHaveHappened(submission.kind, isAnswered(unknown));
      throw unknown.withNote(`${said} ${withoutKey(reporter.advice)}`, 'unknown-fate');
    }
    holding = await lookAfter(check, deadline, submission, unknown);
    state = { kind: 'after-unknown', unknown, looks: 1, lookedAgainForSeveral: false };
  }
}

/** Waits as the step says, then looks. */
async function lookAgain(
  after: 'backoff' | 'request-timeout',
  holding: Holding,
  state: State,
  check: Check | undefined,
  tries: Attempts,
  calls: CertCentralCalls,
  submission: Submission,
): Promise<[Holding, State]> {
  if (state.kind !== 'after-unknown' || !check) throw new Error('never-twice: a look again comes only after a POST');
  const { retry } = calls;
  const waitMs =
    after === 'backoff' ? Math.max(retry.backoffMs(tries.count), retry.requestTimeoutMs) : retry.requestTimeoutMs;
  // No time left to wait: no more looks, so what is known decides.
  if (!(await retry.sleepWithin(tries, waitMs))) {
    return [holding, { ...state, looks: LOOKS, lookedAgainForSeveral: true }];
  }
  const looked = await lookAfter(check, tries.deadline, submission, state.unknown);
  return [looked, { ...state, looks: state.looks + 1, lookedAgainForSeveral: holding.kind === 'several' }];
}

/** The decision table's view of the state: after a POST of unknown fate, whether it may be sent again. */
function momentOf(state: State, tries: Attempts, calls: CertCentralCalls): Moment {
  if (state.kind === 'before-sending') return state;
  const { unknown, looks, lookedAgainForSeveral } = state;
  return {
    kind: 'after-unknown',
    looks,
    lookedAgainForSeveral,
    answered: isAnswered(unknown),
    cannotResend: cannotResend(unknown, tries, calls),
  };
}

/** Why the POST cannot be sent again: not retryable (''), or no try or time left; undefined when it can. */
function cannotResend(failure: CertCentralError, tries: Attempts, calls: CertCentralCalls): string | undefined {
  if (!failure.retryable) return '';
  const next = calls.retry.next(tries);
  return 'stop' in next ? ` ${next.stop}` : undefined;
}

/** A 2xx whose body could not be read: CertCentral said it succeeded, so the POST is never sent again. */
function isAnswered(failure: CertCentralError): boolean {
  return failure.status !== undefined && failure.status >= 200 && failure.status < 300;
}

/** A look after a POST of unknown fate; when the look itself fails, nothing can be proved. */
async function lookAfter(
  check: Check,
  deadline: number,
  submission: Submission,
  unknown: CertCentralError,
): Promise<Holding> {
  try {
    return await check.after(deadline);
  } catch (error) {
    if (!(error instanceof CertCentralError)) throw error;
    const said = mayHaveHappened(submission.kind, isAnswered(unknown));
    throw unknown.withNote(
      `${said} Checking whether it did failed too: ${error.message} ${check.howToCheck}`,
      'unknown-fate',
    );
  }
}

function resendLine(
  unknown: CertCentralError,
  check: Check | undefined,
  tries: Attempts,
  calls: CertCentralCalls,
): string {
  const attempt = `try ${tries.count - tries.rateLimited + 1} of ${calls.retry.maxAttempts}`;
  return `${unknown.message} ${check?.absent} Sending it again (${attempt}).`;
}

/**
 * One send of the POST: its answer read, or a failure that leaves its fate unknown. Only these two steps can leave the
 * fate unknown; every other failure is thrown, and what follows a readable answer has an order ID.
 */
async function sendAndRead(
  calls: CertCentralCalls,
  request: ApiRequest,
  tries: Attempts,
): Promise<{ outputs: ResultOutputs; chain: string[] | undefined } | { unknown: CertCentralError }> {
  try {
    const response = await calls.post(request, tries);
    return {
      outputs: resultOutputs(response, `${request.method} ${request.path}`),
      chain: issuedChain(response.json),
    };
  } catch (error) {
    if (!(error instanceof CertCentralError) || error.outcome !== 'unknown') throw error;
    return { unknown: error };
  }
}

/** This run's POST was answered: its outputs are recorded at once, then a race with a concurrent run is settled. */
async function answered(
  calls: CertCentralCalls,
  submission: Submission,
  sent: { outputs: ResultOutputs; chain: string[] | undefined },
  deadline: number,
  reporter: Reporter,
): Promise<Submitted> {
  reporter.answered(sent.outputs);
  const own = Number(sent.outputs['order-id']);
  const ownRequest = positiveId(sent.outputs['request-id']);
  if (submission.kind === 'order') {
    const { key } = submission;
    const settled = key
      ? await settleOrderRace(calls, key, { orderId: own, requestId: ownRequest }, deadline, reporter)
      : { kind: 'own' as const };
    if (settled.kind === 'earlier') {
      return {
        how: 'found',
        when: 'after-sending',
        outputs: orderOutputs(settled.earlier, submission.request),
        replacing: undefined,
      };
    }
    return { how: 'sent', outputs: sent.outputs, chain: sent.chain, replacing: undefined };
  }
  const replacing = submission.order.certificate.id;
  const { key } = submission;
  if (key && ownRequest !== undefined) {
    const settled = await settleReissueRace(calls, key, own, ownRequest, deadline, reporter);
    if (settled.kind === 'earlier') {
      const { order, request } = settled.earlier;
      return { how: 'found', when: 'after-sending', outputs: reissueOutputs(order, request, false), replacing };
    }
  }
  return { how: 'sent', outputs: sent.outputs, chain: sent.chain, replacing };
}

/** What a check found stands for this run's order or reissue. */
function reused(
  submission: Submission,
  holding: Extract<Step, { kind: 'reuse' }>['holding'],
  state: State,
  reporter: Reporter,
): Submitted {
  const unknown = state.kind === 'after-unknown' ? state.unknown : undefined;
  const when = unknown ? 'after-sending' : 'before-sending';
  const said = (note: string) => reporter.info(unknown ? `${unknown.message} ${note}` : note);
  if (submission.kind === 'order' && submission.key && holding.kind === 'one') {
    const { key } = submission;
    const { order, others } = holding;
    if (others.length > 0) reporter.warning(orderMessages.several([order.id, ...others], key));
    said(unknown ? orderMessages.reusedAfter(order, key) : orderMessages.reused(order, key));
    return { how: 'found', when, outputs: orderOutputs(order, submission.request), replacing: undefined };
  }
  if (submission.kind === 'reissue' && holding.kind === 'reissue') {
    const { order, request, by } = holding;
    said(reissueMessages.reused(order.id, request, by));
    const approved = request.exactStatus === 'approved';
    const outputs = reissueOutputs(order, request, order.exact.status === 'issued' && approved);
    // Until its request is approved, the certificate the order shows is the one it replaces.
    return { how: 'found', when, outputs, replacing: approved ? undefined : order.certificate.id };
  }
  if (submission.kind === 'reissue' && holding.kind === 'changed') {
    const { order, request, evidence, certificateChanged, by } = holding;
    said(reissueMessages.made(order.id, evidence, request, by));
    const outputs = reissueOutputs(order, request, certificateChanged);
    return { how: 'found', when, outputs, replacing: submission.order.certificate.id };
  }
  throw new Error(`never-twice: a ${holding.kind} holding does not stand for a ${submission.kind}`);
}

/** The failure a check ends in, with what the run knows and how to check by hand. */
function failed(
  submission: Submission,
  step: Extract<Step, { kind: 'fail' }>,
  moment: Moment,
  state: State,
  check: Check | undefined,
  advice: KeyAdvice,
): Failure {
  const { holding } = step;
  const unknown = state.kind === 'after-unknown' ? state.unknown : undefined;
  if (holding.kind === 'failed' && submission.kind === 'order' && submission.key) {
    const note = orderMessages.failed(holding.order, submission.key, advice);
    const status = holding.order.status;
    return unknown
      ? unknown.withNote(note, 'found-failed', status)
      : new Failure('found-failed', `${note} ${nothingNow('order')}`, { detail: status });
  }
  if (holding.kind === 'foreign-reissue') {
    return new Failure(
      'reissue-pending',
      `${reissueMessages.foreign(holding.order.id, holding.request)} ${nothingNow('reissue')}`,
    );
  }
  if (holding.kind === 'several' && submission.kind === 'order' && submission.key && unknown) {
    return unknown.withNote(orderMessages.severalOpen(holding.orders, submission.key, advice), 'duplicate-orders');
  }
  if (holding.kind === 'nothing' && unknown && check && moment.kind === 'after-unknown') {
    if (step.why === 'answered-absent') {
      return unknown.withNote(`${mayHaveHappened(submission.kind, true)} ${check.howToCheck}`, 'unknown-fate');
    }
    return unknown.withNote(`${check.absent}${moment.cannotResend ?? ''} Running again is safe.`);
  }
  return new Failure('unexpected', `never-twice: no failure for ${step.why} on a ${holding.kind} holding`);
}

/** The outputs of an order found by its key, from its order info. */
function orderOutputs(info: OrderInfo, request: ApiRequest): ResultOutputs {
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

/** The line that says what is sent, before the POST leaves. */
export function sendingLine(what: string, baseUrl: string, request: ApiRequest): string {
  return `${what}: ${request.method} ${requestUrl(baseUrl, request)}`;
}
