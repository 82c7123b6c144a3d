/**
 * Text normalisation for decoded bulletins: line endings, odd spaces, invisible characters, and the
 * artefacts of PDF text extraction (form feeds, page numbers, CJK/Latin spacing, hard line wraps).
 * The result has LF line endings, paragraphs separated by one blank line, and a final newline.
 */
import { decodeBytes, type DecodedText } from './decode';

interface Line {
	text: string;
	/** A page break (form feed) came before this line. */
	pb: boolean;
	/** Display width of `text`. */
	width: number;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** A lone page number: "— 3 —", "- 3 -", "－3－", "第 3 页", "第3页 共10页". */
const PAGE_NUMBER = [
	/^[-—–－‒―─~～]+\s*\d{1,4}\s*[-—–－‒―─~～]+$/,
	/^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/
];
/** Only trusted right next to a page break: "3", "3 / 10", "Page 3 of 10". */
const PAGE_NUMBER_AT_BREAK = /^(?:page\s*)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/i;

/** Line endings after which a line is a finished sentence, not a wrap. */
const FINAL_PUNCT = /[。！？；：」』”’）)\]】》〉.!?;:]$/;

/** Lines that start something and never continue the line before them. */
const MARKER = [
	/^[-•●■◆▪►▶➤★☆※]/, // table-of-contents entries and section headings
	/^[(（][^()（）]*[)）]$/, // a whole-line parenthetical: the attribution (…供稿)
	/^[一二三四五六七八九十]+、/,
	/^[(（][一二三四五六七八九十]+[)）]/,
	/^\d{1,2}[、.．](?!\d)/,
	/^\d{4}\s*年\s*第\s*\d+\s*期/, // 2026年第1期（总第84期）
	/^第\s*\d+\s*期/,
	/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/, // the issue date
	/^(?:本期导读|目\s*录)$/,
	/^(?:报|送|抄报|抄送|本期编辑|责任编辑|编辑|审核|签发|[^\s，。：:、]{0,14}(?:地址|电话|传真|网站|网址|邮箱|邮编|公众号))\s*[：:]/,
	// an item body's first words: "2月9日，", "2026年3月，", "近日，"
	/^(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[，,]/,
	/^(?:近日|日前|近期|目前|今年|去年|\d{4}\s*年初?)\s*[，,]/
];

const LIST_ITEM = /^[-•●]\s/;
const HAN = '\\p{Script=Han}';
/** Evidence of extraction spacing: a number or Latin word with a space on both sides between Han. */
const SPACED_TOKEN = new RegExp(`${HAN} [A-Za-z0-9][A-Za-z0-9./%+-]* ${HAN}`, 'u');
const SPACE_AFTER_HAN = new RegExp(`(${HAN}) +(?=[A-Za-z0-9%])`, 'gu');
/** The space before a contact label such as "902 电话：" or "citisa.org 联络组日常咨询邮箱：" is real. */
const CONTACT_LABEL = `(?![${HAN}/]{0,14}(?:地址|电话|传真|网站|网址|邮箱|邮编|公众号)[：:])`;
const SPACE_BEFORE_HAN = new RegExp(`([A-Za-z0-9%]) +${CONTACT_LABEL}(?=${HAN})`, 'gu');

/** Share of wrap-width a line needs to count as "long" (a wrapped line of a paragraph). */
const LONG_RATIO = 0.85;
/** Minimum display width (CJK characters count 2) of a long line: about 20 Chinese characters. */
const LONG_MIN_WIDTH = 40;

/** Display width of a line: CJK, full-width forms and Chinese punctuation count 2, others 1. */
export function displayWidth(s: string): number {
	let w = 0;
	for (const ch of s) w += (ch.codePointAt(0) as number) >= 0x2000 ? 2 : 1;
	return w;
}

function isMarker(text: string): boolean {
	return MARKER.some((re) => re.test(text));
}

function cleanLine(raw: string): Line {
	const pb = raw.includes('\f');
	const text = raw
		.replace(/\f/g, '')
		.replace(/\u00a0/g, ' ')
		.replace(/^[\s\u3000]+/, '')
		.replace(/[\s\u3000]+$/, '')
		.replace(/\u3000/g, ' ')
		.replace(/ {2,}/g, ' ');
	return { text, pb, width: displayWidth(text) };
}

/** Drops page-number lines, moving their page break onto the next line. */
function dropPageNumbers(lines: Line[]): Line[] {
	const breakAhead: boolean[] = new Array(lines.length).fill(false);
	for (let i = lines.length - 2; i >= 0; i--) {
		const next = lines[i + 1] as Line;
		breakAhead[i] = next.pb || (next.text === '' && (breakAhead[i + 1] as boolean));
	}
	const out: Line[] = [];
	let carry = false;
	lines.forEach((line, i) => {
		const t = line.text;
		const atBreak = line.pb || breakAhead[i] || i === lines.length - 1;
		if (PAGE_NUMBER.some((re) => re.test(t)) || (atBreak && PAGE_NUMBER_AT_BREAK.test(t))) {
			carry ||= line.pb;
			return;
		}
		out.push({ ...line, pb: line.pb || carry });
		carry = false;
	});
	return out;
}

interface Layout {
	/** Lines at least this wide are wraps of a longer paragraph; Infinity when nothing is wrapped. */
	longWidth: number;
	/** Paragraphs are separated by blank lines (so a long line ending in 。 may still be a wrap). */
	blankSeparated: boolean;
}

/** Looks at line widths and blank lines to tell whether (and how wide) the text was hard-wrapped. */
function measure(lines: Line[]): Layout {
	const widths = lines.filter((l) => l.text !== '').map((l) => l.width);
	const sorted = [...widths].sort((a, b) => b - a);
	const wrap = sorted[Math.min(2, sorted.length - 1)] ?? 0;
	const threshold = Math.max(LONG_MIN_WIDTH, wrap * LONG_RATIO);
	const longCount = widths.filter((w) => w >= threshold).length;
	const wideCount = widths.filter((w) => w >= LONG_MIN_WIDTH).length;
	const wrapped = longCount >= 3 && longCount >= wideCount * 0.15;
	const longWidth = wrapped ? threshold : Infinity;
	let ends = 0;
	let blankAfter = 0;
	lines.forEach((l, i) => {
		if (l.text === '' || LIST_ITEM.test(l.text) || l.width >= longWidth) return;
		const next = lines[i + 1];
		if (!next) return;
		ends++;
		if (next.text === '' || next.pb) blankAfter++;
	});
	return { longWidth, blankSeparated: ends >= 5 && blankAfter / ends >= 0.7 };
}

function joinPair(a: string, b: string): string {
	const space = /[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) && !/[-/]$/.test(a);
	return a + (space ? ' ' : '') + b;
}

/** Joins hard-wrapped lines back into paragraphs; paragraphs come out separated by blank lines. */
function unwrap(lines: Line[], layout: Layout): string[] {
	const out: string[] = [];
	let prev: Line | null = null; // last non-empty physical line emitted
	let blank = false;
	let pageBreak = false;
	for (const line of lines) {
		pageBreak ||= line.pb;
		if (line.text === '') {
			blank = true;
			continue;
		}
		const a = prev?.text ?? '';
		const longA = prev !== null && prev.width >= layout.longWidth;
		const wraps = longA && (layout.blankSeparated || !FINAL_PUNCT.test(a)) && !isMarker(line.text);
		// A blank line is a paragraph break, except at a page break, where extraction adds blanks.
		if (prev !== null && wraps && (!blank || pageBreak)) {
			out[out.length - 1] = joinPair(out[out.length - 1] as string, line.text);
		} else {
			const bothList = LIST_ITEM.test(a) && LIST_ITEM.test(line.text);
			const gap = pageBreak ? layout.blankSeparated && !bothList : blank;
			if (prev !== null && gap) out.push('');
			out.push(line.text);
		}
		prev = line;
		blank = false;
		pageBreak = false;
	}
	return out;
}

/** Normalises decoded bulletin text: line endings, spaces, invisible chars, PDF artefacts, hard wraps. */
export function normalizeText(text: string): string {
	const raw = text.replace(ZERO_WIDTH, '').replace(/\r\n?/g, '\n').split('\n');
	const lines = dropPageNumbers(raw.map(cleanLine));
	const layout = measure(lines);
	// Text that was not hard-wrapped keeps its line numbers, so a warning's line points into the file.
	const keepLines = layout.longWidth === Infinity && lines.length === raw.length;
	let out = keepLines
		? lines
				.map((l) => l.text)
				.join('\n')
				.replace(/\n+$/, '')
		: unwrap(lines, layout).join('\n');
	if (SPACED_TOKEN.test(out)) {
		out = out.replace(SPACE_AFTER_HAN, '$1').replace(SPACE_BEFORE_HAN, '$1');
	}
	return out === '' ? '' : out + '\n';
}

/** Decodes a file's bytes (see decodeBytes) and normalises the text; throws DecodeError. */
export function decodeAndNormalize(bytes: Uint8Array, file: string): DecodedText {
	const decoded = decodeBytes(bytes, file);
	return { text: normalizeText(decoded.text), encoding: decoded.encoding };
}
