/**
 * Stands in for @actions/http-client in the bundle (tsconfig.json `paths`). @actions/core imports it at start
 * only for getIDToken, which runner.ts does not export; the real one pulls in undici, about 1 MB of code that
 * doubled the time of every start. Requests go through node-fetch (client.ts), loaded when one is sent.
 */
const LEFT_OUT =
  '@actions/http-client is left out of the bundle (see tsconfig.json "paths"); send requests through src/certcentral/client.ts';

export class HttpClient {
  constructor() {
    throw new Error(LEFT_OUT);
  }
}

export class BearerCredentialHandler {
  constructor() {
    throw new Error(LEFT_OUT);
  }
}
