/**
 * Interface text of chart downloads, embeds and the presentation, English and Chinese with identical keys (a test
 * checks it). It is merged into the `ui` catalog under `share` by `registerShareText`, from the lazily loaded code
 * that uses it, so none of it weighs on the page shell (src/shared/locales is part of the shell).
 */
const en = {
  pngSlide: 'PNG for slides (1920×1080)',
  png3x: 'PNG, 3× screen size',
  transparent: 'Transparent background',
  svg: 'SVG (vector)',
  copy: 'Copy PNG',
  csv: 'Data (CSV)',
  embed: 'Embed…',
  working: 'Preparing the file…',
  saved: 'Downloaded {{file}}.',
  copied: 'The image is on the clipboard.',
  copyRefused: 'The browser did not allow copying the image ({{reason}}). Use “PNG for slides” and insert the file instead.',
  failed: 'The file could not be made: {{message}}',
  csvColumns: {
    indicatorId: 'indicator_id', indicator: 'Indicator', series: 'Series', scope: 'Scope', period: 'Period',
    value: 'Value', unit: 'Unit', source: 'Source', locator: 'Locator', quote: 'Quote',
    actual: 'actual', target: 'target ({{comparator}})',
  },
  embedDialog: {
    title: 'Embed this chart',
    intro: 'Paste this HTML into your page. The frame shows the chart with its title and source and links back here.',
    code: 'HTML to paste',
    script: 'Also resize the frame to fit the chart (adds a small script)',
    copy: 'Copy the code',
    copied: 'Copied.',
    selectHint: 'Copying is not allowed here; select the code and copy it yourself.',
    close: 'Close',
  },
  slides: {
    heading: 'Presentation',
    previous: 'Previous chart',
    next: 'Next chart',
    exit: 'Leave the presentation',
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    position: 'Chart {{n}} of {{total}}',
    hint: 'Arrow keys, Page Up/Down, Home and End move between charts; Esc leaves.',
    empty: 'There are no charts to show.',
  },
  embedPage: {
    unknown: 'There is no chart with the id “{{id}}”. The link may be old: open the dashboard to find the chart.',
    unknownScope: 'This chart has no targets for the scope “{{scope}}”. Remove the scope from the link to see every scope.',
    back: 'See it on the ESG dashboard',
    failed: 'The data could not be loaded. Try again later.',
  },
};

/** Shape of the share text. */
export type ShareText = typeof en;

const zh: ShareText = {
  pngSlide: 'PNG（幻灯片尺寸 1920×1080）',
  png3x: 'PNG（屏幕尺寸的 3 倍）',
  transparent: '透明背景',
  svg: 'SVG（矢量图）',
  copy: '复制 PNG',
  csv: '数据（CSV）',
  embed: '嵌入…',
  working: '正在生成文件……',
  saved: '已下载 {{file}}。',
  copied: '图片已复制到剪贴板。',
  copyRefused: '浏览器不允许复制图片（{{reason}}）。请改用“PNG（幻灯片尺寸）”下载后插入。',
  failed: '无法生成文件：{{message}}',
  csvColumns: {
    indicatorId: 'indicator_id', indicator: '指标', series: '系列', scope: '范围', period: '期间',
    value: '数值', unit: '单位', source: '来源', locator: '出处', quote: '原文',
    actual: '实际', target: '目标（{{comparator}}）',
  },
  embedDialog: {
    title: '嵌入此图表',
    intro: '把下面的 HTML 粘贴到您的网页中。框架内显示图表及其标题和来源，并链接回本站。',
    code: '要粘贴的 HTML',
    script: '同时让框架高度自动适应图表（附加一段小脚本）',
    copy: '复制代码',
    copied: '已复制。',
    selectHint: '此处不允许复制；请自行选中代码并复制。',
    close: '关闭',
  },
  slides: {
    heading: '演示',
    previous: '上一张图表',
    next: '下一张图表',
    exit: '退出演示',
    fullscreen: '全屏',
    exitFullscreen: '退出全屏',
    position: '第 {{n}} 张，共 {{total}} 张',
    hint: '方向键、Page Up/Down、Home 和 End 切换图表；Esc 退出。',
    empty: '没有可展示的图表。',
  },
  embedPage: {
    unknown: '没有 id 为“{{id}}”的图表。链接可能已过期：请打开数据看板查找该图表。',
    unknownScope: '该图表没有范围“{{scope}}”的目标。请从链接中删除 scope 参数以查看所有范围。',
    back: '在 ESG 数据看板中查看',
    failed: '数据加载失败，请稍后再试。',
  },
};

/** Both languages, for the embed page (no i18next) and the key test. */
export const SHARE_TEXT = { en, zh } as const;

/** Minimal view of an i18next instance: what registering needs. */
interface Registry {
  hasResourceBundle(lng: string, ns: string): boolean;
  getResource(lng: string, ns: string, key: string): unknown;
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean, overwrite?: boolean): unknown;
}

/**
 * Adds the share text to every language whose `ui` catalog is loaded. Cheap when already done, so components call it
 * on every render: after a switch to a newly loaded language it adds that language too. A language that is not loaded
 * is left alone, because an existing `ui` bundle is what tells `loadLanguage` the catalog is already there.
 */
export function registerShareText(i18n: Registry): void {
  for (const lang of ['en', 'zh'] as const) {
    if (i18n.hasResourceBundle(lang, 'ui') && i18n.getResource(lang, 'ui', 'share.pngSlide') === undefined) {
      i18n.addResourceBundle(lang, 'ui', { share: SHARE_TEXT[lang] }, true, false);
    }
  }
}
