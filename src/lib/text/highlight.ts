/** Split text into plain and matched segments, so a page can wrap matches in <mark> as text (never HTML). */

/** A run of text; `match` is the term (as given) it matched, null for plain text. */
export interface Segment {
	text: string;
	match: string | null;
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * `text` cut at every occurrence of any of `terms`, case-insensitively; at one place the longest
 * term wins, and matches never overlap. Blank terms are ignored; the segments join back to `text`.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
	const distinct = [...new Set(terms.map((t) => t.trim()).filter((t) => t !== ''))];
	if (text === '') return [];
	if (distinct.length === 0) return [{ text, match: null }];
	// Longest first, so the alternation prefers 标准化 over 标准 where both start.
	const sorted = [...distinct].sort((a, b) => b.length - a.length);
	const pattern = new RegExp(sorted.map((t) => t.replace(SPECIAL, '\\$&')).join('|'), 'giu');
	const byLower = new Map(sorted.map((t) => [t.toLowerCase(), t]));
	const segments: Segment[] = [];
	let at = 0;
	for (const m of text.matchAll(pattern)) {
		const start = m.index;
		if (start > at) segments.push({ text: text.slice(at, start), match: null });
		segments.push({ text: m[0], match: byLower.get(m[0].toLowerCase()) ?? m[0] });
		at = start + m[0].length;
	}
	if (at < text.length) segments.push({ text: text.slice(at), match: null });
	return segments;
}
