/**
 * The one place that talks to the GitHub Actions runner. Everything else
 * imports these functions from here, so how they are loaded is decided once.
 */
export { debug, getInput, info, setFailed, setOutput, setSecret, warning } from '@actions/core';
