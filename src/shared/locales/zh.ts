import type { UiCatalog } from './en';

/** 中文界面文字。键必须与 en.ts 完全一致。 */
export const zh: UiCatalog = {
  app: {
    title: '中铝集团 ESG 指标',
    subtitle: '2020 年社会责任报告与生态环境问题整改方案中的关键可持续发展数据，每个数字均附来源。',
    language: '语言',
    skip: '跳到正文',
    footer: '所有数字均摘自来源文件，按原文数值和原文单位展示。',
  },
  status: {
    loading: '正在加载数据……',
    networkError: '数据加载失败：{{message}}',
    retry: '重试',
    staleError: '重新加载数据失败；下方显示的是上次加载的数据。',
    issuesTitle_one: '数据文件中有 {{count}} 个问题',
    issuesTitle_other: '数据文件中有 {{count}} 个问题',
    issuesIntro: '有错误的行未显示，其余各行照常显示。每条信息都注明文件、行、列、问题及修改方法。',
    warning: '警告',
    error: '错误',
    location: '{{file}} 第 {{line}} 行，第 {{column}} 列',
  },
  indicators: {
    heading: '指标',
    indicator: '指标',
    unit: '单位',
    source: '来源',
    scope: '范围',
    quotes: '来源原文',
    noData: '无数据',
    count_one: '{{count}} 项指标',
    count_other: '{{count}} 项指标',
    derived: '推算',
    note: '注',
  },
  targets: {
    heading: '整改方案目标',
    target: '目标',
    deadline: '时限',
    value: '目标值',
    level: '水平',
  },
  category: {
    energy: '能源', emissions: '排放', water: '水资源', land_waste: '土地与废物',
    safety_health: '安全与健康', employees: '员工', community: '社区', economy: '经济',
    production: '生产', governance: '治理', remediation: '整改进展',
  },
  level: { industry_advanced: '行业先进水平', industry_average: '行业平均水平', plan: '计划节点' },
  period: { H1: '{{year}} 年上半年', H2: '{{year}} 年下半年', month: '{{year}} 年 {{month}} 月', year: '{{year}} 年' },
};
