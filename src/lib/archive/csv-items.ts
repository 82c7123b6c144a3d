/**
 * Item lists kept in spreadsheets (CSV or TSV) → items. A person maps the columns (guessed from Chinese or
 * English headers); every row that cannot become an item is an error with its line number, never a silent drop.
 * Mapped rows are grouped by month into pseudo-issues `csv-YYYY-MM` (a second CSV source kept beside the
 * first gets `csv2-YYYY-MM`, and so on), synthetic false, so the month charts count them like bulletin items.
 */
import Papa from 'papaparse';
import { resolveItemAlliances } from '../bulletin/alliances';
import type { ParseContext } from '../bulletin/parse';
import type { RawItem } from '../bulletin/segment';
import type { ParsedIssue, ParsedItem, ParseWarning, Section } from '../bulletin/types';
import { isDate } from '../calendar';

/** The item fields a column can be mapped to. */
export const CSV_FIELDS = ['title', 'body', 'date', 'alliance', 'section', 'contributor'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Which column (0-based) each field is read from, null when none; the section used when a row gives none. */
export type CsvMapping = Record<CsvField, number | null> & { defaultSection: Section };

/** A CSV file's header and rows, each row with the 1-based line it starts on. */
export interface CsvTable {
	headers: string[];
	rows: { line: number; cells: string[] }[];
	delimiter: string;
}

/** One row of a mapped item list: what is stored and parsed again on every start. */
export interface CsvItemRow {
	line: number;
	title: string;
	body: string;
	/** 'YYYY-MM-DD'. */
	date: string;
	alliance: string | null;
	section: Section;
	contributor: string | null;
}

/** Why a row was left out. */
export type CsvRowErrorCode = 'missing-title' | 'missing-date' | 'bad-date' | 'bad-section';

/** A row that cannot become an item, with its line and the value at fault. */
export interface CsvRowError {
	line: number;
	code: CsvRowErrorCode;
	value: string;
}

/** What a CSV source keeps in StoredSource.text (JSON): the mapped rows, parsed again on every start. */
export interface StoredCsv {
	kind: 'items-csv';
	version: 1;
	/** Pseudo-issue id prefix: 'csv', or 'csv2', 'csv3' … for further CSV sources. */
	prefix: string;
	mapping: CsvMapping;
	rows: CsvItemRow[];
}

/** Header words for each field, compared after trimming and lower-casing; exact matches win over contained ones. */
const HEADER_WORDS: Record<CsvField, string[]> = {
	title: ['标题', '题目', '条目标题', '新闻标题', 'title', 'headline', 'subject'],
	body: [
		'正文',
		'内容',
		'摘要',
		'简介',
		'详情',
		'body',
		'content',
		'text',
		'summary',
		'description'
	],
	date: ['日期', '时间', '发布日期', '活动日期', '发布时间', 'date', 'time', 'published'],
	alliance: ['联盟', '联盟名称', '所属联盟', 'alliance', 'alliance name'],
	section: ['栏目', '板块', '分类', '类别', 'section', 'category'],
	contributor: [
		'供稿',
		'供稿单位',
		'供稿方',
		'来源',
		'报送单位',
		'信息来源',
		'contributor',
		'source',
		'author'
	]
};

const norm = (s: string) =>
	s
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ');

/** Guess each field's column from the headers; a column serves one field at most. */
export function guessMapping(headers: readonly string[]): CsvMapping {
	const mapping: CsvMapping = {
		title: null,
		body: null,
		date: null,
		alliance: null,
		section: null,
		contributor: null,
		defaultSection: 'alliance'
	};
	const cells = headers.map(norm);
	const used = new Set<number>();
	for (const exact of [true, false]) {
		for (const field of CSV_FIELDS) {
			if (mapping[field] !== null) continue;
			const words = HEADER_WORDS[field];
			const at = cells.findIndex(
				(h, i) => !used.has(i) && h !== '' && words.some((w) => (exact ? h === w : h.includes(w)))
			);
			if (at >= 0) {
				mapping[field] = at;
				used.add(at);
			}
		}
	}
	return mapping;
}

/** Full-width digits and punctuation as ASCII (spreadsheets typed with a Chinese input method). */
function halfWidth(s: string): string {
	return s.replace(/[\uff10-\uff19\uff0d\uff0f\uff0e]/g, (c) =>
		String.fromCharCode(c.charCodeAt(0) - 0xfee0)
	);
}

const DATE_FORMS = [
	/^(\d{4})-(\d{1,2})-(\d{1,2})$/,
	/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
	/^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
	/^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/
];

/**
 * A row's date as 'YYYY-MM-DD': YYYY-MM-DD (also with / or .) or YYYY年M月D日, a time after it ignored;
 * null when it is not a real calendar day. Digits only, never a JS Date (no time-zone shift).
 */
export function parseItemDate(text: string): string | null {
	const s = halfWidth(text.trim())
		.replace(/[ T]\d{1,2}:\d{2}(:\d{2})?$/, '')
		.trim();
	for (const form of DATE_FORMS) {
		const m = form.exec(s);
		if (!m) continue;
		const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
		return isDate(date) ? date : null;
	}
	return null;
}

/** A section cell: the section ids, the bulletin's headings, or words in them; null when unknown. */
export function parseSection(text: string): Section | null {
	const s = norm(text);
	if (s === 'policy' || s.includes('政策')) return 'policy';
	if (s === 'liaison' || s.includes('联络组') || s.includes('协发网')) return 'liaison';
	if (s === 'alliance' || s.includes('联盟')) return 'alliance';
	return null;
}

function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
	return n;
}

/**
 * Read CSV or TSV text row by row (papaparse's step: no array of every row is built first), the first
 * non-empty row as the header. `limit` stops after that many data rows (for the mapping preview).
 */
export function readCsvTable(
	text: string,
	opts: { delimiter?: string; limit?: number } = {}
): CsvTable {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const table: CsvTable = { headers: [], rows: [], delimiter: opts.delimiter ?? ',' };
	let counted = 0;
	let newlines = 0;
	let header = true;
	Papa.parse<string[]>(source, {
		delimiter: opts.delimiter ?? '',
		delimitersToGuess: [',', '\t', ';', '|'],
		step: (result, parser) => {
			let end = result.meta.cursor;
			while (end > 0 && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--;
			newlines += countNewlines(source, counted, end);
			counted = end;
			const cells = result.data;
			// The row starts on the line where it ends, less the line breaks inside its quoted cells.
			const inside = cells.reduce((n, c) => n + countNewlines(c, 0, c.length), 0);
			table.delimiter = result.meta.delimiter;
			if (cells.every((c) => c.trim() === '')) return;
			if (header) {
				table.headers = cells.map((c) => c.trim());
				header = false;
				return;
			}
			table.rows.push({ line: newlines + 1 - inside, cells });
			if (opts.limit !== undefined && table.rows.length >= opts.limit) parser.abort();
		}
	});
	return table;
}

/** The rows that become items, and an error for every row that cannot. */
export function mapCsvRows(
	table: CsvTable,
	mapping: CsvMapping
): { rows: CsvItemRow[]; errors: CsvRowError[] } {
	const rows: CsvItemRow[] = [];
	const errors: CsvRowError[] = [];
	const cell = (cells: string[], field: CsvField) => {
		const at = mapping[field];
		return at === null ? '' : (cells[at] ?? '').trim();
	};
	for (const { line, cells } of table.rows) {
		const title = cell(cells, 'title');
		if (title === '') {
			errors.push({ line, code: 'missing-title', value: '' });
			continue;
		}
		const rawDate = cell(cells, 'date');
		if (rawDate === '') {
			errors.push({ line, code: 'missing-date', value: '' });
			continue;
		}
		const date = parseItemDate(rawDate);
		if (date === null) {
			errors.push({ line, code: 'bad-date', value: rawDate });
			continue;
		}
		const rawSection = cell(cells, 'section');
		const section = rawSection === '' ? mapping.defaultSection : parseSection(rawSection);
		if (section === null) {
			errors.push({ line, code: 'bad-section', value: rawSection });
			continue;
		}
		rows.push({
			line,
			title,
			body: cell(cells, 'body').replace(/\r\n?/g, '\n'),
			date,
			alliance: cell(cells, 'alliance') || null,
			section,
			contributor: cell(cells, 'contributor') || null
		});
	}
	return { rows, errors };
}

/** 'csv', 'csv2', 'csv3' …: the first prefix not in `taken`. */
export function csvPrefix(taken: Iterable<string>): string {
	const used = new Set(taken);
	for (let n = 1; ; n++) {
		const prefix = n === 1 ? 'csv' : `csv${n}`;
		if (!used.has(prefix)) return prefix;
	}
}

/** The prefix of a pseudo-issue id ('csv2-2025-03' → 'csv2'), or null for a bulletin's issue id. */
export function csvPrefixOf(issueId: string): string | null {
	return /^(csv\d*)-\d{4}-\d{2}$/.exec(issueId)?.[1] ?? null;
}

/**
 * The pseudo-issues of mapped rows: one per month, items in date order (then line order), names resolved
 * and activity types tagged exactly as for bulletin items. `file` becomes the pseudo-issue's title.
 */
export function csvIssues(
	rows: readonly CsvItemRow[],
	ctx: ParseContext,
	prefix: string,
	file: string
): ParsedIssue[] {
	const byMonth = new Map<string, CsvItemRow[]>();
	for (const row of rows) {
		const month = row.date.slice(0, 7);
		const list = byMonth.get(month);
		if (list) list.push(row);
		else byMonth.set(month, [row]);
	}
	return [...byMonth.keys()].sort().map((month) => {
		const monthRows = byMonth
			.get(month)!
			.slice()
			.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
		const id = `${prefix}-${month}`;
		const warnings: ParseWarning[] = [];
		const unresolved: ParsedIssue['unresolved'] = [];
		const items = monthRows.map((row, idx): ParsedItem => {
			const seq = idx + 1;
			const itemId = `${id}-${String(seq).padStart(2, '0')}`;
			const who = row.alliance ?? row.contributor;
			const raw: RawItem = {
				section: row.section,
				heading: null,
				title: row.title,
				paragraphs: row.body === '' ? [] : row.body.split('\n'),
				attribution: who
					? {
							text: row.contributor ?? who,
							kind: 'contributed',
							contributor: who,
							infoSource: null
						}
					: null,
				line: row.line
			};
			const names = resolveItemAlliances(ctx.registry, itemId, raw, row.body, warnings);
			unresolved.push(...names.unresolved);
			const topics = ctx.tag({ section: row.section, title: row.title, body: row.body });
			if (topics.length === 0 && row.section === 'alliance') {
				warnings.push({
					code: 'no-activity-type',
					message: `联盟条目没有匹配到任何活动类型：${row.title}`,
					line: row.line,
					text: row.title
				});
			}
			return {
				id: itemId,
				section: row.section,
				seq,
				title: row.title,
				body: row.body,
				attribution: raw.attribution?.text ?? null,
				kind: raw.attribution ? 'contributed' : null,
				contributor: row.contributor ?? row.alliance,
				infoSource: null,
				alliances: names.alliances,
				topics,
				eventDate: row.date,
				eventPrecision: 'day',
				line: row.line
			};
		});
		const last = monthRows[monthRows.length - 1]!;
		return {
			issue: {
				id,
				title: file,
				year: Number(month.slice(0, 4)),
				number: Number(month.slice(5, 7)),
				serial: null,
				date: last.date,
				publisher: null,
				editor: null,
				reviewer: null,
				signer: null,
				synthetic: false
			},
			items,
			warnings,
			unresolved
		};
	});
}

/** Read a CSV source's stored JSON; throws when it is not one. */
export function readStoredCsv(text: string): StoredCsv {
	const data = JSON.parse(text) as StoredCsv;
	if (
		data?.kind !== 'items-csv' ||
		data.version !== 1 ||
		!Array.isArray(data.rows) ||
		typeof data.prefix !== 'string'
	) {
		throw new Error('not a stored item list (items-csv v1)');
	}
	return data;
}
