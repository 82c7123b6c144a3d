/** The table of contents (本期导读): section headings and the item titles under them. */
import { parseHeading, parseTocEntry, titleKey, type Line } from './lines';
import type { ParseWarning, Section } from './types';

/** One contents entry. */
export interface TocEntry {
	title: string;
	key: string;
	section: Section | null;
	line: number;
}

/** One contents heading. */
export interface TocHeading {
	text: string;
	section: Section | null;
	line: number;
}

/** The contents and where the body begins (index into the lines). */
export interface Toc {
	headings: TocHeading[];
	entries: TocEntry[];
	bodyStart: number;
}

const TOC_TITLE = /^(?:本期导读|本期要目|目\s*录)$/;

/** Index of the 本期导读 line, or -1. */
export function findTocStart(lines: Line[]): number {
	return lines.findIndex((l) => TOC_TITLE.test(l.text));
}

/**
 * Read contents entries from `start` (the line after 本期导读) until the body begins: the first
 * heading for a section the contents already listed, or a line that is neither heading nor entry.
 */
export function parseToc(lines: Line[], start: number, warnings: ParseWarning[]): Toc {
	const headings: TocHeading[] = [];
	const entries: TocEntry[] = [];
	const seen = new Set<Section | null>();
	let current: Section | null = null;
	let prevWasEntry = false;
	let i = start;
	for (; i < lines.length; i++) {
		const { text, no } = lines[i]!;
		if (text === '') {
			prevWasEntry = false;
			continue;
		}
		const heading = parseHeading(text);
		if (heading) {
			if (seen.has(heading.section) && entries.length > 0) break;
			seen.add(heading.section);
			current = heading.section;
			headings.push({ text: heading.text, section: heading.section, line: no });
			prevWasEntry = false;
			continue;
		}
		const title = parseTocEntry(text);
		if (title !== null) {
			entries.push({ title, key: titleKey(title), section: current, line: no });
			prevWasEntry = true;
			continue;
		}
		// A line of punctuation alone cannot continue a title: say so rather than absorb it.
		if (prevWasEntry && titleKey(text) === '') {
			warnings.push({
				code: 'orphan-text',
				message: `本期导读中无法归类的文字：${text}`,
				line: no,
				text
			});
			continue;
		}
		// A contents entry wrapped onto the next line (text extracted from PDF).
		const last = entries[entries.length - 1];
		if (prevWasEntry && last && last.title.length + text.length <= 80 && text.length <= 30) {
			last.title += text;
			last.key = titleKey(last.title);
			continue;
		}
		break;
	}
	return { headings, entries, bodyStart: i };
}

/** Character-bigram Dice similarity of two keys, 0..1. */
export function similarity(a: string, b: string): number {
	if (a === b) return 1;
	if (a.length < 2 || b.length < 2) return 0;
	const grams = new Map<string, number>();
	for (let i = 0; i < a.length - 1; i++) {
		const g = a.slice(i, i + 2);
		grams.set(g, (grams.get(g) ?? 0) + 1);
	}
	let shared = 0;
	for (let i = 0; i < b.length - 1; i++) {
		const g = b.slice(i, i + 2);
		const n = grams.get(g) ?? 0;
		if (n > 0) {
			shared++;
			grams.set(g, n - 1);
		}
	}
	return (2 * shared) / (a.length - 1 + b.length - 1);
}
