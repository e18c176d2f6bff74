// The context module alone: @actions/github's exports map hides it, and its root entry loads Octokit.
import { Context } from '../../node_modules/@actions/github/lib/context.js';
import type { RunContext } from '../never-twice/keys.ts';

/**
 * This step's repository, run, job and step id, from @actions/github's context (its Octokit is not loaded);
 * undefined outside GitHub Actions.
 */
export function githubRun(): RunContext | undefined {
  if (process.env.GITHUB_ACTIONS !== 'true') return undefined;
  const context = new Context();
  let repository: string;
  try {
    repository = `${context.repo.owner}/${context.repo.repo}`;
  } catch {
    return undefined;
  }
  if (!Number.isSafeInteger(context.runId) || !context.job) return undefined;
  return { repository, runId: String(context.runId), job: context.job, step: context.action ?? '' };
}
