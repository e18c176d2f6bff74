/** `npm run reliability`'s figure: faults injected into orders and reissues, none bought twice, none lost. */
import { describe, expect, it } from 'vitest';
import { figureLine, measureReliability } from '../scripts/reliability.ts';

describe('npm run reliability', () => {
  it('injects at least 50 faults; every order and reissue wanted is made exactly once', async () => {
    const figures = await measureReliability();
    expect(figures.faults).toBeGreaterThanOrEqual(50);
    expect(figureLine(figures)).toBe(
      `faults ${figures.faults}, orders wanted 60, orders created 60, duplicates 0, lost 0`,
    );
    // The faults did bite: some runs failed (safely) and were followed up as their messages say.
    expect(figures.failedRuns).toBeGreaterThan(0);
    expect(figures.runs).toBeGreaterThan(60 + 24);
    expect(figures.keyLeaks).toBe(0);
  });
});
