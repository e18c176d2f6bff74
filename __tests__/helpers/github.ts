/** What the end-to-end tests of orders share: a GitHub Actions job's environment, and one order's inputs. */

let nextRunId = 7_000_000_000;

/** A GitHub Actions job's environment; each call is a new workflow run unless `runId` is given. */
export function actions(runId = String(nextRunId++), attempt = '1', job = 'sign'): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/release-pipeline',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: attempt,
    GITHUB_JOB: job,
  };
}

/** A client certificate order that every input check passes (with the API key and base-url of the test). */
export const ORDER = {
  product: 'client_authentication_plus',
  'organization-id': '112233',
  'validity-years': '1',
  'common-name': 'Build Robot',
  emails: 'robot@example.com',
} as const;

/** A request-timeout short enough for the fault tests: a hang ends in half a second. */
export const SHORT_REQUEST_TIMEOUT = { 'request-timeout': '0.5' } as const;
