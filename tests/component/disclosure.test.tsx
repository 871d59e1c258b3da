// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Disclosure } from '../../src/shared/Disclosure';

// The tables of plotted values under each chart are closed by default: their rows are rendered on the first opening
// only, which keeps a phone's first render to what the first screen shows.
describe('Disclosure', () => {
  it('renders its body on the first opening, and keeps it after closing', async () => {
    let made = 0;
    const body = () => { made++; return <table><tbody><tr><td>0.352</td></tr></tbody></table>; };
    render(<Disclosure summary="Table of the plotted values">{body}</Disclosure>);
    const summary = screen.getByText('Table of the plotted values');
    expect(summary.tagName).toBe('SUMMARY');
    expect(screen.queryByRole('cell', { name: '0.352' })).toBeNull();
    expect(made).toBe(0);
    await userEvent.click(summary);
    expect(await screen.findByRole('cell', { name: '0.352' })).toBeTruthy();
    await userEvent.click(summary);
    expect(summary.closest('details')!.open).toBe(false);
    expect(screen.getByText('0.352')).toBeTruthy();
  });
});
