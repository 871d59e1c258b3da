/** English interface text. Chinese (`zh.ts`) must have exactly the same keys; a test checks it. */
export const en = {
  app: {
    title: 'Chinalco ESG indicators',
    subtitle: 'Key sustainability figures from the 2020 CSR report and the environmental remediation plan, each with its source.',
    language: 'Language',
    skip: 'Skip to content',
    footer: 'Every figure is quoted from its source document. Values are shown as printed, in the source’s unit.',
  },
  status: {
    loading: 'Loading data…',
    networkError: 'The data could not be loaded: {{message}}',
    retry: 'Try again',
    staleError: 'Reloading the data failed; the figures below are the last ones loaded.',
    issuesTitle_one: '{{count}} problem in the data files',
    issuesTitle_other: '{{count}} problems in the data files',
    issuesIntro: 'Rows with errors are left out; all other rows are shown. Each line names the file, line and column, the problem and the fix.',
    warning: 'Warning',
    error: 'Error',
    location: '{{file}} line {{line}}, column {{column}}',
  },
  indicators: {
    heading: 'Indicators',
    indicator: 'Indicator',
    unit: 'Unit',
    source: 'Source',
    scope: 'Scope',
    quotes: 'Quotes from the source',
    noData: 'No figures',
    count_one: '{{count}} indicator',
    count_other: '{{count}} indicators',
    derived: 'derived',
    note: 'Note',
  },
  targets: {
    heading: 'Targets of the remediation plan',
    target: 'Target',
    deadline: 'Deadline',
    value: 'Target value',
    level: 'Level',
  },
  category: {
    energy: 'Energy', emissions: 'Emissions', water: 'Water', land_waste: 'Land and waste',
    safety_health: 'Safety and health', employees: 'Employees', community: 'Community', economy: 'Economy',
    production: 'Production', governance: 'Governance', remediation: 'Remediation progress',
  },
  level: { industry_advanced: 'Industry advanced level', industry_average: 'Industry average level', plan: 'Plan milestone' },
  period: { H1: 'H1 {{year}}', H2: 'H2 {{year}}', month: '{{year}}-{{month}}', year: '{{year}}' },
};

/** Shape of an interface-text catalog. */
export type UiCatalog = typeof en;
