/** `npm run report` in Node: arguments, the archive from bulletin files, the evaluation as a table. */
import { existsSync, statSync } from 'node:fs';
import { bulletinFiles, openArchiveDb } from '../archive/archive-node';
import { isLocale, type Locale } from '../i18n/translate';
import { archiveVersion, issueYears } from '../queries/evaluation';
import { evaluateYear } from './evaluate';
import {
	chinaMinute,
	reportColumns,
	reportMeta,
	reportRows,
	type ReportKey,
	type ReportRow
} from './report';
import type { EvaluationResult } from './types';

/** What `npm run report` takes. */
export interface ReportArgs {
	year: number;
	/** CSV file to write; null: standard output. */
	out: string | null;
	/** Folder of bulletin files. */
	data: string;
	/** Leave out synthetic issues and items. */
	real: boolean;
	locale: Locale;
}

/** A command-line mistake; the message says what to do. */
export class ReportArgsError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ReportArgsError';
	}
}

/** Arguments that parse but name nothing to report on: a missing folder, no bulletins, no issues in the year. */
export class ReportInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ReportInputError';
	}
}

/** Usage text for `npm run report`. */
export const REPORT_USAGE = `usage: npm run report -- --year YYYY [--out FILE] [--data DIR] [--real] [--locale zh-CN|en]
  --year YYYY   the year to evaluate (issues of that volume year), e.g. 2026
  --out FILE    write the CSV (UTF-8 with BOM) to FILE; default: standard output
  --data DIR    folder of bulletin files (.txt, .docx, .pdf); default: data/bulletins
  --real        leave out synthetic (demo) issues and items
  --locale L    column labels and header lines in zh-CN (default) or en`;

const VALUED = ['year', 'out', 'data', 'locale'] as const;
type Valued = (typeof VALUED)[number];

/** Parse and check the arguments; `null` means --help was asked for. Throws ReportArgsError. */
export function parseReportArgs(argv: string[]): ReportArgs | null {
	const raw: Partial<Record<Valued, string>> = {};
	let real = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--help' || arg === '-h') return null;
		if (arg === '--real') {
			real = true;
			continue;
		}
		const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
		const name = m?.[1] as Valued | undefined;
		if (!m || !name || !VALUED.includes(name))
			throw new ReportArgsError(`unknown argument “${arg}”`);
		const value = m[2] ?? argv[++i];
		if (value === undefined || value.startsWith('--'))
			throw new ReportArgsError(`--${name} needs a value`);
		if (raw[name] !== undefined) throw new ReportArgsError(`--${name} given twice`);
		raw[name] = value;
	}
	if (raw.year === undefined) throw new ReportArgsError('--year is required, e.g. --year 2026');
	if (!/^\d{4}$/.test(raw.year) || Number(raw.year) < 1990) {
		throw new ReportArgsError(`--year must be a four-digit year such as 2026, got “${raw.year}”`);
	}
	const locale = raw.locale ?? 'zh-CN';
	if (!isLocale(locale)) throw new ReportArgsError(`--locale must be zh-CN or en, got “${locale}”`);
	if (raw.out !== undefined && raw.out.trim() === '')
		throw new ReportArgsError('--out needs a file name');
	return {
		year: Number(raw.year),
		out: raw.out ?? null,
		data: raw.data ?? 'data/bulletins',
		real,
		locale
	};
}

/** The report as a table: header lines, columns and one row per registered alliance. */
export interface ReportTable {
	result: EvaluationResult;
	meta: [string, string][];
	columns: { key: ReportKey; label: string }[];
	rows: ReportRow[];
	/** One line for the terminal. */
	summary: string;
}

/**
 * Build the archive from the bulletin folder, evaluate the year and lay out the report.
 * Throws ReportInputError for a missing folder, a folder without bulletins or a year without issues.
 */
export async function buildReport(args: ReportArgs, now: Date = new Date()): Promise<ReportTable> {
	if (!existsSync(args.data) || !statSync(args.data).isDirectory()) {
		throw new ReportInputError(`bulletin folder not found: ${args.data}`);
	}
	const files = bulletinFiles(args.data);
	if (files.length === 0)
		throw new ReportInputError(`no bulletin files (.txt, .docx, .pdf) in ${args.data}`);
	const db = await openArchiveDb(files);
	try {
		const result = await evaluateYear(db, args.year, { real: args.real });
		if (result.issues === 0) {
			const years = await issueYears(db, { real: args.real });
			const have = years.length ? years.join(', ') : 'none';
			throw new ReportInputError(
				`no${args.real ? ' real' : ''} issues of ${args.year} in ${args.data} (years with issues: ${have})`
			);
		}
		const version = await archiveVersion(db, { real: args.real });
		const dataVersion = `${version.issues} issues, latest ${version.latest}, md5 ${version.digest}`;
		const generated = chinaMinute(now);
		const c = result.gradeCounts;
		return {
			result,
			meta: reportMeta(result, { dataVersion, real: args.real, generated }, args.locale),
			columns: reportColumns(args.locale),
			rows: reportRows(result, args.locale),
			summary: `report: ${args.year}, ${result.issues} issue${result.issues === 1 ? '' : 's'}, ${result.alliances.length} alliances: ${c.high} high, ${c['fairly-high']} fairly high, ${c.average} average, ${c.inactive} inactive (model ${result.configVersion})`
		};
	} finally {
		await db.close();
	}
}
