/** One call to CertCentral, relative to the base URL. */
export interface ApiRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Relative to the base URL, starting with '/'. */
  readonly path: string;
  readonly body?: Readonly<Record<string, unknown>>;
  /** What a success answers with; JSON unless said otherwise (a certificate download is PEM text). */
  readonly answers?: 'json' | 'text';
}

export function requestUrl(baseUrl: string, request: ApiRequest): string {
  return `${baseUrl}${request.path}`;
}
