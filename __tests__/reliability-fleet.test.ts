/**
 * `npm run reliability`'s second figures: a fleet of jobs sharing one API key under DigiCert's rate limits, every job
 * issued. A file of its own, so that it runs beside the faults of reliability-faults.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fleetLine, measureFleet } from '../scripts/reliability.ts';

describe('npm run reliability: the fleet', () => {
  // The script runs 100 jobs against 100 requests / 5 s and 1000 / 3 min. Here a quarter of the fleet
  // meets a quarter of the limits, in the same real-time windows: the same shape, in about 35 s.
  it('jobs sharing one key against its limits: all issued, no duplicates, at most three 429s per job', async () => {
    const figures = await measureFleet({
      jobs: 25,
      limits: [
        { requests: 25, windowMs: 5_000 },
        { requests: 250, windowMs: 180_000 },
      ],
    });
    expect(figures.issued).toBe(25);
    expect(figures.duplicates).toBe(0);
    // No storm: the paced retries keep it near one or two per job (the script's 100 jobs show about 1.4); three
    // leaves room for the other test files that share the machine's two cores while this runs in real time.
    expect(figures.rateLimited).toBeLessThanOrEqual(3 * 25);
    // The limits did bite, and held.
    expect(figures.rateLimited).toBeGreaterThan(0);
    expect(figures.busiestWindow).toBeLessThanOrEqual(25);
    expect(figures.keyLeaks).toBe(0);
    expect(fleetLine(figures)).toMatch(
      /^fleet: jobs 25, issued 25, duplicates 0, 429 answers \d+ \([\d.]+ per job\), busiest 5 s \d+ requests$/,
    );
  }, 120_000);
});
