import type { Category } from '../core';

/** A dashboard section: its URL id and the indicator categories it shows. */
export interface SectionDef {
  readonly id: string;
  readonly categories: readonly Category[];
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
  { id: 'community', categories: ['community'] },
  { id: 'economy', categories: ['economy', 'production', 'governance'] },
  { id: 'land', categories: ['land_waste'] },
  { id: 'remediation', categories: ['remediation'] },
  { id: 'notes', categories: [] },
  { id: 'sources', categories: [] },
  { id: 'preview', categories: [] },
];

/** The section for a URL value; unknown values fall back to the overview rather than an empty page. */
export const sectionById = (id: string): SectionDef => SECTIONS.find((s) => s.id === id) ?? SECTIONS[0];
