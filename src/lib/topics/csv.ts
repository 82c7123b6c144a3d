/** Parse data/topics.csv (activity types and policy themes) into `Topic[]`. */
import Papa from 'papaparse';
import { SECTIONS, type Section } from '../bulletin/types';
import type { Dimension, Topic } from './types';

/** The header data/topics.csv must start with. */
export const TOPICS_CSV_HEADER = ['id', 'zh', 'en', 'dimension', 'sections', 'keywords'] as const;

const DIMENSION_SET: ReadonlySet<string> = new Set<Dimension>([
	'organisation',
	'innovation',
	'industry',
	'exchange',
	'policy'
]);
const SECTION_SET: ReadonlySet<string> = new Set<string>(SECTIONS);
const ID_RE = /^[a-z][a-z0-9-]*$/;

/** One problem in a topics CSV, with the 1-based line of the row it concerns. */
export interface TopicsCsvIssue {
	line: number;
	message: string;
}

/** Thrown by `parseTopicsCsv` with every problem found, each with its line. */
export class TopicsCsvError extends Error {
	readonly issues: TopicsCsvIssue[];
	constructor(issues: TopicsCsvIssue[], source = 'topics.csv') {
		super(`${source}: ${issues.map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
		this.name = 'TopicsCsvError';
		this.issues = issues;
	}
}

/** Split a `|`-separated cell into trimmed, non-empty parts. */
function splitList(cell: string): string[] {
	return cell
		.split('|')
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}

/** Count '\n' in `text` between `from` and `to`. */
function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
	return n;
}

/** Read rows with the 1-based line each starts on; `#` lines are comments. */
function readRows(text: string): { cells: string[]; line: number }[] {
	const rows: { cells: string[]; line: number }[] = [];
	let counted = 0;
	let newlines = 0;
	Papa.parse<string[]>(text, {
		delimiter: ',',
		comments: '#',
		step: (result) => {
			let end = result.meta.cursor;
			while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
			newlines += countNewlines(text, counted, end);
			counted = end;
			const cells = result.data;
			const inside = cells.reduce((n, c) => n + countNewlines(c, 0, c.length), 0);
			if (cells.every((c) => c.trim() === '')) return;
			rows.push({ cells, line: newlines + 1 - inside });
		}
	});
	return rows;
}

/** Parse a topics CSV (header `id,zh,en,dimension,sections,keywords`); throws `TopicsCsvError` listing every bad row. */
export function parseTopicsCsv(text: string, source = 'topics.csv'): Topic[] {
	const rows = readRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	const issues: TopicsCsvIssue[] = [];
	const head = rows.shift();
	if (!head) throw new TopicsCsvError([{ line: 1, message: 'empty file' }], source);
	const header = head.cells.map((c) => c.trim());
	if (header.join(',') !== TOPICS_CSV_HEADER.join(',')) {
		throw new TopicsCsvError(
			[
				{
					line: head.line,
					message: `header must be ${TOPICS_CSV_HEADER.join(',')}, got ${header.join(',')}`
				}
			],
			source
		);
	}
	const topics: Topic[] = [];
	const seen = new Map<string, number>();
	for (const { cells, line } of rows) {
		const bad = (message: string) => issues.push({ line, message });
		if (cells.length !== TOPICS_CSV_HEADER.length) {
			bad(`expected ${TOPICS_CSV_HEADER.length} fields, got ${cells.length}`);
			continue;
		}
		const [id, zh, en, dimension, sectionsCell, keywordsCell] = cells.map((c) => c.trim()) as [
			string,
			string,
			string,
			string,
			string,
			string
		];
		const before = issues.length;
		if (!ID_RE.test(id)) bad(`id "${id}" must be lower-case ASCII (a-z, 0-9, -)`);
		else if (seen.has(id)) bad(`duplicate id "${id}" (first on line ${seen.get(id)})`);
		if (!zh) bad(`topic "${id}" has no zh name`);
		if (!en) bad(`topic "${id}" has no en name`);
		if (!DIMENSION_SET.has(dimension))
			bad(`unknown dimension "${dimension}" (expected ${[...DIMENSION_SET].join('|')})`);
		const sections = splitList(sectionsCell);
		if (sections.length === 0) bad(`topic "${id}" has no sections`);
		for (const s of sections)
			if (!SECTION_SET.has(s)) bad(`unknown section "${s}" (expected ${SECTIONS.join('|')})`);
		const keywords = splitList(keywordsCell);
		if (!keywords.some((k) => !k.startsWith('!'))) bad(`topic "${id}" has no positive keyword`);
		for (const k of keywords) if (k === '!') bad(`empty negative keyword in topic "${id}"`);
		if (issues.length > before) continue;
		seen.set(id, line);
		topics.push({
			id,
			zh,
			en,
			dimension: dimension as Dimension,
			sections: [...new Set(sections)] as Section[],
			keywords: [...new Set(keywords)]
		});
	}
	if (issues.length > 0) throw new TopicsCsvError(issues, source);
	return topics;
}
