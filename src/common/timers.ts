/**
 * Timers that cannot overflow. Node fires a setTimeout of more than 2^31 - 1 ms (about 24.8 days) at
 * once, with only a warning, so an unchecked delay would turn a long wait into a tight loop.
 */

/** The longest delay Node's timers keep. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The delay a timer can keep: from 0 (NaN too) to MAX_TIMER_MS. */
export function timerMs(ms: number): number {
  if (Number.isNaN(ms) || ms < 0) return 0;
  return Math.min(ms, MAX_TIMER_MS);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, timerMs(ms)));
}
