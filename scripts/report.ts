/** `npm run report -- --year 2026 [--out FILE] [--data DIR] [--real]`: the activeness evaluation as CSV. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import {
	buildReport,
	parseReportArgs,
	REPORT_USAGE,
	ReportArgsError,
	ReportInputError,
	type ReportArgs
} from '../src/lib/evaluation/report-node';

// A stand-in until src/lib/export/csv.ts exists (another part owns it): same shape, so the swap
// is one import. Kept here, not in src/lib, so nothing else starts to depend on it.

/** A cell a spreadsheet will not run as a formula: text starting with = + - @ tab or CR gets a leading '. */
export function safeCell(value: string | number | null | undefined): string | number {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return value;
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** UTF-8 CSV with BOM: the meta lines, a blank line, the header row and the rows. */
export function toCsv<K extends string>(table: {
	meta: [string, string][];
	columns: { key: K; label: string }[];
	rows: Record<K, string | number | null>[];
}): string {
	const unparse = (data: (string | number)[][]) => Papa.unparse(data, { newline: '\r\n' });
	const meta = unparse(table.meta.map((pair) => pair.map(safeCell)));
	const body = unparse([
		table.columns.map((c) => safeCell(c.label)),
		...table.rows.map((row) => table.columns.map((c) => safeCell(row[c.key])))
	]);
	return `\uFEFF${meta}\r\n\r\n${body}\r\n`;
}

/** The whole report as CSV text, and the line for the terminal. */
export async function reportCsv(args: ReportArgs, now = new Date()) {
	const table = await buildReport(args, now);
	return { csv: toCsv(table), summary: table.summary, result: table.result };
}

/** Run the command; the exit code: 0 done, 1 nothing to report on or a failed build, 2 bad arguments. */
async function main(argv: string[]): Promise<number> {
	try {
		const args = parseReportArgs(argv);
		if (args === null) {
			console.log(REPORT_USAGE);
			return 0;
		}
		const { csv, summary } = await reportCsv(args);
		if (args.out) {
			writeFileSync(args.out, csv, 'utf8');
			console.error(`${summary} → ${args.out}`);
		} else {
			process.stdout.write(csv);
			console.error(summary);
		}
		return 0;
	} catch (e) {
		if (e instanceof ReportArgsError) {
			console.error(`report: ${e.message}\n${REPORT_USAGE}`);
			return 2;
		}
		if (e instanceof ReportInputError) {
			console.error(`report: ${e.message}`);
			return 1;
		}
		console.error(`report: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exitCode = await main(process.argv.slice(2));
}
