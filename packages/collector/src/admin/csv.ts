/** A cell value as exported; null and undefined become an empty cell. */
export type CsvValue = string | number | null | undefined;

/**
 * One CSV cell (RFC 4180). Text starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
 * leading `'` so spreadsheets show it instead of running it as a formula (CSV injection); numbers
 * are written as they are. Cells with a quote, comma or line break are quoted, quotes doubled.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
