/** Messages between the page and the import worker (extraction and parsing off the main thread). */
import type { ParsedIssue } from '../bulletin/types';
import type { TextEncodingName } from '../ingest/decode';
import type { CsvMapping, CsvRowError, StoredCsv } from './csv-items';
import type { RegistryExtras } from './registry-data';
import type { StoredSource } from './types';

/** What the page asks the worker. */
export type WorkerRequest =
	| { type: 'bulletin'; file: File; extras: RegistryExtras }
	| { type: 'csv-inspect'; file: File }
	| { type: 'csv-map'; file: File; mapping: CsvMapping; prefix: string; extras: RegistryExtras }
	| { type: 'reparse'; sources: StoredSource[]; extras: RegistryExtras };

/** A failure, with the message a person reads. */
export interface WorkerFailure {
	ok: false;
	error: string;
}

/** A bulletin file read and parsed. */
export interface BulletinResult {
	ok: true;
	format: 'txt' | 'docx' | 'pdf';
	encoding: TextEncodingName | null;
	/** Content hash of the file's bytes. */
	hash: string;
	/** The normalised text (what is stored). */
	text: string;
	parsed: ParsedIssue;
	/** Each item's keywords (segmented here, off the main thread), in item order. */
	keywords: string[][];
}

/** A CSV file's header and first rows, for the mapping step. */
export interface CsvInspectResult {
	ok: true;
	hash: string;
	encoding: TextEncodingName;
	delimiter: string;
	headers: string[];
	/** The first rows, with their line numbers. */
	sample: { line: number; cells: string[] }[];
	guess: CsvMapping;
}

/** A CSV file mapped: the rows to store, their pseudo-issues, and the rows left out. */
export interface CsvMapResult {
	ok: true;
	hash: string;
	stored: StoredCsv;
	issues: ParsedIssue[];
	/** Per issue, each item's keywords. */
	keywords: string[][][];
	errors: CsvRowError[];
	rows: number;
}

/** Stored sources parsed again, in order. */
export interface ReparseResult {
	ok: true;
	results: ({ ok: true; issues: ParsedIssue[]; keywords: string[][][] } | WorkerFailure)[];
}

/** The answer type for each request type. */
export interface WorkerAnswers {
	bulletin: BulletinResult | WorkerFailure;
	'csv-inspect': CsvInspectResult | WorkerFailure;
	'csv-map': CsvMapResult | WorkerFailure;
	reparse: ReparseResult | WorkerFailure;
}
