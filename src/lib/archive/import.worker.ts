/// <reference lib="webworker" />
/** The import worker: file bytes → text → parsed issues, off the main thread (see import-core.ts). */
import { pdfToTextBrowser } from '../ingest/pdf-browser';
import { inspectCsv, itemKeywords, mapCsv, readBulletin, reparseSource } from './import-core';
import type { WorkerRequest } from './import-protocol';

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

async function answer(req: WorkerRequest): Promise<unknown> {
	switch (req.type) {
		case 'bulletin':
			return readBulletin(await bytesOf(req.file), req.file.name, req.extras, (b, f) =>
				pdfToTextBrowser(b, f)
			);
		case 'csv-inspect':
			return inspectCsv(await bytesOf(req.file), req.file.name);
		case 'csv-map':
			return mapCsv(await bytesOf(req.file), req.file.name, req.mapping, req.prefix, req.extras);
		case 'reparse':
			return {
				ok: true,
				results: req.sources.map((s) => {
					try {
						const issues = reparseSource(s, req.extras);
						return { ok: true, issues, keywords: issues.map(itemKeywords) };
					} catch (e) {
						return { ok: false, error: e instanceof Error ? e.message : String(e) };
					}
				})
			};
	}
}

self.onmessage = async (e: MessageEvent<{ id: number; req: WorkerRequest }>) => {
	const { id, req } = e.data;
	try {
		self.postMessage({ id, answer: await answer(req) });
	} catch (error) {
		self.postMessage({
			id,
			answer: { ok: false, error: error instanceof Error ? error.message : String(error) }
		});
	}
};
