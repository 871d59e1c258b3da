// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstCharts, atNextFrame, FIRST_CHARTS_WAIT_MS, firstScreenChart } from '../../src/charts/afterPaint';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

// Deferred content (long tables, later charts) waits for the charts on the first screen, so a slow phone draws the
// first chart before it renders what is below.
describe('afterFirstCharts', () => {
  it('runs after the next paint when no chart is waiting to draw', () => {
    const f = vi.fn();
    afterFirstCharts(f);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('waits until every first-screen chart has drawn', () => {
    const first = firstScreenChart();
    const second = firstScreenChart();
    const f = vi.fn();
    afterFirstCharts(f);
    vi.advanceTimersByTime(100);
    first();
    first(); // a second call must not count as the other chart
    vi.advanceTimersByTime(100);
    expect(f).not.toHaveBeenCalled();
    second();
    vi.advanceTimersByTime(50);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('stops waiting after FIRST_CHARTS_WAIT_MS (a chart stuck on a slow connection)', () => {
    const stuck = firstScreenChart();
    const f = vi.fn();
    afterFirstCharts(f);
    vi.advanceTimersByTime(FIRST_CHARTS_WAIT_MS - 1);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(f).toHaveBeenCalledTimes(1);
    stuck();
    vi.advanceTimersByTime(FIRST_CHARTS_WAIT_MS);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled while waiting and after', () => {
    const chart = firstScreenChart();
    const f = vi.fn();
    const cancel = afterFirstCharts(f);
    cancel();
    chart();
    vi.advanceTimersByTime(FIRST_CHARTS_WAIT_MS * 2);
    expect(f).not.toHaveBeenCalled();
    const g = vi.fn();
    const cancelG = afterFirstCharts(g);
    cancelG();
    vi.advanceTimersByTime(100);
    expect(g).not.toHaveBeenCalled();
  });
});

describe('atNextFrame', () => {
  it('runs once, in the next frame (not synchronously), unless cancelled', () => {
    const f = vi.fn();
    atNextFrame(f);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(f).toHaveBeenCalledTimes(1);
    const g = vi.fn();
    atNextFrame(g)();
    vi.advanceTimersByTime(50);
    expect(g).not.toHaveBeenCalled();
  });
});
