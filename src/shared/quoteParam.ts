import { useEffect, useRef, type RefObject } from 'react';
import { isPeriod } from '../core';

/**
 * Which value of a chart the `quote` URL parameter names:
 * - `row`: a trend card's value. `n` counts the rows the sources print for that period, in file order from 1; the
 *   first is the plotted one, later ones are second printings that only the card's table lists.
 * - `actual`: a target-path card's actual figure of one scope (`n` as above, among that scope's rows for the period).
 * - `target`: a target-path card's milestone, by its target id (two targets may share scope and period, e.g. a
 *   lower and an upper bound, so the scope alone would be ambiguous).
 */
export type QuotePick =
  | { readonly kind: 'row'; readonly n: number }
  | { readonly kind: 'actual'; readonly scopeId: string; readonly n: number }
  | { readonly kind: 'target'; readonly targetId: string };

/** A parsed `quote` parameter: the chart (a card's chart key), the period and which value of that period. */
export interface QuoteRef {
  readonly chart: string;
  readonly period: string;
  readonly pick: QuotePick;
}

// Same shape as ids in the data contract (src/core/rows.ts); a count is a small positive integer.
const ID = /^[a-z0-9][a-z0-9_]*$/;
const COUNT = /^[1-9]\d{0,3}$/;

/**
 * Reads the `quote` URL parameter. Grammar (`[...]` optional):
 *
 *     <chart key> "@" <period> [ ":" <n> ]                          trend card
 *     <chart key> "@" <period> ":actual:" <scope_id> [ ":" <n> ]   target path, an actual figure
 *     <chart key> "@" <period> ":target:" <target_id>             target path, a milestone
 *
 * e.g. `energy_total|group|year@2020`, `energy_total|group|year@2020:2` (the second row printed for 2020),
 * `targets|alumina_energy_intensity@2020-H1:actual:group`,
 * `targets|alumina_energy_intensity@2021:target:alumina_energy_new_2021`. The chart key is a Series key or
 * `targetPathKey(indicatorId)`; `n` is left out when it is 1. Anything else (a garbled or hand-edited link) gives null
 * and is ignored; whether the chart and the value exist is for the card to decide.
 */
export function parseQuote(value: string | null): QuoteRef | null {
  // Chart keys hold ids and `|` only, so the last `@` ends the key; a huge value cannot be a real link.
  if (!value || value.length > 400) return null;
  const at = value.lastIndexOf('@');
  const chart = value.slice(0, at);
  const [period, ...rest] = value.slice(at + 1).split(':');
  if (at <= 0 || !isPeriod(period)) return null;
  if (rest.length === 0) return { chart, period, pick: { kind: 'row', n: 1 } };
  if (rest.length === 1 && COUNT.test(rest[0])) return { chart, period, pick: { kind: 'row', n: Number(rest[0]) } };
  const [kind, id, n = '1', ...extra] = rest;
  if (extra.length > 0 || !ID.test(id ?? '') || !COUNT.test(n)) return null;
  if (kind === 'actual') return { chart, period, pick: { kind, scopeId: id, n: Number(n) } };
  if (kind === 'target' && rest.length === 2) return { chart, period, pick: { kind, targetId: id } };
  return null;
}

/** Writes a `quote` parameter value that `parseQuote` reads back to the same reference. */
export function formatQuote({ chart, period, pick }: QuoteRef): string {
  const count = (n: number) => (n === 1 ? '' : `:${n}`);
  if (pick.kind === 'row') return `${chart}@${period}${count(pick.n)}`;
  if (pick.kind === 'actual') return `${chart}@${period}:actual:${pick.scopeId}${count(pick.n)}`;
  return `${chart}@${period}:target:${pick.targetId}`;
}

/** 1-based position of `item` among the items before it that `same` groups with it (for the `n` of a QuotePick). */
export function nthOf<T>(items: readonly T[], item: T, same: (a: T, b: T) => boolean): number {
  return items.slice(0, items.indexOf(item)).filter((x) => same(x, item)).length + 1;
}

/**
 * Brings a card's opened quote to the reader. The first time the card shows a selection it mounted with (the page was
 * opened from a copied link, possibly with the card rendered a moment later by Deferred), the card scrolls into view;
 * every newly shown selection moves focus to the quote region, so a screen reader reads it and Tab continues from there.
 * `selected` is the card's own `quote` value, or null when the URL names another chart or nothing.
 */
export function useQuoteFocus(selected: string | null, card: RefObject<HTMLElement | null>, region: RefObject<HTMLElement | null>): void {
  const mounted = useRef(false);
  useEffect(() => {
    const onMount = !mounted.current;
    mounted.current = true;
    if (!selected) return;
    // jsdom has no scrollIntoView; a browser always has it.
    if (onMount) card.current?.scrollIntoView?.({ block: 'start' });
    region.current?.focus({ preventScroll: onMount });
  }, [selected, card, region]);
}
