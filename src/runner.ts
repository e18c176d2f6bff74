/**
 * The one place that talks to the GitHub Actions runner. Everything else
 * imports these functions from here, so how they are loaded is decided once.
 */
export {
  debug,
  error,
  ExitCode,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
} from '@actions/core';
