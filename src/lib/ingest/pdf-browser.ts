/**
 * PDF text in the browser: pdf.js with its worker served from this site (Vite emits the worker file
 * as an asset; no CDN). pdf.js itself is loaded on the first PDF, so other pages do not pay for it.
 * Browser only: Node code must use pdfToTextNode from extract-node.ts instead.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfToText } from './pdf';

let pdfjs: Promise<typeof import('pdfjs-dist')> | null = null;

function loadPdfjs(): Promise<typeof import('pdfjs-dist')> {
	pdfjs ??= import('pdfjs-dist').then((lib) => {
		lib.GlobalWorkerOptions.workerSrc = workerUrl;
		return lib;
	});
	return pdfjs;
}

/**
 * Text of a PDF in the browser (see pdfToText). `cMapUrl`: a same-origin folder holding
 * pdfjs-dist/cmaps, only needed for PDFs whose CJK fonts are not embedded with Unicode maps.
 */
export async function pdfToTextBrowser(
	bytes: Uint8Array,
	file: string,
	cMapUrl?: string
): Promise<string> {
	const { getDocument } = await loadPdfjs();
	return pdfToText(bytes, file, { getDocument, cMapUrl });
}
