import { columnLetter, type Issue } from './issues';

/** Interface languages. */
export type Lang = 'zh' | 'en';

type Catalog = Readonly<Record<string, string>>;

/**
 * Every validation message, each naming the problem and the fix. Placeholders use i18next's `{{name}}` syntax so the
 * app can load this catalog into i18next unchanged, and the CLI can format it without i18next.
 */
export const MESSAGES: Readonly<Record<Lang, Catalog>> = {
  en: {
    file_missing: 'The file could not be found. Put it back in the data folder under exactly this name.',
    file_too_large: 'The file is {{size}} bytes, above the limit of {{max}}. Split it or remove rows that are not data.',
    empty_file: 'The file is empty. Save it again with the header row and at least one data row.',
    utf16_file: 'The file is UTF-16 ("Unicode text"). In Excel choose Save As > "CSV UTF-8 (Comma delimited)".',
    binary_file: 'This is a {{kind}} file renamed to .csv, not a CSV. In Excel choose Save As > "CSV UTF-8 (Comma delimited)".',
    encoding_gb18030: 'The file is in GBK/GB18030 (Chinese Excel\'s plain "CSV"); it was read, but save it next time as "CSV UTF-8 (Comma delimited)".',
    encoding_unknown: 'The text encoding is neither UTF-8 nor GB18030. Save the file as "CSV UTF-8 (Comma delimited)".',
    html_not_csv: 'This is a web page (HTML), not a CSV: the file is missing on the server or was saved from a browser. Upload the CSV itself.',
    missing_header: 'The first line must be the header row with the column names. Add it back (copy it from the template).',
    wrong_delimiter: 'The columns are separated by "{{delimiter}}" instead of commas. Save as "CSV UTF-8 (Comma delimited)", or set the list separator to a comma.',
    empty_header: 'This column has no name in the header row. Name it, or delete the empty column.',
    reserved_header: 'The column name "{{name}}" is not allowed. Rename or delete this column.',
    duplicate_header: 'The column name "{{name}}" appears twice (first in column {{first}}). Rename or delete one of them.',
    unterminated_quote: 'A quotation mark opened here is never closed, so the rest of the file cannot be read. Close the quote or remove it; inside a quoted cell write "" for one quotation mark.',
    wrong_field_count: 'This row has {{found}} cells but the header has {{expected}}. Look for an extra comma (put cells containing commas in quotes) or a missing cell.',
    field_too_long: 'This cell is {{length}} characters long (limit {{max}}); usually a quotation mark is missing. Check the quotes in this row.',
    control_character: 'This cell contains an invisible control character. Retype the cell or delete the character.',
    missing_column: 'The required column "{{name}}" is missing from the header. Add it (check its spelling); columns found: {{header}}.',
    missing_value: 'Column "{{column}}" may not be empty. Fill it in; if a value is unknown, delete the whole row instead.',
    invalid_id: '"{{value}}" is not a valid id for "{{column}}". Use lowercase letters, digits and _ only, e.g. energy_total.',
    invalid_enum: '"{{value}}" is not allowed in "{{column}}". Use one of: {{allowed}}.',
    unknown_unit: 'Unit "{{value}}" is not in the list of units. Use a unit code from data/README.md, e.g. "10^4 t" or "%".',
    invalid_path: '"{{value}}" is not a file under seeds/. Write a path like seeds/report-2020.txt.',
    invalid_date: '"{{value}}" is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-06-30.',
    invalid_period: '"{{value}}" is not a period. Write YYYY (a year), YYYY-H1 / YYYY-H2 (a half-year) or YYYY-MM (a month), e.g. 2020 or 2020-H1.',
    invalid_int: '"{{value}}" in "{{column}}" must be a whole number from {{min}} to {{max}}.',
    number_empty: 'Column "{{column}}" needs a number. If the value is unknown, delete the whole row instead.',
    number_decimal_comma: '"{{value}}" is ambiguous: a comma can be a decimal mark or a thousands separator. Write the number with a decimal point and no separators, e.g. 1.5 or 1500.',
    number_not_a_number: '"{{value}}" is not a number. Write digits only, as the source prints them, e.g. 2902.17; if the value is unknown, delete the row instead of writing n/a or 0.',
    number_too_large: '"{{value}}" is too large to store exactly. Use the unit the source uses (e.g. 10^4 t) so the number is smaller.',
    duplicate_key: 'This row repeats {{key}} "{{value}}" of line {{first}}. Delete one row, or change the key if both are meant.',
    source_file_missing: 'The source file "{{value}}" does not exist. Add it under seeds/ or correct the path.',
    unknown_indicator: 'Indicator "{{value}}" is not in indicators.csv. Add it there first, or correct the spelling.',
    unknown_scope: 'Scope "{{value}}" is not in scopes.csv. Add it there first, or correct the spelling.',
    unknown_source: 'Source "{{value}}" is not in sources.csv. Add it there first, or correct the spelling.',
    percent_sign_wrong_unit: '"{{value}}%" has a % sign but the indicator\'s unit is "{{unit}}". Remove the % sign or correct the indicator.',
    derived_without_note: 'A derived value must say how it was computed. Write the calculation in note_zh and note_en.',
    target_unit_mismatch: 'The target is in "{{value}}" but the indicator is in "{{expected}}". Give the target in the indicator\'s unit.',
    quote_not_in_source: 'The quote is not found word for word in source "{{source}}". Copy the exact text from the source document.',
    value_not_in_quote: 'The value {{value}} does not appear in the quote. Quote the passage that prints this number, or correct the value.',
    fetch_failed: 'The file could not be downloaded ({{status}}). Check that it is on the server, then reload.',
  },
  zh: {
    file_missing: '找不到该文件。请将其放回 data 文件夹，文件名保持不变。',
    file_too_large: '文件大小为 {{size}} 字节，超过上限 {{max}}。请拆分文件或删除非数据行。',
    empty_file: '文件为空。请保存包含表头行和至少一行数据的文件。',
    utf16_file: '文件是 UTF-16 编码（“Unicode 文本”）。请在 Excel 中选择“另存为”>“CSV UTF-8（逗号分隔）”。',
    binary_file: '这是改名为 .csv 的 {{kind}} 文件，并非 CSV。请在 Excel 中选择“另存为”>“CSV UTF-8（逗号分隔）”。',
    encoding_gb18030: '文件为 GBK/GB18030 编码（中文版 Excel 默认的“CSV”）；已读取，但下次请另存为“CSV UTF-8（逗号分隔）”。',
    encoding_unknown: '文本编码既不是 UTF-8 也不是 GB18030。请另存为“CSV UTF-8（逗号分隔）”。',
    html_not_csv: '这是网页（HTML），不是 CSV：服务器上缺少该文件，或文件是从浏览器另存的。请上传 CSV 文件本身。',
    missing_header: '第一行必须是列名表头。请补上表头（可从模板复制）。',
    wrong_delimiter: '各列以“{{delimiter}}”分隔，而不是逗号。请另存为“CSV UTF-8（逗号分隔）”，或将列表分隔符设为逗号。',
    empty_header: '表头中此列没有列名。请填写列名，或删除该空列。',
    reserved_header: '列名“{{name}}”不允许使用。请重命名或删除该列。',
    duplicate_header: '列名“{{name}}”出现了两次（第一次在第 {{first}} 列）。请重命名或删除其中一列。',
    unterminated_quote: '此处的引号没有闭合，文件其余部分无法读取。请补全或删除该引号；在带引号的单元格内，用 "" 表示一个引号。',
    wrong_field_count: '此行有 {{found}} 个单元格，但表头有 {{expected}} 列。请检查是否多了逗号（含逗号的内容需加引号）或缺少单元格。',
    field_too_long: '此单元格长达 {{length}} 个字符（上限 {{max}}），通常是缺少引号。请检查此行的引号。',
    control_character: '此单元格包含不可见的控制字符。请重新输入该单元格或删除该字符。',
    missing_column: '表头缺少必需的列“{{name}}”。请添加该列（注意拼写）；当前的列：{{header}}。',
    missing_value: '“{{column}}”列不能为空。请填写；如果数值未知，请删除整行。',
    invalid_id: '“{{value}}”不是有效的“{{column}}”。只能使用小写字母、数字和下划线，例如 energy_total。',
    invalid_enum: '“{{column}}”列不允许填写“{{value}}”。请使用以下之一：{{allowed}}。',
    unknown_unit: '单位“{{value}}”不在单位列表中。请使用 data/README.md 中的单位代码，例如“10^4 t”或“%”。',
    invalid_path: '“{{value}}”不是 seeds/ 下的文件。请写成 seeds/report-2020.txt 这样的路径。',
    invalid_date: '“{{value}}”不是日期。请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2021-06-30。',
    invalid_period: '“{{value}}”不是有效期间。请写成 YYYY（年度）、YYYY-H1 / YYYY-H2（半年）或 YYYY-MM（月份），例如 2020 或 2020-H1。',
    invalid_int: '“{{column}}”列的“{{value}}”必须是 {{min}} 到 {{max}} 之间的整数。',
    number_empty: '“{{column}}”列需要数字。如果数值未知，请删除整行。',
    number_decimal_comma: '“{{value}}”有歧义：逗号可能是小数点，也可能是千位分隔符。请用小数点、不加分隔符，例如 1.5 或 1500。',
    number_not_a_number: '“{{value}}”不是数字。请按原文只填写数字，例如 2902.17；数值未知时请删除该行，不要填 n/a 或 0。',
    number_too_large: '“{{value}}”太大，无法精确保存。请使用原文的单位（如 10^4 t），使数字变小。',
    duplicate_key: '此行与第 {{first}} 行的 {{key}}“{{value}}”重复。请删除其中一行；如两行都需要，请修改键值。',
    source_file_missing: '来源文件“{{value}}”不存在。请将其放入 seeds/，或更正路径。',
    unknown_indicator: '指标“{{value}}”不在 indicators.csv 中。请先在那里添加，或更正拼写。',
    unknown_scope: '范围“{{value}}”不在 scopes.csv 中。请先在那里添加，或更正拼写。',
    unknown_source: '来源“{{value}}”不在 sources.csv 中。请先在那里添加，或更正拼写。',
    percent_sign_wrong_unit: '“{{value}}%”带有百分号，但该指标的单位是“{{unit}}”。请删除百分号或更正指标。',
    derived_without_note: '推算值必须说明计算方法。请在 note_zh 和 note_en 中写明计算过程。',
    target_unit_mismatch: '目标值单位为“{{value}}”，但指标单位为“{{expected}}”。请按指标的单位填写目标值。',
    quote_not_in_source: '在来源“{{source}}”中找不到与引文逐字相同的文字。请从原文中原样复制。',
    value_not_in_quote: '数值 {{value}} 没有出现在引文中。请引用印有该数字的原文，或更正数值。',
    fetch_failed: '无法下载该文件（{{status}}）。请确认文件在服务器上，然后刷新页面。',
  },
};

/** Fills `{{name}}` placeholders; unknown placeholders stay visible rather than silently vanishing. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The message of an issue in one language (problem and fix), without its location. */
export function issueMessage(i: Issue, lang: Lang): string {
  const template = MESSAGES[lang][i.code] ?? MESSAGES[lang === 'zh' ? 'en' : 'zh'][i.code] ?? i.code;
  return interpolate(template, i.params);
}

/** One line per issue as editors and CI logs expect: `file:line:column  message`. */
export function formatIssue(i: Issue, lang: Lang): string {
  const where = lang === 'zh' ? `（Excel 第 ${columnLetter(i.column)} 列）` : ` (Excel column ${columnLetter(i.column)})`;
  const level = i.severity === 'warning' ? (lang === 'zh' ? '警告：' : 'warning: ') : '';
  return `${i.file}:${i.line}:${i.column}  ${level}${issueMessage(i, lang)}${where}`;
}
