/**
 * Word .docx → plain text with mammoth, the same code in Node and the browser. One line per
 * paragraph, a blank line between paragraphs (what the bulletin parser expects: title, blank, body,
 * blank, attribution), soft line breaks kept as line breaks, tabs as tabs.
 */
import type mammothModule from 'mammoth';

type Mammoth = typeof mammothModule;

/** The part of mammoth's document tree this module reads (see mammoth/lib/documents.js). */
interface DocNode {
	type: string;
	value?: string;
	breakType?: 'line' | 'page' | 'column';
	children?: DocNode[];
}

/** Text of one node: runs, text, tabs and line breaks; nested paragraphs (table cells) are collected. */
function walk(node: DocNode, paragraphs: string[]): string {
	if (node.type === 'text') return node.value ?? '';
	if (node.type === 'tab') return '\t';
	if (node.type === 'break') return node.breakType === 'line' ? '\n' : '';
	if (node.type === 'paragraph') {
		const inner: string[] = [];
		const own = (node.children ?? []).map((c) => walk(c, inner)).join('');
		paragraphs.push(own, ...inner);
		return '';
	}
	return (node.children ?? []).map((c) => walk(c, paragraphs)).join('');
}

/** One paragraph per entry, lines trimmed at their ends; empty paragraphs dropped. */
function toText(paragraphs: string[]): string {
	return paragraphs
		.map((p) =>
			p
				.split('\n')
				.map((l) => l.replace(/[ \t\u3000]+$/, ''))
				.join('\n')
				.replace(/^\n+|\n+$/g, '')
		)
		.filter((p) => p.trim() !== '')
		.join('\n\n');
}

function notDocx(file: string, why: string): Error {
	return new Error(
		`文件 ${file} 不是有效的 Word .docx 文件（${why}）(${file}: not a Word .docx file)`
	);
}

/** Text of a .docx file's main document; throws an Error naming the file if it is not a .docx. */
export async function docxToText(bytes: Uint8Array, file: string): Promise<string> {
	const arrayBuffer = bytes.slice().buffer;
	// The browser build of mammoth reads `arrayBuffer`, the Node build reads `buffer` (JSZip accepts
	// an ArrayBuffer there too); passing both lets one call work in either.
	const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
	// Loaded on first use, so pages that never see a .docx do not download it.
	const mammoth: Mammoth = (await import('mammoth')).default;
	const paragraphs: string[] = [];
	try {
		// convertToHtml only for its transformDocument hook: extractRawText drops line breaks.
		await mammoth.convertToHtml(input, {
			transformDocument: (doc: DocNode) => {
				walk(doc, paragraphs);
				return { ...doc, children: [] };
			}
		});
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		throw notDocx(file, /zip|central directory/i.test(msg) ? '不是 zip 压缩包' : msg);
	}
	const text = toText(paragraphs);
	if (text.trim() === '') throw new Error(`文件为空：${file} 没有文字 (file is empty: ${file})`);
	return text;
}
