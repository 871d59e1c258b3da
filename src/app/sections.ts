import type { Category } from '../core';

/** A dashboard section: its URL id and the indicator categories it shows. */
export interface SectionDef {
  readonly id: string;
  readonly categories: readonly Category[];
  /**
   * Indicators of another section's categories that this section charts as well, because readers look for them here.
   * Their full table stays with their own category; the card links there.
   */
  readonly also?: readonly string[];
}

/**
 * The sections, in navigation order. Every category belongs to exactly one section, so every indicator of the dataset
 * appears somewhere (a test checks it).
 */
export const SECTIONS: readonly SectionDef[] = [
  { id: 'overview', categories: [] },
  { id: 'energy', categories: ['energy'] },
  { id: 'emissions', categories: ['emissions'] },
  { id: 'water', categories: ['water'] },
  { id: 'safety', categories: ['safety_health', 'employees'] },
  // Taxes are an economic disclosure (GRI 201-1, category economy), but what the company gives society is what a
  // reader of Community asks about: donations, taxes, poverty alleviation and volunteering.
  { id: 'community', categories: ['community'], also: ['taxes_paid'] },
  { id: 'economy', categories: ['economy', 'production', 'governance'] },
  { id: 'land', categories: ['land_waste'] },
  { id: 'remediation', categories: ['remediation'] },
  { id: 'notes', categories: [] },
  { id: 'sources', categories: [] },
  { id: 'preview', categories: [] },
];

/** The section for a URL value; unknown values fall back to the overview rather than an empty page. */
export const sectionById = (id: string): SectionDef => SECTIONS.find((s) => s.id === id) ?? SECTIONS[0];
