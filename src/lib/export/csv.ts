/** CSV out: UTF-8 with BOM (Excel reads Chinese), a block recording the filters, cells that never run as formulas. */
import Papa from 'papaparse';

/** A cell value as exported. */
export type CsvValue = string | number | boolean | null | undefined;

/** A cell a spreadsheet will not run as a formula: text starting with = + - @ tab or CR gets a leading '. */
export function safeCell(value: CsvValue): string | number {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? value : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A column: the row key and its header in the interface language. */
export interface CsvColumn<K extends string = string> {
	key: K;
	label: string;
}

/** The file's text: BOM, the meta lines, a blank line, the header row, then the rows (CRLF line ends). */
export function toCsv<K extends string>(table: {
	meta: [string, string][];
	columns: CsvColumn<K>[];
	rows: Partial<Record<K, CsvValue | CsvValue[]>>[];
}): string {
	const unparse = (data: (string | number)[][]) => Papa.unparse(data, { newline: '\r\n' });
	const cell = (v: CsvValue | CsvValue[]) => safeCell(Array.isArray(v) ? v.join(' ') : v);
	const meta = unparse(table.meta.map(([k, v]) => [safeCell(k), safeCell(v)]));
	const body = unparse([
		table.columns.map((c) => safeCell(c.label)),
		...table.rows.map((row) => table.columns.map((c) => cell(row[c.key])))
	]);
	return `\uFEFF${meta}\r\n\r\n${body}\r\n`;
}

/** A file name that says the view, the period and the day: `联盟排行_2025-01_2025-12_20261124.csv`. */
export function exportFileName(
	view: string,
	from: string | null,
	to: string | null,
	today: string
): string {
	const safe = view.replace(/[\\/:*?"<>|\s]+/g, '-');
	const period = from || to ? `_${from ?? '始'}_${to ?? '今'}` : '_全部';
	return `${safe}${period}_${today.replace(/-/g, '')}.csv`;
}
