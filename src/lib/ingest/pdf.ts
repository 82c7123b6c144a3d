/**
 * PDF → plain text from pdf.js's text layer, the same code in Node and the browser (the caller
 * passes in pdf.js's getDocument: the legacy build in Node, the worker-backed one in the browser).
 * Rebuilds one line per visual line and a blank line wherever the vertical gap or a first-line
 * indent shows a new paragraph, drops running headers and footers, and puts a form feed between
 * pages: the shape `pdftotext -layout` gives and normalizeText expects.
 */
import type { getDocument as GetDocument } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** How pdfToText loads pdf.js, and where it may read optional data files from (never the network). */
export interface PdfOptions {
	/** pdf.js's `getDocument`, from a build whose worker is already set up. */
	getDocument: typeof GetDocument;
	/** Folder (ending in `/`) holding pdfjs-dist/cmaps, for PDFs whose CJK fonts use predefined CMaps. */
	cMapUrl?: string;
	/** Folder (ending in `/`) holding pdfjs-dist/standard_fonts. */
	standardFontDataUrl?: string;
}

/** A run of text on one baseline, in PDF points (y grows upwards). */
interface Run {
	str: string;
	x: number;
	y: number;
	w: number;
	size: number;
}

/** One visual line. */
interface Line {
	text: string;
	x0: number;
	x1: number;
	y: number;
	size: number;
}

/** Fewer letters than this per page on average means the PDF has no real text layer. */
const MIN_CHARS_PER_PAGE = 20;
/** A gap this much larger than the usual line spacing is a paragraph break (Word's 6 pt "space
 * after" at 1.5 line spacing and 12 pt is 1.23 times; lines of one paragraph differ by under 5%). */
const PARAGRAPH_GAP = 1.12;
/** Horizontal gap (in font sizes) between runs that stands for a space. */
const SPACE_GAP = 0.25;

function toRun(item: TextItem): Run | null {
	const [a, b, c, d, x, y] = item.transform as number[];
	const size = Math.hypot(c ?? 0, d ?? 0) || item.height;
	// Horizontal text only: rotated watermarks and vertical margin notes are not the bulletin.
	if (!item.str || !(size > 0) || Math.abs(b ?? 0) > 0.01 * size || Math.abs(c ?? 0) > 0.01 * size)
		return null;
	if ((a ?? 0) <= 0) return null;
	return { str: item.str, x: x ?? 0, y: y ?? 0, w: item.width, size };
}

/** Joins the runs of one line left to right, with a space where a visible gap separates them. */
function joinRuns(runs: Run[]): Line {
	runs.sort((p, q) => p.x - q.x);
	let text = '';
	let end = -Infinity;
	for (const r of runs) {
		const gap = r.x - end;
		if (text && gap > SPACE_GAP * r.size && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
		text += r.str;
		end = Math.max(end, r.x + r.w);
	}
	const visible = runs.filter((r) => r.str.trim() !== '');
	const first = visible[0] ?? (runs[0] as Run);
	const size = Math.max(...visible.map((r) => r.size), 0) || first.size;
	return { text: text.trim(), x0: first.x, x1: end, y: first.y, size };
}

/** Groups a page's runs into lines, top to bottom, by baseline within half a font size. */
function pageLines(items: TextItem[]): Line[] {
	const runs = items.map(toRun).filter((r): r is Run => r !== null);
	runs.sort((p, q) => q.y - p.y || p.x - q.x);
	const lines: Line[] = [];
	let group: Run[] = [];
	for (const r of runs) {
		const head = group[0];
		if (head && Math.abs(head.y - r.y) > 0.5 * Math.min(head.size, r.size)) {
			lines.push(joinRuns(group));
			group = [];
		}
		group.push(r);
	}
	if (group.length) lines.push(joinRuns(group));
	return lines.filter((l) => l.text !== '');
}

/**
 * The usual line spacing: the smallest baseline distance (over font size, in steps of 0.05) that is
 * common, i.e. at least 3 times and 5% of all. Not the most common one: in a table of contents
 * every line is its own paragraph, so paragraph gaps can outnumber line gaps.
 */
function lineSpacing(ratios: number[]): number | null {
	const counts = new Map<number, number>();
	for (const r of ratios) {
		const k = Math.round(r * 20) / 20;
		counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	const common = [...counts].filter(([, c]) => c >= Math.max(3, 0.05 * ratios.length));
	const pool = common.length ? common : [...counts];
	return pool.length ? Math.min(...pool.map(([k]) => k)) : null;
}

/** Most common value of `xs` rounded to whole points (ties go to the smaller value). */
function mode(xs: number[]): number | null {
	const counts = new Map<number, number>();
	for (const x of xs) {
		const k = Math.round(x);
		counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	let best: number | null = null;
	let n = 0;
	for (const [k, c] of counts)
		if (c > n || (c === n && best !== null && k < best)) [best, n] = [k, c];
	return best;
}

interface Layout {
	/** Usual baseline distance divided by font size. */
	spacing: number;
	/** Usual left edge of a line. */
	margin: number;
	/** Right edge of full lines. */
	right: number;
}

function measure(pages: Line[][]): Layout {
	const ratios: number[] = [];
	for (const lines of pages)
		for (let i = 1; i < lines.length; i++) {
			const [a, b] = [lines[i - 1] as Line, lines[i] as Line];
			const gap = a.y - b.y;
			if (gap > 0) ratios.push(gap / Math.max(a.size, b.size));
		}
	const all = pages.flat();
	const rights = all.map((l) => l.x1).sort((p, q) => p - q);
	return {
		spacing: lineSpacing(ratios) ?? 1.2,
		margin: mode(all.map((l) => l.x0)) ?? 0,
		right: rights[Math.floor(rights.length * 0.95)] ?? 0
	};
}

/** Whether a blank line belongs between two consecutive lines of a page. */
function paragraphBreak(a: Line, b: Line, layout: Layout): boolean {
	const size = Math.max(a.size, b.size);
	if (a.y - b.y > layout.spacing * size * PARAGRAPH_GAP) return true;
	// A first-line indent (about two characters, not a centred line) after a line that stopped
	// short of the right edge.
	const indent = b.x0 - layout.margin;
	return indent > 1.5 * b.size && indent < 4.5 * b.size && a.x1 < layout.right - 1.5 * a.size;
}

/** Key under which a running header or footer repeats: digits (page numbers, dates) and spaces aside. */
const runningKey = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s/g, '');

/**
 * Drops running headers and footers: a page's first or last line whose text (digits aside) is
 * the first or last line of at least 3 pages and half of them. Page 1 is left alone, its
 * first line is the masthead, which a running header may repeat.
 */
function dropRunning(pages: Line[][]): Line[][] {
	if (pages.length < 4) return pages;
	const atEdge = (lines: Line[], j: number) => j === 0 || j === lines.length - 1;
	const counts = new Map<string, number>();
	for (const lines of pages.slice(1)) {
		const keys = new Set(lines.filter((_, j) => atEdge(lines, j)).map(runningKey));
		for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	const min = Math.max(3, (pages.length - 1) / 2);
	const running = new Set([...counts].filter(([, c]) => c >= min).map(([k]) => k));
	if (running.size === 0) return pages;
	return pages.map((lines, i) =>
		i === 0 ? lines : lines.filter((l, j) => !(atEdge(lines, j) && running.has(runningKey(l))))
	);
}

/** The text of a document's pages: lines, blank lines between paragraphs, a form feed between pages. */
function layoutText(pages: Line[][]): string {
	const layout = measure(pages);
	return pages
		.map((lines) =>
			lines
				.map(
					(l, i) => (i > 0 && paragraphBreak(lines[i - 1] as Line, l, layout) ? '\n' : '') + l.text
				)
				.join('\n')
		)
		.join('\n\f');
}

/** Whether the bytes start with a PDF header (%PDF-), allowing junk in the first kilobyte as readers do. */
export function isPdf(bytes: Uint8Array): boolean {
	return String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-');
}

function pdfError(file: string, zh: string, en: string): Error {
	return new Error(`文件 ${file} ${zh} (${file}: ${en})`);
}

/** Letters and digits (any script) in a string. */
function countChars(s: string): number {
	return (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** Text of a PDF's text layer; throws an Error naming the file for non-PDF, encrypted, broken or scanned files. */
export async function pdfToText(
	bytes: Uint8Array,
	file: string,
	opts: PdfOptions
): Promise<string> {
	if (!isPdf(bytes)) throw pdfError(file, '不是 PDF 文件', 'not a PDF file');
	const task = opts.getDocument({
		data: bytes.slice(), // pdf.js may transfer (detach) the buffer it is given
		cMapUrl: opts.cMapUrl,
		cMapPacked: true,
		standardFontDataUrl: opts.standardFontDataUrl,
		disableFontFace: true,
		useSystemFonts: false,
		isEvalSupported: false,
		enableXfa: false,
		verbosity: 0
	});
	const pages: Line[][] = [];
	try {
		const doc = await task.promise;
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			pages.push(pageLines(content.items.filter((i): i is TextItem => 'str' in i)));
			page.cleanup();
		}
	} catch (e) {
		const name = e instanceof Error ? e.name : '';
		const msg = e instanceof Error ? e.message : String(e);
		if (name === 'PasswordException')
			throw pdfError(file, '已加密，需要密码才能打开', 'encrypted PDF, password required');
		throw pdfError(file, `无法读取，PDF 已损坏或不完整（${msg}）`, 'corrupt or truncated PDF');
	} finally {
		await task.destroy();
	}
	const chars = pages.reduce((n, p) => n + p.reduce((m, l) => m + countChars(l.text), 0), 0);
	if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length))
		throw new Error(
			`文件 ${file}：PDF 没有文字层（可能是扫描件），请先做文字识别 (${file}: no text layer)`
		);
	return layoutText(dropRunning(pages));
}
