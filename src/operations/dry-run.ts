import { requestUrl, type ApiRequest } from '../certcentral/api-request.ts';
import type { Job } from './job.ts';

/** A dry run: says what would be sent, with the key hidden, and sets the request-* outputs; sends nothing more. */
export function showDryRun({ settings, host }: Job, request: ApiRequest, what: string): void {
  const url = requestUrl(settings.baseUrl, request);
  host.info(`Dry run: ${what}`);
  host.info(`${request.method} ${url}`);
  host.info('X-DC-DEVKEY: ***');
  if (request.body) host.info(JSON.stringify(request.body, null, 2));
  host.setOutput('request-method', request.method);
  host.setOutput('request-url', url);
  host.setOutput('request-body', request.body ? JSON.stringify(request.body) : '');
}
