import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareDriver, type Driver } from '../../scripts/benchDrivers';
import { CdpError, launchOverPipe } from '../../scripts/cdpPipe';
import { CHROMIUM, CHROMIUM_ARGS, start, type Harness } from './harness';

// `npm run bench` runs its timings only by hand (CI checks sizes, never times); these keep its default driver working.
let h: Harness;
let driver: Driver;

beforeAll(async () => {
  h = await start({ server: 'host' });
  driver = await bareDriver(h.url);
});
afterAll(async () => {
  await driver?.close();
  await h?.close();
});

describe('the bench\'s bare DevTools driver', () => {
  it('times a chart section on the page\'s own clock: first chart, then all charts of the first screens', async () => {
    const t = await driver.timeSection('community', 1);
    expect(t.first).toBeGreaterThan(0);
    expect(t.all).toBeGreaterThanOrEqual(t.first);
    expect(t.all).toBeLessThan(30_000);
  });

  it('evaluates in a throttled page (the calibration loop\'s way)', async () => {
    expect(await driver.evaluateAt(4, '6 * 7')).toBe(42);
  });

  it('turns a protocol error into an error naming the method', async () => {
    const browser = await launchOverPipe(CHROMIUM, CHROMIUM_ARGS);
    try {
      await expect(browser.send('Nothing.here')).rejects.toThrow(CdpError);
      await expect(browser.send('Nothing.here')).rejects.toThrow(/^Nothing\.here: /);
    } finally {
      await browser.close();
    }
  });
});
