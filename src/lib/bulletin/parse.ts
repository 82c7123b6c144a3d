/** Parse the text of one bulletin into its issue, items and warnings. */
import { parseHeader } from './header';
import { parseClosingLine, parseHeading, type Line } from './lines';
import { repairLines } from './repair';
import { segmentBody, type RawItem } from './segment';
import { findTocStart, parseToc, type Toc } from './toc';
import { matchToc } from './match';
import { resolveItemAlliances } from './alliances';
import { extractEventDate } from './event-date';
import type { Registry } from '../registry/types';
import type {
	IssueMeta,
	ParsedIssue,
	ParsedItem,
	ParseWarning,
	Section,
	TopicMatch
} from './types';

/** What parsing needs besides the text: the registry for names and the activity-type tagger. */
export interface ParseContext {
	registry: Registry;
	tag: (item: { section: Section; title: string; body: string }) => TopicMatch[];
}

/** A file that is not a bulletin, with where the parser gave up. */
export class BulletinError extends Error {
	constructor(
		message: string,
		readonly file: string,
		readonly line: number | null = null
	) {
		super(file ? `${file}：${message}` : message);
		this.name = 'BulletinError';
	}
}

/** The section an item belongs to when no heading said so: digests are policy, alliance names are alliance items. */
function guessSection(raw: RawItem, contributorIsAlliance: boolean): Section {
	if (raw.attribution?.kind === 'digest') return 'policy';
	return contributorIsAlliance ? 'alliance' : 'liaison';
}

/** Parse normalised bulletin text. Throws BulletinError when the text has no 第N期 masthead. */
export function parseBulletin(text: string, ctx: ParseContext, file = ''): ParsedIssue {
	const lines: Line[] = text.split('\n').map((t, i) => ({ text: t.trim(), no: i + 1 }));
	const warnings: ParseWarning[] = [];
	const tocStart = findTocStart(lines);
	let toc: Toc = { headings: [], entries: [], bodyStart: 0 };
	let headerEnd: number;
	if (tocStart >= 0) {
		headerEnd = tocStart;
		toc = parseToc(lines, tocStart + 1, warnings);
	} else {
		const firstHeading = lines.findIndex((l) => parseHeading(l.text)?.marked);
		headerEnd = firstHeading >= 0 ? firstHeading : Math.min(lines.length, headerLength(lines));
		toc.bodyStart = headerEnd;
	}
	const header = parseHeader(lines.slice(0, headerEnd), warnings);
	if (header.year === null || header.number === null) {
		throw new BulletinError(
			'不是简报：前部没有找到“YYYY年第N期”刊头 (not a bulletin: no issue masthead)',
			file
		);
	}
	if (tocStart < 0) {
		warnings.push({ code: 'toc-missing', message: '没有找到本期导读（目录）', line: null });
	}
	if (header.date === null) {
		warnings.push({ code: 'header-missing', message: '刊头没有出版日期', line: header.line });
	}
	const issue: IssueMeta = {
		id: `${header.year}-${String(header.number).padStart(2, '0')}`,
		title: header.title,
		year: header.year,
		number: header.number,
		serial: header.serial,
		date: header.date,
		publisher: header.publisher,
		editor: null,
		reviewer: null,
		signer: null,
		synthetic: header.synthetic
	};

	const body = repairLines(
		lines.slice(toc.bodyStart),
		toc.entries.map((e) => e.title)
	);
	const tocKeys = new Set(toc.entries.map((e) => e.key));
	const seg = segmentBody(body, tocKeys, warnings);
	readClosing(body.slice(seg.closingStart), issue, warnings);
	if (seg.closingStart >= body.length) {
		warnings.push({
			code: 'closing-missing',
			message: '没有找到结尾的报送/编辑/签发信息（文件可能不完整）',
			line: null
		});
	}
	const tocOf = matchToc(toc.entries, seg.items, tocStart >= 0, warnings);

	const items: ParsedItem[] = [];
	const unresolved: ParsedIssue['unresolved'] = [];
	seg.items.forEach((raw, idx) => {
		const seq = idx + 1;
		const id = `${issue.id}-${String(seq).padStart(2, '0')}`;
		const bodyText = raw.paragraphs.join('\n');
		const names = resolveItemAlliances(ctx.registry, id, raw, bodyText, warnings);
		unresolved.push(...names.unresolved);
		let section = raw.section ?? tocOf.get(raw)?.section ?? null;
		if (section === null) {
			section = guessSection(
				raw,
				names.alliances.some((a) => a.role === 'contributor')
			);
			warnings.push({
				code: 'section-unknown',
				message: `条目不在任何栏目下，按署名归入 ${section}：${raw.title}`,
				line: raw.line
			});
		}
		const topics = ctx.tag({ section, title: raw.title, body: bodyText });
		if (topics.length === 0 && section === 'alliance') {
			warnings.push({
				code: 'no-activity-type',
				message: `联盟条目没有匹配到任何活动类型：${raw.title}`,
				line: raw.line,
				text: raw.title
			});
		}
		const when = extractEventDate(bodyText, issue.date, issue.year);
		items.push({
			id,
			section,
			seq,
			title: raw.title,
			body: bodyText,
			attribution: raw.attribution?.text ?? null,
			kind: raw.attribution?.kind ?? null,
			contributor: raw.attribution?.contributor ?? null,
			infoSource: raw.attribution?.infoSource ?? null,
			alliances: names.alliances,
			topics,
			eventDate: when?.date ?? null,
			eventPrecision: when?.precision ?? null,
			line: raw.line
		});
	});
	return { issue, items, warnings, unresolved };
}

/** Without contents or headings, the masthead is the lines up to its date line. */
function headerLength(lines: Line[]): number {
	for (let i = 0; i < Math.min(lines.length, 12); i++) {
		if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(lines[i]!.text)) return i + 1;
	}
	return Math.min(lines.length, 6);
}

/** The closing block: who edited, reviewed and signed; every other line is a contact or a warning. */
function readClosing(lines: Line[], issue: IssueMeta, warnings: ParseWarning[]): void {
	for (const { text, no } of lines) {
		if (text === '') continue;
		const c = parseClosingLine(text);
		if (c === null) {
			warnings.push({
				code: 'orphan-text',
				message: `结尾部分无法归类的文字：${text}`,
				line: no,
				text
			});
			continue;
		}
		if (c.field === 'editor') issue.editor = c.value;
		else if (c.field === 'reviewer') issue.reviewer = c.value;
		else if (c.field === 'signer') issue.signer = c.value;
	}
}
