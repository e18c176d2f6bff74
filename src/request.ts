import { FIELD_NAMES, FIELDS, type FieldValues } from './fields.ts';
import type { Settings } from './inputs.ts';

export interface ApiRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Relative to the base URL, starting with '/'. */
  readonly path: string;
  readonly body?: Readonly<Record<string, unknown>>;
  /** What a success answers with; JSON unless said otherwise (a certificate download is PEM text). */
  readonly answers?: 'json' | 'text';
}

/** The order or reissue request the settings describe, or the order-info read of operation status. */
export function buildRequest(settings: Settings): ApiRequest {
  if (settings.operation === 'status') return { method: 'GET', path: `/order/certificate/${settings.orderId}` };
  const body = buildBody(settings.fields);
  if (settings.operation === 'reissue') {
    return { method: 'POST', path: `/order/certificate/${settings.orderId}/reissue`, body };
  }
  return { method: 'POST', path: `/order/certificate/${settings.product}`, body };
}

/** Exactly the fields that are set, each at its path, in the order of the field table. */
export function buildBody(fields: FieldValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const value = fields[name];
    if (value === undefined) continue;
    const path = FIELDS[name].path;
    let parent = body;
    // Copies on the way down, so `organization` details get skip_duplicate_org_check without being changed.
    for (const key of path.slice(0, -1)) {
      const child = { ...(parent[key] as Record<string, unknown> | undefined) };
      parent[key] = child;
      parent = child;
    }
    parent[path[path.length - 1] as string] = value;
  }
  return body;
}

export function requestUrl(baseUrl: string, request: ApiRequest): string {
  return `${baseUrl}${request.path}`;
}
