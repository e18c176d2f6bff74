import type { CertCentralClient } from '../certcentral/client.ts';
import type { Settings } from '../inputs/settings.ts';
import type { RunContext } from '../never-twice/keys.ts';
import type { Hints } from './hints.ts';

/**
 * Where an operation reports to: the GitHub Actions runner (action/) or a terminal (cli/).
 * Everything passed here is already free of the API key.
 */
export interface Host {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  setOutput(name: string, value: string): void;
  /** Runs the work with its log lines folded under the title. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  /** Advice in the words of this host: action inputs or CLI flags. */
  readonly hints: Hints;
  /** Called when a signal stops the run, after the outputs known by then are set, just before the process ends. */
  interrupted?(): void;
  /** operation renew: the order it read (its product and certificate expiry, already through the gate). */
  readOrder?(read: { readonly orderId: number; readonly product: string; readonly validTill: string }): void;
}

/** What an operation is given: its own checked settings, where to report, and a client for CertCentral. */
export interface Job<S extends Settings = Settings> {
  readonly settings: S;
  readonly host: Host;
  readonly client: CertCentralClient;
  /** The GitHub Actions job this runs in, read only when a key is derived. */
  readonly run: () => RunContext | undefined;
}
