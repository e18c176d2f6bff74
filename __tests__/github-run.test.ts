import { afterEach, describe, expect, it, vi } from 'vitest';
import { githubRun } from '../src/operations/github-run.ts';

const ACTIONS = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'octo-org/release',
  GITHUB_RUN_ID: '16123456789',
  GITHUB_JOB: 'sign',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTION: 'order',
};

function stub(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('githubRun', () => {
  it("reads the repository, run and job from @actions/github's context, whatever the run attempt", () => {
    stub({ ...ACTIONS, GITHUB_EVENT_PATH: undefined });
    const first = githubRun();
    expect(first).toEqual({ repository: 'octo-org/release', runId: '16123456789', job: 'sign', step: 'order' });
    stub({ GITHUB_RUN_ATTEMPT: '3' });
    expect(githubRun()).toEqual(first);
  });

  it('is undefined outside GitHub Actions, or without a run id, job or repository', () => {
    for (const missing of ['GITHUB_ACTIONS', 'GITHUB_RUN_ID', 'GITHUB_JOB', 'GITHUB_REPOSITORY']) {
      stub({ ...ACTIONS, GITHUB_EVENT_PATH: undefined, [missing]: undefined });
      expect(githubRun()).toBeUndefined();
      vi.unstubAllEnvs();
    }
  });
});
