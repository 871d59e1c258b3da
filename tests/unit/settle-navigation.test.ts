// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

// url.ts reads the address once, when it loads: each test sets the address, then loads it afresh.
async function freshPage(address: string) {
  window.history.replaceState(null, '', address);
  vi.resetModules();
  return import('../../src/shared/settleNavigation');
}

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('a freshly opened link with a #fragment', () => {
  it('focuses its target once the section has rendered it', async () => {
    const { settleNavigation } = await freshPage('/?section=notes#note-d3');
    const stop = settleNavigation();
    const note = Object.assign(document.createElement('h3'), { id: 'note-d3', tabIndex: -1 });
    document.body.append(note);
    await vi.waitFor(() => expect(document.activeElement).toBe(note));
    stop();
  });

  it('still does when the first wait is cut short on the same address (React StrictMode runs effects twice)', async () => {
    const { settleNavigation } = await freshPage('/?section=energy#chart-energy_total-group-year');
    settleNavigation()();
    const stop = settleNavigation();
    const card = Object.assign(document.createElement('h3'), { id: 'chart-energy_total-group-year', tabIndex: -1 });
    document.body.append(card);
    await vi.waitFor(() => expect(document.activeElement).toBe(card));
    stop();
  });

  it('is not carried to a new address: a wait cut short by navigating away is dropped', async () => {
    const { settleNavigation } = await freshPage('/?section=notes#note-d3');
    const stop = settleNavigation();
    window.history.pushState(null, '', '/?section=water');
    stop();
    const next = settleNavigation();
    const note = Object.assign(document.createElement('h3'), { id: 'note-d3', tabIndex: -1 });
    document.body.append(note);
    await new Promise((r) => setTimeout(r, 100));
    expect(document.activeElement).not.toBe(note);
    next();
  });
});
