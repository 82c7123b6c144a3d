/**
 * Any bulletin file → normalised text: .txt (decoded), .docx (mammoth) or .pdf (pdf.js text layer),
 * told apart by their first bytes, then by extension. The same code in Node and the browser; the
 * PDF reader is passed in because pdf.js is loaded differently in each (see pdf-browser.ts and
 * extract-node.ts).
 */
import { docxToText } from './docx';
import { normalizeText, decodeAndNormalize } from './normalize';
import { decodeBytes, type TextEncodingName } from './decode';

/** The file formats a bulletin may come in. */
export type BulletinFormat = 'txt' | 'docx' | 'pdf';

/** A bulletin file's text, ready for parseBulletin, and what it was read as. */
export interface ExtractedText {
	text: string;
	format: BulletinFormat;
	/** The text encoding, for .txt files only. */
	encoding?: TextEncodingName;
}

/** Reads a PDF's text layer (pdfToText with pdf.js already loaded). */
export type PdfReader = (bytes: Uint8Array, file: string) => Promise<string>;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // old Word .doc, .xls, .wps

/** The format by content (zip → docx, %PDF- → pdf), then by extension; null for an old .doc/.wps. */
export function sniffFormat(bytes: Uint8Array, file: string): BulletinFormat | null {
	if (startsWith(bytes, ZIP)) return 'docx';
	if (startsWith(bytes, PDF)) return 'pdf';
	if (startsWith(bytes, OLE)) return null;
	const ext = /\.([^./\\]+)$/.exec(file.toLowerCase())?.[1] ?? '';
	if (ext === 'docx') return 'docx';
	if (ext === 'pdf') return 'pdf';
	return 'txt';
}

/** Extracts and normalises a bulletin file's text; throws an Error (DecodeError for text) naming the file. */
export async function extractText(
	bytes: Uint8Array,
	file: string,
	pdf: PdfReader
): Promise<ExtractedText> {
	if (bytes.length === 0) decodeBytes(bytes, file); // throws the "file is empty" DecodeError
	const format = sniffFormat(bytes, file);
	if (format === null)
		throw new Error(
			`文件 ${file} 是旧版 Word/WPS 格式（.doc/.wps），请另存为 .docx 或 PDF 后再导入 (${file}: old binary .doc/.wps format, save it as .docx or PDF)`
		);
	if (format === 'txt') {
		const { text, encoding } = decodeAndNormalize(bytes, file);
		return { text, format, encoding };
	}
	const raw = format === 'docx' ? await docxToText(bytes, file) : await pdf(bytes, file);
	return { text: normalizeText(raw), format };
}
