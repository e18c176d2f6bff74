/** `npm run reliability`'s first figures: faults injected into orders and reissues, none bought twice, none lost. */
import { describe, expect, it } from 'vitest';
import { figureLine, measureReliability } from '../scripts/reliability.ts';

describe('npm run reliability', () => {
  it('injects at least 50 faults; every order and reissue wanted is made exactly once', async () => {
    const figures = await measureReliability();
    expect(figures.faults).toBeGreaterThanOrEqual(50);
    expect(figureLine(figures)).toBe(
      `faults ${figures.faults}, orders wanted 60, orders created 60, duplicates 0, lost 0`,
    );
    // Every fault is resolved inside the run that met it: the key is looked up at once after an unclear
    // POST, and a reissue found on the order is a success. 24 more runs set up the orders to reissue.
    expect(figures.failedRuns).toBe(0);
    expect(figures.runs).toBe(60 + 24);
    expect(figures.keyLeaks).toBe(0);
  });
});
