// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { describe, expect, it, vi } from 'vitest';
import { countedECharts, type EChartsApi } from '../../src/charts/EChartCore';

/** A stand-in for ECharts that records calls and never draws: 'finished' would need a real animation frame. */
function fakeECharts() {
  const byDom = new Map<unknown, object>();
  const calls: string[] = [];
  const api = {
    init: vi.fn((dom: HTMLElement, _theme?: unknown, opts?: { width?: number; height?: number }) => {
      calls.push(`init ${opts?.width === undefined ? 'unsized' : `${opts.width}x${opts.height}`}`);
      const instance = {
        on: vi.fn(), off: vi.fn(), setOption: vi.fn(() => calls.push('setOption')), getDom: () => dom,
        resize: vi.fn(), isDisposed: () => false, showLoading: vi.fn(), hideLoading: vi.fn(),
      };
      byDom.set(dom, instance);
      return instance;
    }),
    dispose: vi.fn((target: unknown) => { calls.push('dispose'); byDom.delete(target); }),
    getInstanceByDom: vi.fn((dom: unknown) => byDom.get(dom)),
  };
  return { api: api as unknown as EChartsApi, calls };
}

describe('the ECharts functions handed to echarts-for-react', () => {
  it('create each chart once, with its size, and set its option in the task that mounts it', async () => {
    const { api, calls } = fakeECharts();
    const live = new Set<never>();
    const { unmount } = render(<ReactEChartsCore echarts={countedECharts(api, live) as never} option={{ series: [] }} />);
    // echarts-for-react continues after an already resolved promise: microtasks, no animation frame.
    await act(async () => { await Promise.resolve(); });
    // Without the stand-in, echarts-for-react's first, unsized instance waits for a 'finished' event this fake never
    // sends, and no option is ever set.
    expect(calls).toEqual(['init 0x0', 'setOption']);
    expect(live.size).toBe(1);
    unmount();
    expect(calls.at(-1)).toBe('dispose');
    expect(live.size).toBe(0);
  });

  it('leaves an init that already has a size alone', () => {
    const { api, calls } = fakeECharts();
    const dom = document.createElement('div');
    countedECharts(api, new Set()).init(dom, undefined, { width: 300, height: 200 });
    expect(calls).toEqual(['init 300x200']);
  });
});
