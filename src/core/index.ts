/** Public surface of the data core, shared by the browser app and the Node CLI. */
export * from './contract';
export * from './issues';
export * from './messages';
export { decodeBytes, fileTooLarge, MAX_FILE_BYTES } from './decode';
export { readCsv } from './csv';
export { decimalsOf, parseNumber, toHalfWidth } from './numbers';
export { loadDataset, parseDataFile, targetsIn, type DataFiles, type LoadResult, type LoadOptions } from './dataset';
export { checkProvenance, checkValuesInQuotes, droppedZeros, valueInQuote, squeeze, type FileHeaders, type SeedTexts } from './provenance';
export { UNITS, isUnit, unitAround, unitSeparator, withUnit, type UnitDef } from './units';
export * from './periods';
export { periodOfExcelDate } from './excelDates';
export * from './metrics';
export { shiftDecimal, toInternational, type Converted } from './convert';
export { once, type Once } from './once';
export { axisNumber, compareText, formatDecimal, groupDigits, groupPrinted, minusSign, type DecimalOptions } from './numberText';
export { colon, commaList, inBrackets, joinSentences } from './punctuation';
export { capitalized, indicatorName, nameIn, scopeName } from './names';
