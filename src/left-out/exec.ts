/**
 * Stands in for @actions/exec in the bundle (tsconfig.json `paths`). @actions/core imports it at start only for
 * platform.getDetails(), which runner.ts does not export; leaving it out spares loading child_process at start.
 */
export function getExecOutput(): never {
  throw new Error('@actions/exec is left out of the bundle (see tsconfig.json "paths")');
}
