// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base } from '../unit/fixtures';
import { renderApp, serve } from '../support/app';

afterEach(() => vi.unstubAllGlobals());

// Following an in-app link unmounts the link that had focus. Without a new focus a screen reader announces nothing
// and the next Tab starts wherever the browser puts it, mid-page.
describe('focus after following an in-app link', { timeout: 30_000 }, () => {
  it('moves to the new section\'s heading from the navigation', async () => {
    serve(base);
    renderApp('?section=overview&lang=en');
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Water' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Water' });
    await waitFor(() => expect(heading).toHaveFocus());
    // A history entry per section, so Back returns.
    expect(new URLSearchParams(window.location.search).get('section')).toBe('water');
  });

  it('moves to the data note a chart\'s marker links to, once the Data notes section has rendered', async () => {
    serve(base);
    renderApp('?section=energy&lang=en');
    const marker = (await screen.findAllByRole('link', { name: /^⚠ Data note \(Contradiction\): Energy twice$/ }, { timeout: 4000 }))[0];
    await userEvent.click(marker);
    expect(window.location.hash).toBe('#note-energy_twice');
    const note = await screen.findByRole('article', { name: /Energy twice$/ }, { timeout: 4000 });
    await waitFor(() => expect(note).toHaveFocus());
  });

  it('leaves focus alone when only a setting changes (language, theme, an open quote)', async () => {
    serve(base);
    renderApp('?section=energy&lang=en');
    const dark = await screen.findByRole('button', { name: 'Dark' });
    await userEvent.click(dark);
    expect(dark).toHaveFocus();
  });
});
