/** Cut the body of a bulletin into sections and items (title, paragraphs, attribution). */
import {
	parseAttribution,
	parseHeading,
	startsClosing,
	titleKey,
	type Attribution,
	type Line
} from './lines';
import type { ParseWarning, Section } from './types';

/** An item as the text gives it, before names, types and dates are resolved. */
export interface RawItem {
	section: Section | null;
	heading: string | null;
	title: string;
	paragraphs: string[];
	attribution: Attribution | null;
	line: number;
}

/** The body's items and the index of the closing block's first line (or lines.length). */
export interface Segmented {
	items: RawItem[];
	closingStart: number;
	headings: { text: string; section: Section | null; line: number }[];
}

const SENTENCE_END = /[。！？；…”」』）)!?;]$/;

/**
 * Walk the body lines. An attribution closes an item; a heading opens a section; a line that is a
 * contents title (or, without contents, looks like a title after a blank line) opens a new item even
 * when the previous one lacked its attribution, which becomes a warning.
 */
export function segmentBody(
	lines: Line[],
	tocKeys: Set<string>,
	warnings: ParseWarning[]
): Segmented {
	const items: RawItem[] = [];
	const headings: Segmented['headings'] = [];
	let section: Section | null = null;
	let heading: string | null = null;
	let current: RawItem | null = null;
	let prevBlank = true;
	const longest = Math.max(0, ...[...tocKeys].map((k) => k.length));
	const isTocTitleLine = (text: string) =>
		text.length <= 2 * longest + 8 && tocKeys.has(titleKey(text));

	const close = () => {
		if (current && !current.attribution) {
			warnings.push({
				code: 'no-attribution',
				message: `条目缺少供稿/摘述署名：${current.title}`,
				line: current.line,
				text: current.title
			});
		}
		if (current) items.push(current);
		current = null;
	};

	let i = 0;
	for (; i < lines.length; i++) {
		const { text, no } = lines[i]!;
		if (text === '') {
			prevBlank = true;
			continue;
		}
		const wasBlank = prevBlank;
		prevBlank = false;
		if (startsClosing(text)) break;
		const head = parseHeading(text);
		if (head && (head.marked || head.section !== null) && !isTocTitleLine(text)) {
			close();
			section = head.section;
			heading = head.text;
			headings.push({ text: head.text, section, line: no });
			if (section === null) {
				warnings.push({
					code: 'section-unknown',
					message: `无法识别的栏目标题：${head.text}`,
					line: no,
					text
				});
			}
			continue;
		}
		const attribution = parseAttribution(text);
		if (attribution) {
			if (current) {
				current.attribution = attribution;
				items.push(current);
				current = null;
			} else {
				warnings.push({
					code: 'orphan-text',
					message: `署名行不属于任何条目：${text}`,
					line: no,
					text
				});
			}
			continue;
		}
		if (current === null) {
			current = { section, heading, title: text, paragraphs: [], attribution: null, line: no };
			continue;
		}
		const isTocTitle = isTocTitleLine(text);
		const looksLikeTitle =
			tocKeys.size === 0 && wasBlank && text.length <= 60 && !SENTENCE_END.test(text);
		if (current.paragraphs.length > 0 && (isTocTitle || looksLikeTitle)) {
			close();
			current = { section, heading, title: text, paragraphs: [], attribution: null, line: no };
			continue;
		}
		current.paragraphs.push(text);
	}
	close();
	return { items, closingStart: i, headings };
}
