/**
 * The one place that talks to the GitHub Actions runner. Everything else imports these functions from here, so
 * how they are loaded is decided once: they are @actions/core's own, under its own names. The bundle leaves out
 * what @actions/core loads at start only for functions not exported here (tsconfig.json `paths`, src/left-out/).
 */
export { debug, error, ExitCode, getInput, group, info, setOutput, setSecret, summary, warning } from '@actions/core';
