/**
 * The person's archive in the browser: their imported files (kept as text and parsed again on every start
 * with the current registry and their aliases), laid over the embedded dataset in DuckDB, and persisted.
 * Every change is one DuckDB transaction that ends with the save, so the database and the stored copy
 * change together or not at all. Pages read `archive` (rune state) and call the functions below.
 */
import { rememberEmbeddedOnly } from './first-paint';
import { chinaMinute, chinaToday } from '../calendar';
import type { IssueMeta, ParsedIssue, ParseWarning, Section } from '../bulletin/types';
import { archiveChanged, engine, loadDetail, type DatasetInfo } from '../data/engine.svelte';
import { loadEmbeddedDataset } from '../data/embedded';
import { contentHash } from '../db/hash';
import type { Db } from '../db/types';
import { archiveCounts, archiveIssues, issueContent } from '../queries/archive-issues';
import { deleteIssues } from '../queries/issue-batch';
import type { Alliance, UserAlias } from '../registry/types';
import { applyArchive, checkAborted, storeIssues, type KeyedIssue } from './apply';
import {
	backupFileName,
	backupText,
	readBackup,
	restorePreview,
	type RestorePreview
} from './backup';
import {
	csvPrefix,
	readStoredCsv,
	type CsvMapping,
	type CsvRowError,
	type StoredCsv
} from './csv-items';
import {
	allowedActions,
	contentKey,
	findDuplicates,
	nextVariantId,
	renameIssue,
	type Candidate,
	type Duplicate,
	type ImportAction
} from './identity';
import { isItemList } from './import-core';
import type { CsvInspectResult } from './import-protocol';
import {
	acquireWriterLock,
	ArchiveStorageError,
	archiveChannel,
	openArchiveStore,
	requestPersistence,
	type ArchiveStore,
	type StorageKind
} from './persist';
import { buildRegistry, type RegistryExtras } from './registry-data';
import { EMPTY_ARCHIVE, type StoredArchive, type StoredSource } from './types';
import { ImportWorkers } from './workers';

export type { Duplicate, ImportAction } from './identity';
export { allowedActions } from './identity';

/** One stored file as the archive list shows it. */
export interface SourceSummary {
	id: string;
	file: string;
	format: StoredSource['format'];
	addedAt: string;
	/** The issues it yields now (several for an item list). */
	issueIds: string[];
	items: number;
	/** Why it could not be parsed this time (it stays stored). */
	error: string | null;
}

/** The last change that can be undone. */
export interface LastAction {
	kind:
		'import' | 'remove' | 'hide-embedded' | 'restore-embedded' | 'restore' | 'alias' | 'alliance';
	/** What it concerned (a file name, an issue id, an alias). */
	subject: string;
}

/** What the archive is busy with, for a progress bar. */
export interface Busy {
	task: 'preview' | 'import' | 'save' | 'rebuild';
	done: number;
	total: number;
}

/** A message for the person: an error code the page words, with the error's own text. */
export interface ArchiveProblem {
	code: 'quota' | 'corrupt' | 'write' | 'read-only' | 'cancelled' | 'failed';
	message: string;
	bytes?: number | null;
	free?: number | null;
}

export const archive = $state({
	status: 'idle' as 'idle' | 'opening' | 'ready' | 'error',
	storage: null as StorageKind | null,
	/** Another tab writes the archive; this one shows it and cannot change it. */
	readOnly: false,
	/** The browser agreed not to evict the archive (null: not asked or unknown). */
	persisted: null as boolean | null,
	/** The newest stored copy was damaged; an older one was loaded. */
	recovered: false,
	hideEmbedded: false,
	embedded: { issues: 0, items: 0 },
	sources: [] as SourceSummary[],
	userAliases: [] as UserAlias[],
	userAlliances: [] as Alliance[],
	lastAction: null as LastAction | null,
	busy: null as Busy | null,
	problem: null as ArchiveProblem | null,
	/** Bumped after every change to the stored archive. */
	revision: 0
});

let db: Db | null = null;
let store: ArchiveStore | null = null;
let current: StoredArchive = EMPTY_ARCHIVE;
let undoTo: StoredArchive | null = null;
let baseInfo: DatasetInfo | null = null;
let channel: { post(): void; close(): void } | null = null;
let workers: ImportWorkers | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** Run archive changes one at a time, in call order. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
	const run = queue.then(task);
	queue = run.catch(() => undefined);
	return run;
}

const pool = () => (workers ??= new ImportWorkers());
const extrasOf = (a: StoredArchive): RegistryExtras => ({
	userAliases: a.userAliases,
	userAlliances: a.userAlliances
});
const isEmpty = (a: StoredArchive) =>
	a.sources.length === 0 &&
	a.userAliases.length === 0 &&
	a.userAlliances.length === 0 &&
	!a.settings.hideEmbedded;

/** The problem to show for an error. */
export function problemOf(e: unknown): ArchiveProblem {
	const message = e instanceof Error ? e.message : String(e);
	if (e instanceof ArchiveStorageError)
		return { code: e.code, message, bytes: e.bytes, free: e.free };
	if ((e as { name?: string })?.name === 'AbortError') return { code: 'cancelled', message };
	return { code: 'failed', message };
}

/** A change refused because another tab writes the archive. */
export class ArchiveReadOnlyError extends ArchiveStorageError {
	constructor() {
		super('read-only', 'another tab is editing the archive');
	}
}

function writable(): { db: Db; store: ArchiveStore } {
	if (!db || !store) throw new Error('the archive is not open yet');
	if (archive.readOnly) throw new ArchiveReadOnlyError();
	return { db, store };
}

// ------------------------------------------------------------------------------------------ start-up

/**
 * Open the stored archive and lay it over the embedded dataset just loaded into `database`; called once by
 * the engine's start-up. Never throws: a storage problem is shown, and the embedded dataset still works.
 */
export async function openArchive(database: Db, info: DatasetInfo): Promise<void> {
	db = database;
	baseInfo = info;
	archive.status = 'opening';
	archive.embedded = { issues: info.issues, items: info.items };
	try {
		store = await openArchiveStore();
		archive.storage = store.kind;
		archive.readOnly = !(await acquireWriterLock(() => void takeOver()));
		try {
			current = await store.load();
		} catch (e) {
			// Never write over a copy that could not be read: this tab only shows the embedded dataset.
			archive.readOnly = true;
			throw e;
		}
		archive.recovered = store.recovered;
		if (!isEmpty(current)) {
			// Laying the person's files over the embedded dataset reads and writes its raw tables.
			await loadDetail();
			await exclusive(() => rebuild(current, { reloadEmbedded: false, save: false }));
		} else await publish(current, new Map());
		channel = archiveChannel(() => void exclusive(reloadFromStorage));
		if (typeof window !== 'undefined') window.addEventListener('beforeunload', warnWhileBusy);
		archive.status = 'ready';
	} catch (e) {
		archive.problem = problemOf(e);
		archive.status = 'error';
	}
}

function warnWhileBusy(e: BeforeUnloadEvent): void {
	// Closing now would lose the import in progress (the stored copy is safe either way).
	if (archive.busy?.task === 'import' || archive.busy?.task === 'save') e.preventDefault();
}

/** Another tab saved: show what it stored. False when it could not be read (the problem is shown). */
async function reloadFromStorage(): Promise<boolean> {
	if (!store) return false;
	try {
		const next = await store.load();
		await rebuild(next, { reloadEmbedded: true, save: false });
		return true;
	} catch (e) {
		archive.problem = problemOf(e);
		return false;
	}
}

/** The writing tab closed and this one holds the lock now: load what it left, then allow changes (only if that worked). */
async function takeOver(): Promise<void> {
	await exclusive(async () => {
		if (await reloadFromStorage()) archive.readOnly = false;
	});
}

// ------------------------------------------------------------------------------------- applying state

interface Parsed {
	issues: KeyedIssue[];
	bySource: Map<string, { issueIds: string[]; items: number; error: string | null }>;
}

/** Parse every stored source again (in the workers); a source that fails stays stored, with its error. */
async function reparseAll(a: StoredArchive): Promise<Parsed> {
	const bySource: Parsed['bySource'] = new Map();
	const issues: KeyedIssue[] = [];
	if (a.sources.length === 0) return { issues, bySource };
	const extras = extrasOf(a);
	const CHUNK = 10;
	const chunks: StoredSource[][] = [];
	for (let i = 0; i < a.sources.length; i += CHUNK) chunks.push(a.sources.slice(i, i + CHUNK));
	const answers = await Promise.all(
		chunks.map((sources) => pool().run({ type: 'reparse', sources, extras }))
	);
	const owner = new Map<string, string>();
	answers.forEach((answer, c) => {
		chunks[c]!.forEach((source, i) => {
			const result = answer.ok ? answer.results[i]! : answer;
			if (!result.ok) {
				bySource.set(source.id, { issueIds: [], items: 0, error: result.error });
				return;
			}
			result.issues.forEach((parsed, k) => {
				const earlier = owner.get(parsed.issue.id);
				if (earlier) {
					// Two stored files now yield one issue id (a newer parser read a number differently): the later wins.
					const e = bySource.get(earlier)!;
					e.error = `期号 ${parsed.issue.id} 与 ${source.file} 重复，未显示 (issue id also produced by ${source.file})`;
					const at = issues.findIndex((x) => x.parsed.issue.id === parsed.issue.id);
					issues.splice(at, 1);
				}
				owner.set(parsed.issue.id, source.id);
				issues.push({
					parsed,
					sourceFile: source.file,
					contentHash: source.id,
					keywords: result.keywords[k] ?? []
				});
			});
			bySource.set(source.id, {
				issueIds: result.issues.map((p) => p.issue.id),
				items: result.issues.reduce((n, p) => n + p.items.length, 0),
				error: null
			});
		});
	});
	return { issues, bySource };
}

/** Make the database show `next` (embedded dataset reloaded first unless it is already there), then save it. */
async function rebuild(
	next: StoredArchive,
	opts: { reloadEmbedded: boolean; save: boolean }
): Promise<void> {
	if (!db) throw new Error('the archive is not open yet');
	const database = db;
	archive.busy = { task: 'rebuild', done: 0, total: 1 };
	try {
		const parsed = await reparseAll(next);
		const registry = buildRegistry(extrasOf(next));
		await database.transaction(async (tx) => {
			if (opts.reloadEmbedded) await loadEmbeddedDataset(tx);
			await applyArchive(tx, next, parsed.issues, registry, {
				onProgress: (done, total) => (archive.busy = { task: 'rebuild', done, total })
			});
			if (opts.save) {
				archive.busy = { task: 'save', done: 0, total: 1 };
				await store!.save(next);
			}
		});
		current = next;
		await publish(next, parsed.bySource);
		if (opts.save) channel?.post();
		archiveChanged();
	} finally {
		archive.busy = null;
	}
}

/** Copy the archive's state into the rune state and the engine's dataset info. */
async function publish(a: StoredArchive, bySource: Parsed['bySource']): Promise<void> {
	rememberEmbeddedOnly(isEmpty(a));
	archive.hideEmbedded = a.settings.hideEmbedded;
	archive.userAliases = a.userAliases;
	archive.userAlliances = a.userAlliances;
	archive.sources = a.sources.map((s) => {
		const parsed = bySource.get(s.id) ??
			archive.sources.find((x) => x.id === s.id) ?? {
				issueIds: s.issueId ? [s.issueId] : [],
				items: 0,
				error: null
			};
		return {
			id: s.id,
			file: s.file,
			format: s.format,
			addedAt: s.addedAt,
			issueIds: parsed.issueIds,
			items: parsed.items,
			error: parsed.error
		};
	});
	archive.revision++;
	if (db && baseInfo) {
		// The embedded dataset alone: its manifest's counts (counting items would wait for the raw tables).
		const counts = isEmpty(a)
			? { issues: baseInfo.issues, items: baseInfo.items, syntheticItems: baseInfo.syntheticItems }
			: await archiveCounts(db);
		const own = isEmpty(a)
			? ''
			: `+${(await contentHash(JSON.stringify([a.sources.map((s) => s.id), a.userAliases, a.userAlliances, a.settings]))).slice(0, 8)}`;
		engine.info = { ...baseInfo, version: baseInfo.version + own, ...counts };
	}
}

/** Change the archive to `next` (database and storage together), remembering the current one for undo. */
function transition(next: StoredArchive, action: LastAction): Promise<void> {
	return exclusive(async () => {
		writable();
		const before = current;
		await rebuild(next, { reloadEmbedded: true, save: true });
		undoTo = before;
		archive.lastAction = action;
		archive.problem = null;
		void requestPersistence().then((p) => (archive.persisted = p));
	});
}

// ------------------------------------------------------------------------------------------- preview

/** One file as the import preview shows it. */
export interface FilePreview {
	key: string;
	file: File;
	format: StoredSource['format'] | null;
	encoding: string | null;
	hash: string | null;
	/** The bulletin's normalised text (what would be stored). */
	text: string | null;
	/** The bulletin's issue; null for an item list. */
	issue: IssueMeta | null;
	/** Parsed issues: one for a bulletin, one per month for a mapped item list. */
	issues: ParsedIssue[];
	/** Per issue, each item's keywords (segmented in the worker). */
	keywords: string[][][];
	items: number;
	sections: Record<Section, number>;
	warnings: ParseWarning[];
	duplicate: Duplicate | null;
	error: string | null;
	/** Item lists only: the header and sample, the mapping once chosen, and the rows left out. */
	csv: {
		inspect: CsvInspectResult;
		mapping: CsvMapping | null;
		stored: StoredCsv | null;
		errors: CsvRowError[];
		rows: number;
		/** The stored item list of the same name (what replace replaces). */
		existingSourceId: string | null;
	} | null;
}

let previewSeq = 0;

function sectionsOf(issues: ParsedIssue[]): Record<Section, number> {
	const out: Record<Section, number> = { policy: 0, liaison: 0, alliance: 0 };
	for (const p of issues) for (const i of p.items) out[i.section]++;
	return out;
}

function emptyPreview(file: File): FilePreview {
	return {
		key: `f${++previewSeq}`,
		file,
		format: null,
		encoding: null,
		hash: null,
		text: null,
		issue: null,
		issues: [],
		keywords: [],
		items: 0,
		sections: { policy: 0, liaison: 0, alliance: 0 },
		warnings: [],
		duplicate: null,
		error: null,
		csv: null
	};
}

/** Read and parse files in the workers (nothing is stored), and say which the archive already holds. */
export async function previewFiles(
	files: File[],
	onProgress?: (done: number, total: number) => void
): Promise<FilePreview[]> {
	const extras = extrasOf(current);
	let done = 0;
	const previews = await Promise.all(
		files.map(async (file): Promise<FilePreview> => {
			const p = emptyPreview(file);
			try {
				if (isItemList(file.name)) {
					const r = await pool().run({ type: 'csv-inspect', file });
					if (!r.ok) return { ...p, format: 'csv', error: r.error };
					return {
						...p,
						format: 'csv',
						hash: r.hash,
						encoding: r.encoding,
						csv: {
							inspect: r,
							mapping: null,
							stored: null,
							errors: [],
							rows: 0,
							existingSourceId: null
						}
					};
				}
				const r = await pool().run({ type: 'bulletin', file, extras });
				if (!r.ok) return { ...p, error: r.error };
				return {
					...p,
					format: r.format,
					encoding: r.encoding,
					hash: r.hash,
					text: r.text,
					issue: r.parsed.issue,
					issues: [r.parsed],
					keywords: [r.keywords],
					items: r.parsed.items.length,
					sections: sectionsOf([r.parsed]),
					warnings: r.parsed.warnings
				};
			} catch (e) {
				return { ...p, error: e instanceof Error ? e.message : String(e) };
			} finally {
				onProgress?.(++done, files.length);
			}
		})
	);
	return markDuplicates(previews);
}

/** Read an item list with a column mapping: its items per month and the rows left out. */
export async function mapCsvPreview(
	preview: FilePreview,
	mapping: CsvMapping
): Promise<FilePreview> {
	const r = await pool().run({
		type: 'csv-map',
		file: preview.file,
		mapping,
		prefix: 'csv',
		extras: extrasOf(current)
	});
	const csv = preview.csv!;
	if (!r.ok)
		return {
			...preview,
			error: r.error,
			issues: [],
			keywords: [],
			items: 0,
			csv: { ...csv, mapping, stored: null, errors: [], rows: 0 }
		};
	return {
		...preview,
		error: null,
		issues: r.issues,
		keywords: r.keywords,
		items: r.issues.reduce((n, p) => n + p.items.length, 0),
		sections: sectionsOf(r.issues),
		warnings: r.issues.flatMap((p) => p.warnings),
		csv: { ...csv, mapping, stored: r.stored, errors: r.errors, rows: r.rows }
	};
}

/** Fill in each preview's duplicate: against the archive, then against earlier files of the same import. */
export async function markDuplicates(previews: FilePreview[]): Promise<FilePreview[]> {
	if (!db) throw new Error('the archive is not open yet');
	const known = (await archiveIssues(db)).map((r) => ({
		id: r.issueId,
		contentHash: r.contentHash,
		key: undefined as string | undefined
	}));
	const ids = new Set(previews.flatMap((p) => (p.csv ? [] : p.issues.map((i) => i.issue.id))));
	const colliding = known.filter((k) => ids.has(k.id)).map((k) => k.id);
	const rows = await issueContent(db, colliding);
	for (const k of known) {
		if (ids.has(k.id)) k.key = contentKey(rows.filter((r) => r.issueId === k.id));
	}
	const usable = previews.filter((p) => p.error === null && p.hash !== null);
	const candidates: Candidate[] = usable.map((p) => ({
		file: p.file.name,
		hash: p.hash!,
		issues: p.csv ? [] : p.issues.map((i) => ({ id: i.issue.id, key: contentKey(i.items) }))
	}));
	const found = findDuplicates(candidates, known);
	const dupOf = new Map(usable.map((p, i) => [p.key, found[i] ?? null]));
	return previews.map((p, index) => {
		let duplicate = dupOf.get(p.key) ?? null;
		let existingSourceId: string | null = null;
		if (p.csv) {
			// An item list is the same source as a stored one of the same name (an updated export).
			const same = current.sources.find(
				(s) => s.format === 'csv' && (s.id === p.hash || s.file === p.file.name)
			);
			const sameSummary = same && archive.sources.find((s) => s.id === same.id);
			if (same) {
				existingSourceId = same.id;
				duplicate = {
					kind: same.id === p.hash ? 'same-hash' : 'same-issue',
					existingIssueId: sameSummary?.issueIds[0] ?? same.file
				};
			} else if (!duplicate) {
				const earlier = previews.slice(0, index).find((q) => q.csv && q.file.name === p.file.name);
				if (earlier)
					duplicate = {
						kind: 'same-issue',
						existingIssueId: earlier.file.name,
						batchFile: earlier.file.name
					};
			}
		}
		return { ...p, duplicate, csv: p.csv ? { ...p.csv, existingSourceId } : null };
	});
}

// -------------------------------------------------------------------------------------------- commit

/** A file and what to do with it. */
export interface ImportChoice {
	preview: FilePreview;
	action: ImportAction;
}

/** What an import stored. */
export interface ImportResult {
	files: number;
	issueIds: string[];
	items: number;
}

interface Planned {
	preview: FilePreview;
	source: StoredSource;
	issues: ParsedIssue[];
	keywords: string[][][];
}

/** Turn choices into sources and issues with their final ids; which stored sources and issues they replace. */
function planImport(
	choices: ImportChoice[],
	taken: Set<string>
): { planned: Planned[]; removeSources: Set<string>; dropIssues: Set<string> } {
	const planned: Planned[] = [];
	const removeSources = new Set<string>();
	const dropIssues = new Set<string>();
	const addedAt = chinaMinute();
	const prefixes = new Set(
		current.sources.filter((s) => s.format === 'csv').map((s) => readStoredCsv(s.text).prefix)
	);
	for (const { preview: p, action } of choices) {
		if (action === 'skip' || p.error !== null || p.hash === null || p.format === null) continue;
		if (!allowedActions(p.duplicate).includes(action))
			throw new Error(`${p.file.name}：不能选择“${action}” (action not allowed here)`);
		const dup = p.duplicate;
		if (action === 'replace' && dup?.batchFile) {
			// Replace an earlier file of this same import: it drops out of the plan.
			const at = planned.findIndex((x) => x.preview.file.name === dup.batchFile);
			if (at >= 0) {
				for (const i of planned[at]!.issues) taken.delete(i.issue.id);
				if (planned[at]!.source.format === 'csv')
					prefixes.delete(readStoredCsv(planned[at]!.source.text).prefix);
				planned.splice(at, 1);
			}
		} else if (action === 'replace' && dup) {
			const replaced = p.csv
				? current.sources.filter((s) => s.id === p.csv!.existingSourceId || s.id === p.hash)
				: current.sources.filter((s) => s.id === p.hash || s.issueId === dup.existingIssueId);
			for (const s of replaced) {
				removeSources.add(s.id);
				for (const id of archive.sources.find((x) => x.id === s.id)?.issueIds ?? [])
					dropIssues.add(id);
			}
			if (!p.csv) dropIssues.add(dup.existingIssueId);
		}
		if (p.csv) {
			if (!p.csv.stored)
				throw new Error(`${p.file.name}：请先指定列的对应关系 (map the columns first)`);
			const reuse =
				action === 'replace' && p.csv.existingSourceId
					? current.sources.find((s) => s.id === p.csv!.existingSourceId)
					: undefined;
			const prefix = reuse ? readStoredCsv(reuse.text).prefix : csvPrefix(prefixes);
			prefixes.add(prefix);
			const issues = p.issues.map((i) => renameIssue(i, `${prefix}-${i.issue.id.slice(-7)}`));
			for (const i of issues) taken.add(i.issue.id);
			planned.push({
				preview: p,
				issues,
				keywords: p.keywords,
				source: {
					id: p.hash,
					file: p.file.name,
					format: 'csv',
					text: JSON.stringify({ ...p.csv.stored, prefix }),
					addedAt,
					issueId: null
				}
			});
			continue;
		}
		const parsed = p.issues[0]!;
		let id = parsed.issue.id;
		if (action === 'keep-both') id = nextVariantId(id, taken);
		else if (action === 'add' && taken.has(id))
			throw new Error(`${p.file.name}：期号 ${id} 已存在 (issue already stored)`);
		taken.add(id);
		planned.push({
			preview: p,
			issues: [renameIssue(parsed, id)],
			keywords: p.keywords,
			source: {
				id: p.hash,
				file: p.file.name,
				format: p.format,
				text: p.text ?? '',
				addedAt,
				issueId: id
			}
		});
	}
	for (const x of planned) for (const i of x.issues) dropIssues.delete(i.issue.id);
	return { planned, removeSources, dropIssues };
}

/**
 * Store the chosen files: one transaction for all of them, ending with the save. On any failure or a
 * cancel, the database rolls back and the stored archive is untouched.
 */
export function commitImport(
	choices: ImportChoice[],
	onProgress?: (done: number, total: number) => void,
	signal?: AbortSignal
): Promise<ImportResult> {
	return exclusive(async () => {
		const { db: database, store: target } = writable();
		const taken = new Set((await archiveIssues(database)).map((r) => r.issueId));
		const { planned, removeSources, dropIssues } = planImport(choices, taken);
		const result: ImportResult = {
			files: planned.length,
			issueIds: planned.flatMap((x) => x.issues.map((i) => i.issue.id)),
			items: planned.reduce((n, x) => n + x.issues.reduce((m, i) => m + i.items.length, 0), 0)
		};
		if (planned.length === 0 && removeSources.size === 0) return result;
		const plannedIds = new Set(planned.map((x) => x.source.id));
		const next: StoredArchive = {
			...current,
			sources: [
				...current.sources.filter((s) => !removeSources.has(s.id) && !plannedIds.has(s.id)),
				...planned.map((x) => x.source)
			]
		};
		const issues: KeyedIssue[] = planned.flatMap((x) =>
			x.issues.map((parsed, k) => ({
				parsed,
				sourceFile: x.source.file,
				contentHash: x.source.id,
				keywords: x.keywords[k] ?? []
			}))
		);
		const progress = (done: number, total: number) => {
			archive.busy = { task: 'import', done, total: total + 1 };
			onProgress?.(done, total + 1);
		};
		archive.busy = { task: 'import', done: 0, total: issues.length + 1 };
		try {
			checkAborted(signal);
			await database.transaction(async (tx) => {
				await deleteIssues(tx, [...dropIssues]);
				await storeIssues(tx, issues, { signal, onProgress: progress });
				checkAborted(signal);
				archive.busy = { task: 'save', done: 0, total: 1 };
				await target.save(next);
			});
		} catch (e) {
			archive.problem = problemOf(e);
			throw e;
		} finally {
			archive.busy = null;
		}
		const before = current;
		current = next;
		const bySource: Parsed['bySource'] = new Map(
			planned.map((x) => [
				x.source.id,
				{
					issueIds: x.issues.map((i) => i.issue.id),
					items: x.issues.reduce((n, i) => n + i.items.length, 0),
					error: null
				}
			])
		);
		await publish(next, bySource);
		undoTo = before;
		archive.lastAction = { kind: 'import', subject: planned.map((x) => x.source.file).join('、') };
		archive.problem = null;
		channel?.post();
		archiveChanged();
		void requestPersistence().then((p) => (archive.persisted = p));
		return result;
	});
}

// -------------------------------------------------------------------------------- changes and undo

/** Remove a stored file and its issues (for an item list, every month it yields). */
export function removeSource(sourceId: string): Promise<void> {
	const source = current.sources.find((s) => s.id === sourceId);
	if (!source) return Promise.reject(new Error(`no stored file ${sourceId}`));
	return transition(
		{ ...current, sources: current.sources.filter((s) => s.id !== sourceId) },
		{ kind: 'remove', subject: source.file }
	);
}

/** Remove the stored file(s) an issue came from (the embedded dataset is removed as a whole: hideEmbedded). */
export function removeIssue(issueId: string): Promise<void> {
	const ids = new Set(archive.sources.filter((s) => s.issueIds.includes(issueId)).map((s) => s.id));
	for (const s of current.sources) if (s.issueId === issueId) ids.add(s.id);
	if (ids.size === 0)
		return Promise.reject(new Error(`期号 ${issueId} 不是导入的文件 (not an imported issue)`));
	return transition(
		{ ...current, sources: current.sources.filter((s) => !ids.has(s.id)) },
		{ kind: 'remove', subject: issueId }
	);
}

/** Put back the archive as it was before the last change. */
export function undo(): Promise<void> {
	return exclusive(async () => {
		writable();
		if (!undoTo) throw new Error('nothing to undo');
		await rebuild(undoTo, { reloadEmbedded: true, save: true });
		undoTo = null;
		archive.lastAction = null;
		archive.problem = null;
	});
}

/** Remove the embedded dataset (demo and shipped issues); only the person's own files remain. */
export function hideEmbedded(): Promise<void> {
	return transition(
		{ ...current, settings: { ...current.settings, hideEmbedded: true } },
		{ kind: 'hide-embedded', subject: '' }
	);
}

/** Bring the embedded dataset back. */
export function restoreEmbedded(): Promise<void> {
	return transition(
		{ ...current, settings: { ...current.settings, hideEmbedded: false } },
		{ kind: 'restore-embedded', subject: '' }
	);
}

// -------------------------------------------------------------------------------- names and aliases

/** Map a name to an alliance for good: stored, applied to every item at once, exported in the backup. */
export function addUserAlias(text: string, allianceId: string): Promise<void> {
	const name = text.trim();
	if (name === '') return Promise.reject(new Error('别名不能为空 (empty alias)'));
	const next: StoredArchive = {
		...current,
		userAliases: [...current.userAliases.filter((u) => u.text !== name), { text: name, allianceId }]
	};
	try {
		buildRegistry(extrasOf(next)); // an unknown alliance id or a clash fails here, before anything changes
	} catch (e) {
		return Promise.reject(e);
	}
	return transition(next, { kind: 'alias', subject: name });
}

/** Forget a name mapping; its items are unresolved again. */
export function removeUserAlias(text: string): Promise<void> {
	return transition(
		{ ...current, userAliases: current.userAliases.filter((u) => u.text !== text.trim()) },
		{ kind: 'alias', subject: text }
	);
}

const ALLIANCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Register an alliance the registry lacks (its id a lower-case ASCII slug); names it already has resolve at once. */
export function addUserAlliance(alliance: Alliance): Promise<void> {
	const a = { ...alliance, name: alliance.name.trim(), userCreated: true as const };
	if (!ALLIANCE_ID.test(a.id))
		return Promise.reject(
			new Error(`联盟标识“${a.id}”应由小写字母、数字和连字符组成 (id must be a lower-case slug)`)
		);
	if (a.name === '') return Promise.reject(new Error('联盟名称不能为空 (empty name)'));
	const next: StoredArchive = { ...current, userAlliances: [...current.userAlliances, a] };
	try {
		const registry = buildRegistry(extrasOf(current));
		if (registry.byId(a.id)) throw new Error(`联盟标识“${a.id}”已存在 (alliance id exists)`);
		const owned = registry.resolve(a.name);
		if (owned.status === 'alliance' && owned.method === 'exact')
			throw new Error(`名称“${a.name}”已属于“${owned.alliance.id}” (name taken)`);
		buildRegistry(extrasOf(next));
	} catch (e) {
		return Promise.reject(e);
	}
	return transition(next, { kind: 'alliance', subject: a.name });
}

// ------------------------------------------------------------------------------------ backup, restore

/** The whole archive as one JSON file (raw texts, user aliases and alliances, settings). */
export function backup(): File {
	return new File([backupText(current, chinaMinute())], backupFileName(chinaToday()), {
		type: 'application/json'
	});
}

/** What restoring `file` would replace; throws BackupError when it is not a usable back-up. */
export async function previewRestore(file: File): Promise<RestorePreview> {
	const data = readBackup(await file.text());
	buildRegistry(extrasOf(data.archive));
	return restorePreview(current, data);
}

/** Replace the archive with a back-up's (undoable). */
export async function restore(file: File): Promise<void> {
	const data = readBackup(await file.text());
	buildRegistry(extrasOf(data.archive));
	await transition(data.archive, { kind: 'restore', subject: file.name });
}

/** The stored sources (for tests and the quality view): ids, files and the issues they yield. */
export function storedSources(): readonly StoredSource[] {
	return current.sources;
}
