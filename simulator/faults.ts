/**
 * Faults the simulator injects, to prove that the action never orders twice and never loses an
 * order: a connection reset or a hang, before or after the request was carried out, or long after;
 * 429 storms with Retry-After; 503 bursts; malformed bodies.
 */
import type { ServerResponse } from 'node:http';

export type FaultEffect =
  /** The connection is reset; no answer. */
  | { readonly kind: 'reset' }
  /** No answer until the client gives up. */
  | { readonly kind: 'hang' }
  /** The real answer, late: with `when: 'after'` and delayMs, a slow CertCentral. */
  | { readonly kind: 'as-is' }
  /** This answer instead of the real one. */
  | {
      readonly kind: 'answer';
      readonly status: number;
      /** Text, or bytes (a gzip bomb, with a content-encoding header). */
      readonly body?: string | Buffer;
      readonly contentType?: string;
      readonly retryAfter?: string;
      readonly headers?: Readonly<Record<string, string>>;
    };

export interface Fault {
  /** `before`: the request is not carried out. `after`: it is (an order is stored), then the answer is replaced. */
  readonly when: 'before' | 'after';
  readonly effect: FaultEffect;
  /** With `after`: the request is carried out only this long after it arrived, as a busy CertCentral would. */
  readonly delayMs?: number;
  /** Only requests with this method, and whose path (below /services/v2) matches; any when not set. */
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly path?: RegExp;
  /** Lets this many matching requests pass first: the fault meets a later one (the second look-up, say). */
  readonly skip?: number;
  /** Handled only once this settles: a barrier, so that two runs read the same state before either writes. */
  readonly waitFor?: () => Promise<void>;
}

export interface AppliedFault {
  readonly fault: Fault;
  readonly method: string;
  readonly path: string;
}

/** Faults waiting for their requests, first matching first. */
export class FaultQueue {
  readonly applied: AppliedFault[] = [];
  private readonly pending: Fault[] = [];
  /** How many matching requests each pending fault has let pass. */
  private readonly passed = new Map<Fault, number>();

  /** The next `count` matching requests get this fault. */
  add(fault: Fault, count = 1): void {
    for (let i = 0; i < count; i++) this.pending.push(fault);
  }

  get waiting(): number {
    return this.pending.length;
  }

  clear(): void {
    this.pending.length = 0;
    this.passed.clear();
  }

  take(method: string, path: string): Fault | undefined {
    const index = this.pending.findIndex((fault) => {
      if ((fault.method && fault.method !== method) || (fault.path && !fault.path.test(path))) return false;
      const passed = this.passed.get(fault) ?? 0;
      if (passed >= (fault.skip ?? 0)) return true;
      this.passed.set(fault, passed + 1);
      return false;
    });
    if (index < 0) return undefined;
    const [fault] = this.pending.splice(index, 1) as [Fault];
    this.applied.push({ fault, method, path });
    return fault;
  }
}

/** The named fault modes. */
export const FAULTS = {
  resetAfterStore: { when: 'after', effect: { kind: 'reset' } },
  resetBeforeStore: { when: 'before', effect: { kind: 'reset' } },
  hangAfterStore: { when: 'after', effect: { kind: 'hang' } },
  hangBeforeStore: { when: 'before', effect: { kind: 'hang' } },
  /** No answer, and the order is stored only after the client has given up and looked for it. */
  storeLate: (delayMs: number) => ({ when: 'after', delayMs, effect: { kind: 'hang' } }) as const,
  rateLimited: (retryAfter: string) =>
    ({
      when: 'before',
      effect: {
        kind: 'answer',
        status: 429,
        retryAfter,
        body: JSON.stringify({ errors: [{ code: 'request_limit_exceeded', message: 'Too many requests.' }] }),
      },
    }) as const,
  unavailable: { when: 'before', effect: { kind: 'answer', status: 503, body: '', contentType: 'text/plain' } },
  badGatewayAfterStore: {
    when: 'after',
    effect: { kind: 'answer', status: 502, body: '<html>502 Bad Gateway</html>', contentType: 'text/html' },
  },
  malformedAfterStore: (status: number, body: string, contentType = 'application/json') =>
    ({ when: 'after', effect: { kind: 'answer', status, body, contentType } }) as const,
} as const satisfies Record<string, Fault | ((...args: never[]) => Fault)>;

const answersToReplace = new WeakMap<ServerResponse, FaultEffect>();

/** Acts on a fault as the request arrives. True when the request must not be carried out. */
export function applyFault(fault: Fault, response: ServerResponse): boolean {
  // The real answer, after the fault's delay (server.ts waits it out).
  if (fault.effect.kind === 'as-is') return false;
  if (fault.when === 'after') {
    answersToReplace.set(response, fault.effect);
    return false;
  }
  act(fault.effect, response);
  return true;
}

/** Called before an answer is written: true when a fault took its place. */
export function replaceAnswer(response: ServerResponse): boolean {
  const effect = answersToReplace.get(response);
  if (!effect) return false;
  answersToReplace.delete(response);
  act(effect, response);
  return true;
}

function act(effect: FaultEffect, response: ServerResponse): void {
  switch (effect.kind) {
    case 'reset':
      response.socket?.resetAndDestroy();
      return;
    case 'hang':
    case 'as-is':
      return;
    case 'answer': {
      const body = effect.body ?? '';
      response.writeHead(effect.status, {
        'Content-Type': effect.contentType ?? 'application/json',
        'Content-Length': Buffer.byteLength(body),
        ...(effect.retryAfter !== undefined && { 'Retry-After': effect.retryAfter }),
        ...effect.headers,
      });
      response.end(body);
    }
  }
}
