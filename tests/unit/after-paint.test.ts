// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstCharts, afterFirstContentfulPaint, afterNextPaint, FIRST_CHARTS_WAIT_MS, FIRST_PAINT_WAIT_MS, firstScreenChart,
} from '../../src/charts/afterPaint';
import { takeTurn, TURN_MAX_MS } from '../../src/charts/turns';

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

/**
 * A stand-in for the browser's paint reports: `paint()` records the first contentful paint and notifies observers of
 * type 'paint', as Chromium does once the frame has been presented.
 */
function fakePaintTimeline() {
  const entries: Array<{ name: string }> = [];
  const observers = new Set<{ cb: () => void; type?: string }>();
  class Observer {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    private readonly me: { cb: () => void; type?: string };
    constructor(cb: () => void) { this.me = { cb }; }
    observe(o: { type: string }) { this.me.type = o.type; observers.add(this.me); }
    disconnect() { observers.delete(this.me); }
  }
  vi.stubGlobal('PerformanceObserver', Observer);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation(((name: string) => entries.filter((e) => e.name === name)) as never);
  return {
    observers,
    paint() {
      entries.push({ name: 'first-paint' }, { name: 'first-contentful-paint' });
      for (const o of [...observers]) if (o.type === 'paint') o.cb();
    },
  };
}

// ECharts is asked for through here: a request that ends before the first paint counts toward it in Lighthouse.
describe('afterFirstContentfulPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('waits for the first contentful paint, however long it takes, then runs once and stops observing', () => {
    const timeline = fakePaintTimeline();
    const f = vi.fn();
    afterFirstContentfulPaint(f);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(f).not.toHaveBeenCalled();
    timeline.paint();
    expect(f).toHaveBeenCalledTimes(1);
    expect(timeline.observers.size).toBe(0);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('after the first paint, runs after the next paint instead of waiting for a report that has already come', () => {
    const timeline = fakePaintTimeline();
    timeline.paint();
    const f = vi.fn();
    afterFirstContentfulPaint(f);
    expect(f).not.toHaveBeenCalled();
    expect(timeline.observers.size).toBe(0);
    vi.advanceTimersByTime(50);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('runs after FIRST_PAINT_WAIT_MS when no paint is reported (a hidden tab)', () => {
    const timeline = fakePaintTimeline();
    const f = vi.fn();
    afterFirstContentfulPaint(f);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(f).toHaveBeenCalledTimes(1);
    expect(timeline.observers.size).toBe(0);
    timeline.paint();
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before the paint', () => {
    const timeline = fakePaintTimeline();
    const f = vi.fn();
    afterFirstContentfulPaint(f)();
    timeline.paint();
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(f).not.toHaveBeenCalled();
    expect(timeline.observers.size).toBe(0);
  });

  it('without paint reports (jsdom, old browsers), runs after the next paint', () => {
    const f = vi.fn();
    afterFirstContentfulPaint(f);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(f).toHaveBeenCalledTimes(1);
  });
});

/** Animation frames that run only when the test calls them; an id is the frame's place in the queue, plus one. */
function fakeFrames(): FrameRequestCallback[] {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => { frames.splice(id - 1, 1); });
  return frames;
}

// Deferred work and the fallback of afterFirstContentfulPaint go through here.
describe('afterNextPaint', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  it('runs after the next animation frame has been rendered, not in it', () => {
    const frames = fakeFrames();
    const f = vi.fn();
    afterNextPaint(f);
    vi.advanceTimersByTime(100);
    expect(f).not.toHaveBeenCalled();
    frames.shift()!(0);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before the frame and after it', () => {
    const frames = fakeFrames();
    const f = vi.fn();
    afterNextPaint(f)();
    expect(frames).toHaveLength(0);
    const cancel = afterNextPaint(f);
    frames.shift()!(0);
    cancel();
    vi.advanceTimersByTime(100);
    expect(f).not.toHaveBeenCalled();
  });

  it('without animation frames (jsdom without them), runs on a timer', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const f = vi.fn();
    afterNextPaint(f);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(f).toHaveBeenCalledTimes(1);
  });
});

// Charts draw one per frame, so the first chart on screen is painted before the next one is drawn.
describe('takeTurn', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  it('draws the first chart at once and the next only after the first has ended its turn and been painted', () => {
    const frames = fakeFrames();
    const order: string[] = [];
    const endA = takeTurn(() => order.push('a'));
    const endB = takeTurn(() => order.push('b'));
    const endC = takeTurn(() => order.push('c'));
    expect(order).toEqual(['a']);
    vi.advanceTimersByTime(100);
    expect(order).toEqual(['a']);
    endA();
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['a', 'b']);
    endB();
    endB(); // a second call must not hand the turn on twice
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['a', 'b', 'c']);
    endC();
    frames.shift()!(0);
    vi.advanceTimersByTime(0);
    // The queue is empty again: the next chart draws at once.
    const endD = takeTurn(() => order.push('d'));
    expect(order.at(-1)).toBe('d');
    endD();
    frames.shift()!(0);
    vi.advanceTimersByTime(0);
  });

  it('drops a chart that unmounts while it waits', () => {
    const frames = fakeFrames();
    const order: string[] = [];
    const endA = takeTurn(() => order.push('a'));
    const endB = takeTurn(() => order.push('b'));
    const endC = takeTurn(() => order.push('c'));
    endB();
    endA();
    frames.shift()!(0);
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['a', 'c']);
    endC();
    frames.shift()!(0);
    vi.advanceTimersByTime(0);
  });

  it('hands the turn on after TURN_MAX_MS when a chart never reports back', () => {
    const order: string[] = [];
    const endA = takeTurn(() => order.push('a'));
    const endB = takeTurn(() => order.push('b'));
    vi.advanceTimersByTime(TURN_MAX_MS - 1);
    expect(order).toEqual(['a']);
    vi.advanceTimersByTime(100);
    expect(order).toEqual(['a', 'b']);
    endA(); // late: the turn has moved on already
    endB();
    vi.advanceTimersByTime(100);
    const endC = takeTurn(() => order.push('c'));
    expect(order).toEqual(['a', 'b', 'c']);
    endC();
    vi.advanceTimersByTime(100);
  });
});
