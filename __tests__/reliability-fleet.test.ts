/**
 * `npm run reliability`'s second figures: a fleet of jobs sharing one API key under DigiCert's rate limits, every job
 * issued. A file of its own, so that it runs beside the faults of reliability-faults.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fleetLine, measureFleet } from '../scripts/reliability.ts';

describe('npm run reliability: the fleet', () => {
  // The script's own fleet: 100 jobs against 100 requests / 5 s and 1000 / 3 min, in real time (about 40 s). A
  // quarter of it, against a quarter of the limits, took as long and gave 429 counts too few to be steady.
  it('jobs sharing one key against its limits: all issued, no duplicates, at most two 429s per job', async () => {
    const figures = await measureFleet();
    expect(figures.issued).toBe(100);
    expect(figures.duplicates).toBe(0);
    expect(figures.rateLimited).toBeLessThanOrEqual(2 * 100);
    // The limits did bite, and held.
    expect(figures.rateLimited).toBeGreaterThan(0);
    expect(figures.busiestWindow).toBeLessThanOrEqual(100);
    expect(figures.keyLeaks).toBe(0);
    expect(fleetLine(figures)).toMatch(
      /^fleet: jobs 100, issued 100, duplicates 0, 429 answers \d+ \([\d.]+ per job\), busiest 5 s \d+ requests$/,
    );
  }, 120_000);
});
