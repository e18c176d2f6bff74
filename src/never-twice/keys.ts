/**
 * The keys that let CertCentral tell this run's order or reissue from any other. An order's travels as its
 * alternative_order_id; a reissue's in its comments, which order info lists with the order's requests.
 */
import { isPlainObject } from '../common/parse.ts';
import { sha256Hex } from '../common/sha256.ts';

export const MAX_ORDER_KEY_LENGTH = 64;

/** The GitHub Actions job an order is placed from. */
export interface RunContext {
  readonly repository: string;
  readonly runId: string;
  readonly job: string;
  /** The step's id (GITHUB_ACTION); the same in every attempt of the run. */
  readonly step: string;
}

/**
 * An order's key, by where it comes from:
 * - `given`: the user's alternative-order-id;
 * - `run`: derived from the GitHub Actions run, job, step and request, and added to the body;
 * - `renewal`: operation renew's, derived from the order it renews and its certificate, so that no run renews it twice.
 */
export type OrderKey =
  | { readonly kind: 'given'; readonly value: string }
  | { readonly kind: 'run'; readonly value: string }
  | { readonly kind: 'renewal'; readonly value: string; readonly renews: number };

/**
 * A reissue's key, carried in its comments: derived from the run (`run`), or by operation renew from the order and the
 * certificate the reissue replaces (`renewal`).
 */
export type ReissueKey =
  | { readonly kind: 'run'; readonly value: string }
  | { readonly kind: 'renewal'; readonly value: string; readonly orderId: number };

/** Where a key comes from, in the words of the log. */
export function keySource(key: OrderKey | ReissueKey): string {
  switch (key.kind) {
    case 'given':
      return 'from alternative-order-id';
    case 'run':
      return 'derived from this run, job and request';
    case 'renewal':
      return `derived from order ${'renews' in key ? key.renews : key.orderId} and its certificate`;
  }
}

/**
 * `gha{run id}x{hash}`, letters and digits only, as the page describes the id: the hash covers the
 * repository, run, job, step and the request body, so a re-run attempt of the same job
 * (GITHUB_RUN_ATTEMPT is left out on purpose) sending the same request finds the earlier order,
 * while another request, step or job gets its own key.
 */
export function deriveOrderKey(run: RunContext, body: Readonly<Record<string, unknown>>): string {
  const { alternative_order_id: _ignored, ...rest } = body;
  const digest = sha256Hex(JSON.stringify([run.repository, run.runId, run.job, run.step, canonical(rest)]));
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
  const digest = sha256Hex(JSON.stringify([run.repository, run.runId, run.job, run.step, orderId, canonical(hashed)]));
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

/** The body with the key in it: an order's as alternative_order_id, a reissue's added to its comments. */
export function bodyWithKey(
  body: Readonly<Record<string, unknown>>,
  key: OrderKey | ReissueKey | undefined,
  kind: 'order' | 'reissue',
): Readonly<Record<string, unknown>> {
  if (!key || key.kind === 'given') return body;
  if (kind === 'reissue') return { ...body, comments: reissueComments(body.comments, key.value) };
  return { ...body, alternative_order_id: key.value };
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
