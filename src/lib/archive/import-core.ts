/**
 * What the import worker does, as plain functions (the worker only routes messages to them, and Node tests
 * call them directly): read a file's bytes into text, parse it with the registry and the person's aliases,
 * or parse a stored source again.
 */
import { parseBulletin } from '../bulletin/parse';
import type { ParsedIssue } from '../bulletin/types';
import { contentHash } from '../db/hash';
import { decodeBytes } from '../ingest/decode';
import { extractText, type PdfReader } from '../ingest/extract';
import { segmentKeywords } from '../queries/keyword-index';
import {
	csvIssues,
	guessMapping,
	mapCsvRows,
	readCsvTable,
	readStoredCsv,
	type CsvMapping,
	type StoredCsv
} from './csv-items';
import { renameIssue, variantBase } from './identity';
import type {
	BulletinResult,
	CsvInspectResult,
	CsvMapResult,
	WorkerFailure
} from './import-protocol';
import { parseContextFor, type RegistryExtras } from './registry-data';
import type { StoredSource } from './types';

/** Each item's keywords, as buildItemKeywords would store them (title and body). */
export function itemKeywords(parsed: ParsedIssue): string[][] {
	return parsed.items.map((i) => segmentKeywords(`${i.title}\n${i.body}`));
}

const failure = (e: unknown): WorkerFailure => ({
	ok: false,
	error: e instanceof Error ? e.message : String(e)
});

/** Whether a file name is an item list rather than a bulletin. */
export function isItemList(name: string): boolean {
	return /\.(csv|tsv)$/i.test(name);
}

/** Read and parse a bulletin file (.txt in any supported encoding, .docx, .pdf). */
export async function readBulletin(
	bytes: Uint8Array,
	name: string,
	extras: RegistryExtras,
	pdf: PdfReader
): Promise<BulletinResult | WorkerFailure> {
	try {
		const hash = await contentHash(bytes);
		const extracted = await extractText(bytes, name, pdf);
		const parsed = parseBulletin(extracted.text, parseContextFor(extras), name);
		return {
			ok: true,
			format: extracted.format,
			encoding: extracted.encoding ?? null,
			hash,
			text: extracted.text,
			parsed,
			keywords: itemKeywords(parsed)
		};
	} catch (e) {
		return failure(e);
	}
}

const SAMPLE_ROWS = 5;

function delimiterFor(name: string): string | undefined {
	return /\.tsv$/i.test(name) ? '\t' : undefined;
}

/** A CSV or TSV file's header, first rows and guessed column mapping. */
export async function inspectCsv(
	bytes: Uint8Array,
	name: string
): Promise<CsvInspectResult | WorkerFailure> {
	try {
		const { text, encoding } = decodeBytes(bytes, name);
		const table = readCsvTable(text, { delimiter: delimiterFor(name), limit: SAMPLE_ROWS });
		if (table.headers.length === 0)
			throw new Error(`文件 ${name} 没有表头行 (${name}: no header row)`);
		return {
			ok: true,
			hash: await contentHash(bytes),
			encoding,
			delimiter: table.delimiter,
			headers: table.headers,
			sample: table.rows,
			guess: guessMapping(table.headers)
		};
	} catch (e) {
		return failure(e);
	}
}

/** A CSV or TSV file read with a mapping: its pseudo-issues and the rows left out. */
export async function mapCsv(
	bytes: Uint8Array,
	name: string,
	mapping: CsvMapping,
	prefix: string,
	extras: RegistryExtras
): Promise<CsvMapResult | WorkerFailure> {
	try {
		if (mapping.title === null || mapping.date === null)
			throw new Error('标题和日期两列必须指定 (map the title and date columns)');
		const { text } = decodeBytes(bytes, name);
		const table = readCsvTable(text, { delimiter: delimiterFor(name) });
		const { rows, errors } = mapCsvRows(table, mapping);
		const stored: StoredCsv = { kind: 'items-csv', version: 1, prefix, mapping, rows };
		const issues = csvIssues(rows, parseContextFor(extras), prefix, name);
		return {
			ok: true,
			hash: await contentHash(bytes),
			stored,
			issues,
			keywords: issues.map(itemKeywords),
			errors,
			rows: table.rows.length
		};
	} catch (e) {
		return failure(e);
	}
}

/** Parse a stored source again with the current registry; a kept-both variant keeps its suffixed id. */
export function reparseSource(source: StoredSource, extras: RegistryExtras): ParsedIssue[] {
	const ctx = parseContextFor(extras);
	if (source.format === 'csv') {
		const stored = readStoredCsv(source.text);
		return csvIssues(stored.rows, ctx, stored.prefix, source.file);
	}
	const parsed = parseBulletin(source.text, ctx, source.file);
	const id = source.issueId;
	return [
		id && id !== parsed.issue.id && variantBase(id) === parsed.issue.id
			? renameIssue(parsed, id)
			: parsed
	];
}
