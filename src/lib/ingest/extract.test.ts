import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip'; // mammoth's own zip library
import { describe, expect, it } from 'vitest';
import { loadParseContext } from '../bulletin/context-node';
import { parseBulletinBytes } from '../bulletin/context';
import type { ParsedIssue } from '../bulletin/types';
import { docxToText } from './docx';
import { extractText, sniffFormat } from './extract';
import { extractTextNode, parseBulletinFile, pdfToTextNode } from './extract-node';

const ctx = loadParseContext('data');
const bytes = (f: string) => new Uint8Array(readFileSync(f));
const real = parseBulletinBytes(bytes('data/bulletins/2026-01.txt'), '2026-01.txt', ctx);
const noPdf = () => Promise.reject(new Error('no PDF expected'));

/** What must survive a trip through Word or PDF: everything but whitespace inside bodies. */
const facts = (p: ParsedIssue) =>
	p.items.map((i) => ({
		id: i.id,
		title: i.title,
		section: i.section,
		seq: i.seq,
		kind: i.kind,
		attribution: i.attribution,
		contributor: i.contributor,
		infoSource: i.infoSource,
		alliances: i.alliances,
		topics: i.topics,
		eventDate: i.eventDate,
		eventPrecision: i.eventPrecision,
		body: i.body.replace(/\s/g, '')
	}));

/** A zip holding `files`; with word/document.xml it is a minimal .docx (mammoth needs nothing else). */
async function makeZip(files: Record<string, string>): Promise<Uint8Array> {
	const zip = new JSZip();
	for (const [name, text] of Object.entries(files)) zip.file(name, text);
	return zip.generateAsync({ type: 'uint8array' });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join('')}</w:p>`;
const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;

/** A text run for makePdf: x, y (points from the bottom left) and ASCII text in 12 pt Helvetica. */
type PdfRun = [number, number, string];

/** A small valid PDF with exact xref offsets; a page without runs has only a drawn line, like a scan. */
function makePdf(pages: PdfRun[][]): Uint8Array {
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		`<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
	];
	pages.forEach((runs, i) => {
		const ops = runs.map(([x, y, t]) => `BT /F1 12 Tf 1 0 0 1 ${x} ${y} Tm (${t}) Tj ET`);
		const stream = runs.length ? ops.join('\n') : '0 0 1 RG 10 10 m 90 90 l S';
		objects.push(
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
			`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
		);
	});
	let pdf = '%PDF-1.4\n';
	const offsets = objects.map((body, i) => {
		const at = pdf.length;
		pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
		return at;
	});
	const xref = pdf.length;
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(pdf);
}

describe.each(['tests/fixtures/2026-01.docx', 'tests/fixtures/2026-01.pdf'])('%s', (file) => {
	it('parses into the same 26 items as the .txt, with no warnings', async () => {
		const p = await parseBulletinFile(bytes(file), file, ctx);
		expect(p.issue).toEqual(real.issue);
		expect(p.items).toHaveLength(26);
		expect(facts(p)).toEqual(facts(real));
		expect(p.warnings).toEqual([]);
		expect(p.unresolved).toEqual([]);
	});
});

describe('extractText', () => {
	it('reads the .docx as paragraphs separated by blank lines', async () => {
		const { text, format } = await extractText(
			bytes('tests/fixtures/2026-01.docx'),
			'a.docx',
			noPdf
		);
		expect(format).toBe('docx');
		expect(
			text.startsWith('产业技术创新战略联盟试点工作\n\n简 报\n\n2026年第1期（总第84期）\n')
		).toBe(true);
		expect(text).toContain('习近平总书记：建设社会主义现代化强国，关键在科技自立自强\n\n2月9日，');
	});

	it('keeps soft line breaks, tabs and table cells of a .docx, one blank line between paragraphs', async () => {
		const body = [
			para(t('产业技术创新战略联盟试点工作'), '<w:br/>', t('简 报')),
			para(),
			para(),
			para(t('编辑：'), '<w:tab/>', t('杨丹泽  ')),
			`<w:tbl><w:tr><w:tc>${para(t('甲'))}</w:tc><w:tc>${para(t('乙'))}</w:tc></w:tr></w:tbl>`,
			para(t('末段'), '<w:br w:type="page"/>')
		].join('');
		const docx = await makeZip({
			'word/document.xml': `<w:document ${W}><w:body>${body}</w:body></w:document>`
		});
		expect(await docxToText(docx, 'made.docx')).toBe(
			'产业技术创新战略联盟试点工作\n简 报\n\n编辑：\t杨丹泽\n\n甲\n\n乙\n\n末段'
		);
		await expect(docxToText(await makeZip({ 'a.txt': 'hi' }), 'other.zip')).rejects.toThrow(
			/other\.zip 不是有效的 Word \.docx 文件.*not a Word \.docx file/
		);
	});

	it('rebuilds the PDF lines with blank lines between paragraphs and form feeds between pages', async () => {
		const raw = await pdfToTextNode(bytes('tests/fixtures/2026-01.pdf'), 'a.pdf');
		expect(raw.split('\f')).toHaveLength(7);
		expect(
			raw.startsWith('产业技术创新战略联盟试点工作\n\n简 报\n\n2026 年第 1 期（总第 84 期）\n')
		).toBe(true);
		expect(raw).toContain('新华社)\n\n李强总理主持国务院第十九次专题学习\n\n4 月 20 日，');
		const { text, format } = await extractTextNode(bytes('tests/fixtures/2026-01.pdf'), 'a.pdf');
		expect(format).toBe('pdf');
		expect(text).toContain('\n\n2026年第1期（总第84期）\n\n');
	});

	it('finds paragraphs by gap and first-line indent, and drops running headers and footers', async () => {
		const full = 'The quick brown fox jumps over the lazy dog once again.';
		const page = (n: number): PdfRun[] => [
			[72, 800, `Alliance Bulletin No. ${n}`],
			[72, 760, 'Title of the item'],
			[72, 732, full],
			[72, 718, full],
			[72, 704, 'Short end.'],
			[96, 690, full],
			[72, 676, 'Short end.'],
			[72, 662, 'left'],
			[300, 662, 'right'],
			[280, 40, `Page ${n}`]
		];
		const raw = await pdfToTextNode(makePdf([1, 2, 3, 4].map(page)), 'made.pdf');
		const body = `Title of the item\n\n${full}\n${full}\nShort end.\n\n${full}\nShort end.\nleft right`;
		const first = `Alliance Bulletin No. 1\n\n${body}\n\nPage 1`;
		expect(raw).toBe([first, body, body, body].join('\n\f'));
	});

	it('tells formats by content before extension', async () => {
		const docx = bytes('tests/fixtures/2026-01.docx');
		const pdf = bytes('tests/fixtures/2026-01.pdf');
		expect(sniffFormat(docx, 'bulletin.txt')).toBe('docx');
		expect(sniffFormat(pdf, 'bulletin')).toBe('pdf');
		expect(sniffFormat(new Uint8Array([1, 2]), 'a.PDF')).toBe('pdf');
		expect(sniffFormat(new Uint8Array([1, 2]), 'a.Docx')).toBe('docx');
		expect(sniffFormat(new Uint8Array([1, 2]), 'a.txt')).toBe('txt');
		expect((await extractTextNode(docx, 'renamed.txt')).format).toBe('docx');
		let called = '';
		const fake = async (_: Uint8Array, f: string) => ((called = f), '');
		await extractText(pdf, 'scan.txt', fake);
		expect(called).toBe('scan.txt');
	});

	it('decodes .txt files and reports their encoding', async () => {
		const r = await extractText(bytes('tests/fixtures/2026-01.gb18030.txt'), 'g.txt', noPdf);
		expect([r.format, r.encoding]).toEqual(['txt', 'gb18030']);
		expect(r.text).toBe(readFileSync('data/bulletins/2026-01.txt', 'utf8') + '\n');
	});
});

describe('bad files', () => {
	const txt = bytes('data/bulletins/2026-01.txt');
	const pdf = bytes('tests/fixtures/2026-01.pdf');

	it.each([
		[
			'a .txt renamed to .docx',
			'renamed.docx',
			txt,
			/renamed\.docx.*Word \.docx.*not a Word \.docx file/
		],
		[
			'a truncated PDF',
			'cut.pdf',
			pdf.slice(0, 2000),
			/cut\.pdf.*损坏或不完整.*corrupt or truncated PDF/
		],
		[
			'junk bytes named .pdf',
			'x.pdf',
			bytes('tests/fixtures/junk.bin'),
			/x\.pdf 不是 PDF 文件.*not a PDF file/
		],
		['an empty .pdf', 'empty.pdf', new Uint8Array(), /文件为空：empty\.pdf/],
		[
			'an old binary .doc',
			'old.doc',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
			/old\.doc.*\.docx/
		],
		['binary junk named .txt', 'junk.txt', bytes('tests/fixtures/junk.bin'), /junk\.txt.*\d/]
	])('refuses %s with a message naming the file', async (_, name, b, message) => {
		await expect(parseBulletinFile(b, name, ctx)).rejects.toThrow(message);
	});

	it('refuses a PDF without a text layer, asking for OCR', async () => {
		await expect(pdfToTextNode(makePdf([[], []]), 'scan.pdf')).rejects.toThrow(
			'文件 scan.pdf：PDF 没有文字层（可能是扫描件），请先做文字识别 (scan.pdf: no text layer)'
		);
	});
});

describe('npm run parse', () => {
	it('prints 26 items for the .docx and the .pdf and exits 0', () => {
		const files = ['tests/fixtures/2026-01.docx', 'tests/fixtures/2026-01.pdf'];
		const out = execFileSync('npx', ['tsx', 'scripts/parse.ts', ...files], { encoding: 'utf8' });
		const parsed = JSON.parse(out) as { file: string; items?: unknown[]; error?: string }[];
		expect(parsed.map((p) => [p.file, p.items?.length, p.error])).toEqual(
			files.map((f) => [f, 26, undefined])
		);
	});
});
