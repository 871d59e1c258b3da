import { describe, expect, it } from 'vitest';
import { once } from '../../src/core';

describe('once', () => {
  it('runs the load once for callers that overlap or come later, and then knows the value synchronously', async () => {
    let calls = 0;
    const get = once(async () => ++calls);
    expect(get.value()).toBeUndefined();
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b, await get(), get.value(), calls]).toEqual([1, 1, 1, 1, 1]);
  });

  it('forgets a failure, so the next call tries again', async () => {
    let calls = 0;
    const get = once(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'ok';
    });
    await expect(get()).rejects.toThrow('offline');
    expect(get.value()).toBeUndefined();
    expect(await get()).toBe('ok');
    expect(calls).toBe(2);
  });
});
