/** Node entry for reading any bulletin file (.txt, .docx, .pdf): CLI scripts and tests. */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { ParseContext } from '../bulletin/parse';
import { parseBulletin } from '../bulletin/parse';
import type { ParsedIssue } from '../bulletin/types';
import { extractText, type ExtractedText } from './extract';
import { pdfToText } from './pdf';

/** pdfjs-dist's data folders on disk (pdf.js in Node reads them with fs, never the network). */
function pdfjsDir(): string {
	const require = createRequire(import.meta.url);
	return dirname(require.resolve('pdfjs-dist/package.json'));
}

/** PDF text in Node, with pdf.js's legacy build (its worker runs in-process). */
export async function pdfToTextNode(bytes: Uint8Array, file: string): Promise<string> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const dir = pdfjsDir();
	return pdfToText(bytes, file, {
		getDocument,
		cMapUrl: join(dir, 'cmaps') + '/',
		standardFontDataUrl: join(dir, 'standard_fonts') + '/'
	});
}

/** Extract a bulletin file's text in Node (see extractText). */
export function extractTextNode(bytes: Uint8Array, file: string): Promise<ExtractedText> {
	return extractText(bytes, file, pdfToTextNode);
}

/** Parse a bulletin file's bytes: .txt in any supported encoding, .docx or .pdf. */
export async function parseBulletinFile(
	bytes: Uint8Array,
	file: string,
	ctx: ParseContext
): Promise<ParsedIssue> {
	const { text } = await extractTextNode(bytes, file);
	return parseBulletin(text, ctx, file);
}
