/** Recognisers for the kinds of line a bulletin has: headings, contents entries, attributions, closing lines. */
import type { ItemKind, Section } from './types';

/** A line of the decoded text with its 1-based number. */
export interface Line {
	text: string;
	no: number;
}

const SECTION_MARKER = /^[★➤►▶■●◆▲☆◇]\s*/;
const TOC_ENTRY = /^(?:[-－–—·•●▪]|\d{1,2}[.、．])\s*/;

const KEY_DROP = /[\s\u3000"'“”‘’「」『』《》〈〉()（）[\]【】:：,，、.。!！?？;；·•\-–—]/g;
const KEY_DROP_ONE = /[\s\u3000"'“”‘’「」『』《》〈〉()（）[\]【】:：,，、.。!！?？;；·•\-–—]/;

/** Key for comparing titles and headings: no spaces, NFKC, no punctuation that typesetting varies. */
export function titleKey(s: string): string {
	// NFKC only where it can change something: full-width ASCII forms and compatibility characters.
	const folded = /[\uff01-\uff5e\u2000-\u206f\u3000\ufe30-\ufe4f]/.test(s)
		? s.normalize('NFKC')
		: s;
	return folded.replace(KEY_DROP, '');
}

/** Does this one character survive titleKey? */
export function countsInKey(ch: string): boolean {
	return !KEY_DROP_ONE.test(ch);
}

/** The section a heading names, by its words (the wording varies between contents and body). */
export function sectionOfHeading(text: string): Section | null {
	const t = text.replace(SECTION_MARKER, '').replace(/\s/g, '');
	if (t.length === 0 || t.length > 40) return null;
	if (/政策/.test(t)) return 'policy';
	if (/^试点联盟|试点联盟动态|网员单位动态|联盟动态$/.test(t) && !/联络组/.test(t))
		return 'alliance';
	if (/联络组|协发网动态|工作动态/.test(t)) return 'liaison';
	return null;
}

/** A heading line: a marker followed by words, or a bare line whose words name a section. */
export function parseHeading(
	text: string
): { section: Section | null; text: string; marked: boolean } | null {
	const marked = SECTION_MARKER.test(text);
	const body = text.replace(SECTION_MARKER, '').trim();
	if (!marked && !/动态$/.test(body)) return null;
	if (body.length === 0 || body.length > 40) return null;
	const section = sectionOfHeading(body);
	if (!marked && section === null) return null;
	return { section, text: body, marked };
}

/** A contents entry ("- title"), returning the title. */
export function parseTocEntry(text: string): string | null {
	if (!TOC_ENTRY.test(text)) return null;
	const title = text.replace(TOC_ENTRY, '').trim();
	return title.length > 0 ? title : null;
}

/** What an attribution line says. */
export interface Attribution {
	text: string;
	kind: ItemKind;
	contributor: string;
	infoSource: string | null;
}

const ATTRIBUTION =
	/^[(（]\s*([^()（）]+?)\s*(?:(供稿|提供|报送)|(摘述|摘编|整理)(?:\s*[，,、;；]?\s*(?:信息)?来源\s*[：:]\s*([^()（）]+?))?)\s*[)）]$/;

/** An attribution line: "(…供稿)" or "(…摘述，信息来源：X)". */
export function parseAttribution(text: string): Attribution | null {
	const m = ATTRIBUTION.exec(text.trim());
	if (!m) return null;
	const contributor = m[1]!.trim();
	if (m[2]) return { text: text.trim(), kind: 'contributed', contributor, infoSource: null };
	return { text: text.trim(), kind: 'digest', contributor, infoSource: m[4]?.trim() ?? null };
}

/** Where an attribution sits inside a longer line (text extracted without its line breaks). */
export const EMBEDDED_ATTRIBUTION =
	/[(（][^()（）\n]{2,80}?(?:供稿|提供|报送|(?:摘述|摘编|整理)(?:\s*[，,、;；]?\s*(?:信息)?来源\s*[：:][^()（）\n]{1,40})?)\s*[)）]/g;

/** The closing block's labelled fields. */
export type ClosingField = 'to' | 'cc' | 'editor' | 'reviewer' | 'signer' | 'contact';

const CLOSING: [RegExp, ClosingField][] = [
	[/^报\s*[：:]/, 'to'],
	[/^送\s*[：:]/, 'cc'],
	[/^(?:本期)?(?:责任)?编辑\s*[：:]/, 'editor'],
	[/^审\s*核\s*[：:]/, 'reviewer'],
	[/^签\s*发\s*[：:]/, 'signer'],
	[/(?:地址|电话|传真|网站|网址|邮箱|微信|公众号|E-?mail)\s*[：:/]/i, 'contact']
];

/** A closing-block line and the field it fills. */
export function parseClosingLine(text: string): { field: ClosingField; value: string } | null {
	for (const [re, field] of CLOSING) {
		if (re.test(text)) {
			const value = field === 'contact' ? text.trim() : text.replace(/^[^：:]*[：:]\s*/, '').trim();
			return { field, value };
		}
	}
	return null;
}

/** Does this line open the closing block? */
export function startsClosing(text: string): boolean {
	const c = parseClosingLine(text);
	return c !== null && c.field !== 'contact';
}
