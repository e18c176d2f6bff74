/** The steps an order, a reissue and a renewal share once their request is built: send it once, report, wait. */
import type { ResultOutputs } from '../certcentral/outputs.ts';
import { clientCalls } from '../never-twice/calls.ts';
import { keySource, type OrderKey, type ReissueKey } from '../never-twice/keys.ts';
import { sendingLine, submit, type Submission, type Submitted } from '../never-twice/submit.ts';
import { shown } from '../common/untrusted.ts';
import type { Job } from './job.ts';

/**
 * Sends the order or reissue at most once (never-twice/), sets its outputs the moment it is answered and says what
 * CertCentral made of it; an order or reissue found by a check was described by the check. A certificate the answer
 * carried is handed over at once.
 */
export async function sendOnce(
  { settings, host, client }: Job,
  submission: Submission,
  what: string,
): Promise<Submitted> {
  const setOutputs = (outputs: ResultOutputs) => {
    for (const [name, value] of Object.entries(outputs)) host.setOutput(name, value);
  };
  const submitted = await submit(clientCalls(client), submission, {
    advice: host.hints,
    info: (message) => host.info(message),
    warning: (message) => host.warning(message),
    sending: () => host.info(sendingLine(what, settings.baseUrl, submission.request)),
    answered: (outputs) => {
      setOutputs(outputs);
      host.info(describeResult(submission.kind, outputs));
    },
  });
  if (submitted.how === 'found') setOutputs(submitted.outputs);
  if (submitted.how === 'sent' && submitted.chain) {
    const { outputs, chain } = submitted;
    // Picking up (waiting, downloading, writing files) is loaded only by a run that does it.
    const { handOverIssued } = await import('./pick-up.ts');
    await handOverIssued(chain, Number(outputs['order-id']), outputs['certificate-id'], settings.pickUp, host);
  }
  return submitted;
}

/** With wait-for-issuance: waits for the order and hands its certificate over, unless the answer carried it. */
export async function pickUpIfAsked({ settings, host, client }: Job, submitted: Submitted): Promise<void> {
  if (!settings.pickUp.waitForIssuance || (submitted.how === 'sent' && submitted.chain)) return;
  const orderId = Number(submitted.outputs['order-id']);
  const { pickUp } = await import('./pick-up.ts');
  await pickUp(client, orderId, settings.pickUp, host, submitted.replacing);
}

/** What CertCentral made of the order or reissue, naming only what it answered. */
function describeResult(kind: 'order' | 'reissue', outputs: Readonly<Record<string, string>>): string {
  const request = outputs['request-id'] ? `request ${outputs['request-id']}` : '';
  const status = outputs['request-status'] ? ` ${shown(outputs['request-status'])}` : '';
  const certificate = outputs['certificate-id'] ? `certificate ${outputs['certificate-id']}` : '';
  const parts = [request && `${request}${status}`, certificate].filter(Boolean);
  const what =
    kind === 'reissue' ? `Reissue of order ${outputs['order-id']} accepted` : `Order ${outputs['order-id']} placed`;
  return parts.length > 0 ? `${what}: ${parts.join(', ')}.` : `${what}.`;
}

/** Said before the look-up, so the log tells why the action reads before it sends. */
export function describeKey(key: OrderKey | ReissueKey, kind: 'order' | 'reissue'): string {
  if (kind === 'reissue') {
    return key.kind === 'renewal'
      ? `Reissue key ${key.value}, ${keySource(key)}, added to the reissue's comments: the order's requests are checked first, so a reissue made by any earlier run for this certificate is found instead of reissuing again.`
      : `Reissue key ${key.value}, derived from this run, job, step, order ID and CSR, added to the reissue's comments: the order's requests are checked first, so a re-run of this job finds this reissue instead of reissuing again.`;
  }
  if (key.kind === 'renewal') {
    return `alternative_order_id ${key.value}, ${keySource(key)}: looked up first, so a renewal placed by any earlier run is found instead of renewing again.`;
  }
  return key.kind === 'run'
    ? `Looking up alternative_order_id ${key.value}, derived from this run, job, step and request, before ordering, so that a re-run of this job finds its order instead of ordering again.`
    : `Looking up alternative_order_id ${key.value} before ordering, so that an order that already carries it is reused.`;
}
