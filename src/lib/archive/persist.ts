/**
 * Keeping the archive in the browser: OPFS where the browser has it, IndexedDB otherwise, memory when
 * neither works (a private window). A save never touches the previous copy until the new one is complete:
 * OPFS writes a new generation file, then flips a small pointer file; IndexedDB replaces one record in one
 * transaction. Every copy carries the SHA-256 of its body, so a torn write is recognised and the previous
 * generation used. One tab writes (Web Locks); the others read and are told to reload on a change.
 */
import { contentHash } from '../db/hash';
import { EMPTY_ARCHIVE, type StoredArchive, type StoredSource } from './types';

/** Where the archive is kept. */
export type StorageKind = 'opfs' | 'indexeddb' | 'memory';

/** Why storage failed, for a message a person can act on. */
export type StorageErrorCode = 'quota' | 'corrupt' | 'write' | 'read-only';

/** A storage failure; the stored copy is unchanged whenever one of these is thrown. */
export class ArchiveStorageError extends Error {
	constructor(
		readonly code: StorageErrorCode,
		message: string,
		/** Bytes the save needed (quota). */
		readonly bytes: number | null = null,
		/** Bytes the browser said were still free, when it said (quota). */
		readonly free: number | null = null
	) {
		super(message);
		this.name = 'ArchiveStorageError';
	}
}

/** A place the archive is loaded from and saved to. */
export interface ArchiveStore {
	readonly kind: StorageKind;
	/** The stored archive; EMPTY_ARCHIVE when nothing was ever saved. Throws ArchiveStorageError('corrupt') when no copy can be read. */
	load(): Promise<StoredArchive>;
	/** Replace the stored archive; on any failure the previous copy stays as it was. */
	save(archive: StoredArchive): Promise<void>;
	/** Set by load() when the newest copy was unreadable and an older one was used. */
	readonly recovered: boolean;
}

const FORMAT = 'alliance-pulse-archive';

/** The text of a stored copy: one header line (format, SHA-256 and length of the body), then the archive as JSON. */
export async function encodeArchive(archive: StoredArchive): Promise<string> {
	const body = JSON.stringify(archive);
	return `${JSON.stringify({ format: FORMAT, version: 1, sha256: await contentHash(body), length: body.length })}\n${body}`;
}

/** Read a stored copy; throws when its header is wrong, its body torn (checksum) or not an archive. */
export async function decodeArchive(text: string): Promise<StoredArchive> {
	const cut = text.indexOf('\n');
	if (cut < 0) throw new Error('no header line');
	const header = JSON.parse(text.slice(0, cut)) as {
		format?: string;
		sha256?: string;
		length?: number;
	};
	if (header.format !== FORMAT) throw new Error(`not ${FORMAT}`);
	const body = text.slice(cut + 1);
	if (body.length !== header.length || (await contentHash(body)) !== header.sha256)
		throw new Error('checksum mismatch (torn write)');
	return validateArchive(JSON.parse(body));
}

const FORMATS = new Set(['txt', 'docx', 'pdf', 'csv']);

function isSource(s: unknown): s is StoredSource {
	const x = s as StoredSource;
	return (
		typeof x === 'object' &&
		x !== null &&
		typeof x.id === 'string' &&
		typeof x.file === 'string' &&
		FORMATS.has(x.format) &&
		typeof x.text === 'string' &&
		typeof x.addedAt === 'string' &&
		(x.issueId === null || typeof x.issueId === 'string')
	);
}

/** Check that a value has the StoredArchive shape (a restore reads files from anywhere); throws naming the first fault. */
export function validateArchive(value: unknown): StoredArchive {
	const a = value as StoredArchive;
	if (typeof a !== 'object' || a === null || a.version !== 1)
		throw new Error('archive version is not 1');
	if (!Array.isArray(a.sources)) throw new Error('archive has no sources list');
	const bad = a.sources.findIndex((s) => !isSource(s));
	if (bad >= 0) throw new Error(`source ${bad + 1} is malformed`);
	if (
		!Array.isArray(a.userAliases) ||
		!a.userAliases.every((u) => typeof u?.text === 'string' && typeof u?.allianceId === 'string')
	) {
		throw new Error('user aliases are malformed');
	}
	if (
		!Array.isArray(a.userAlliances) ||
		!a.userAlliances.every((x) => typeof x?.id === 'string' && typeof x?.name === 'string')
	) {
		throw new Error('user alliances are malformed');
	}
	if (
		typeof a.settings !== 'object' ||
		a.settings === null ||
		typeof a.settings.hideEmbedded !== 'boolean'
	) {
		throw new Error('settings are malformed');
	}
	return {
		version: 1,
		sources: a.sources,
		userAliases: a.userAliases,
		userAlliances: a.userAlliances.map((x) => ({
			id: x.id,
			name: x.name,
			shortNames: Array.isArray(x.shortNames) ? x.shortNames : [],
			aliases: Array.isArray(x.aliases) ? x.aliases : [],
			acronym: x.acronym ?? null,
			domain: x.domain ?? '',
			userCreated: true
		})),
		settings: { hideEmbedded: a.settings.hideEmbedded }
	};
}

/** Bytes of the UTF-8 text a save writes. */
function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** Whether an error is the browser saying the disk or the origin's quota is full. */
export function isQuotaError(e: unknown): boolean {
	const name = (e as { name?: string })?.name;
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		(e as { code?: number })?.code === 22
	);
}

async function freeBytes(): Promise<number | null> {
	try {
		const est = await navigator.storage?.estimate?.();
		return est?.quota !== undefined && est.usage !== undefined
			? Math.max(0, est.quota - est.usage)
			: null;
	} catch {
		return null;
	}
}

async function toStorageError(e: unknown, bytes: number): Promise<ArchiveStorageError> {
	if (e instanceof ArchiveStorageError) return e;
	if (isQuotaError(e))
		return new ArchiveStorageError(
			'quota',
			`quota exceeded saving ${bytes} bytes`,
			bytes,
			await freeBytes()
		);
	return new ArchiveStorageError('write', e instanceof Error ? e.message : String(e), bytes);
}

// ---------------------------------------------------------------------------------------------- OPFS

/** The part of an OPFS directory handle this module uses (a fake one in tests). */
export interface DirectoryLike {
	getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike>;
	removeEntry(name: string): Promise<void>;
	keys(): AsyncIterable<string>;
}

/** The part of an OPFS file handle this module uses. */
export interface FileHandleLike {
	getFile(): Promise<{ text(): Promise<string> }>;
	createWritable(): Promise<{
		write(data: string): Promise<void>;
		close(): Promise<void>;
		abort(): Promise<void>;
	}>;
}

const POINTER = 'current.json';
const generationName = (n: number) => `archive-${String(n).padStart(8, '0')}.json`;
const GENERATION = /^archive-(\d{8})\.json$/;

/** The archive in an OPFS directory: generation files and a pointer to the current one. */
export class OpfsStore implements ArchiveStore {
	readonly kind = 'opfs' as const;
	recovered = false;
	/** The generation the pointer names (0: none yet). */
	private committed = 0;
	/** The highest generation file present: the next save writes the one after it. */
	private highest = 0;
	constructor(private readonly dir: DirectoryLike) {}

	private async generations(): Promise<number[]> {
		const found: number[] = [];
		for await (const name of this.dir.keys()) {
			const m = GENERATION.exec(name);
			if (m) found.push(Number(m[1]));
		}
		return found.sort((a, b) => b - a);
	}

	private async readText(name: string): Promise<string> {
		return (await (await this.dir.getFileHandle(name)).getFile()).text();
	}

	/** The pointer's generation; 'missing' when no save ever finished; 'unreadable' when the file is damaged. */
	private async pointer(): Promise<number | 'missing' | 'unreadable'> {
		let text: string;
		try {
			text = await this.readText(POINTER);
		} catch (e) {
			return (e as { name?: string })?.name === 'NotFoundError' ? 'missing' : 'unreadable';
		}
		try {
			const p = JSON.parse(text) as { generation?: unknown };
			return typeof p.generation === 'number' && Number.isInteger(p.generation) && p.generation > 0
				? p.generation
				: 'unreadable';
		} catch {
			return 'unreadable';
		}
	}

	async load(): Promise<StoredArchive> {
		const all = await this.generations();
		this.highest = all[0] ?? 0;
		const pointed = await this.pointer();
		// No pointer: no save ever finished, so any generation file is an unfinished first save.
		if (all.length === 0 || pointed === 'missing') return EMPTY_ARCHIVE;
		// A generation newer than the pointer is a save that never finished: never read it as current.
		const order = typeof pointed === 'number' ? [pointed, ...all.filter((g) => g < pointed)] : all;
		for (const g of order) {
			try {
				const archive = await decodeArchive(await this.readText(generationName(g)));
				this.recovered = g !== pointed;
				this.committed = g;
				return archive;
			} catch {
				// try the previous generation
			}
		}
		throw new ArchiveStorageError(
			'corrupt',
			`no readable copy among ${all.length} archive file(s)`
		);
	}

	private async write(name: string, text: string): Promise<void> {
		const handle = await this.dir.getFileHandle(name, { create: true });
		const writable = await handle.createWritable();
		try {
			await writable.write(text);
			await writable.close();
		} catch (e) {
			await writable.abort().catch(() => undefined);
			throw e;
		}
	}

	async save(archive: StoredArchive): Promise<void> {
		const text = await encodeArchive(archive);
		const next = this.highest + 1;
		const name = generationName(next);
		try {
			await this.write(name, text);
			this.highest = next;
		} catch (e) {
			await this.dir.removeEntry(name).catch(() => undefined);
			throw await toStorageError(e, byteLength(text));
		}
		try {
			// createWritable writes to a swap file and moves it in place on close: the pointer is never torn.
			await this.write(POINTER, JSON.stringify({ generation: next }));
		} catch (e) {
			// The pointer still names the previous generation; the new file is an unfinished save.
			await this.dir.removeEntry(name).catch(() => undefined);
			throw await toStorageError(e, byteLength(text));
		}
		const previous = this.committed;
		this.committed = next;
		this.recovered = false;
		// Keep the previous generation as a spare; every other file goes.
		for (const g of await this.generations()) {
			if (g !== next && g !== previous)
				await this.dir.removeEntry(generationName(g)).catch(() => undefined);
		}
	}
}

// ------------------------------------------------------------------------------------------ IndexedDB

const IDB_NAME = 'pulse-archive';
const IDB_STORE = 'archive';
const IDB_KEY = 'current';

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

/** The archive as one IndexedDB record, replaced in one transaction (all or nothing). */
export class IndexedDbStore implements ArchiveStore {
	readonly kind = 'indexeddb' as const;
	readonly recovered = false;
	constructor(private readonly db: IDBDatabase) {}

	static async open(): Promise<IndexedDbStore> {
		const open = indexedDB.open(IDB_NAME, 1);
		open.onupgradeneeded = () => open.result.createObjectStore(IDB_STORE);
		return new IndexedDbStore(await request(open));
	}

	async load(): Promise<StoredArchive> {
		const tx = this.db.transaction(IDB_STORE, 'readonly');
		const text = await request(
			tx.objectStore(IDB_STORE).get(IDB_KEY) as IDBRequest<string | undefined>
		);
		if (text === undefined) return EMPTY_ARCHIVE;
		try {
			return await decodeArchive(text);
		} catch (e) {
			throw new ArchiveStorageError('corrupt', e instanceof Error ? e.message : String(e));
		}
	}

	async save(archive: StoredArchive): Promise<void> {
		const text = await encodeArchive(archive);
		try {
			await new Promise<void>((resolve, reject) => {
				const tx = this.db.transaction(IDB_STORE, 'readwrite');
				tx.objectStore(IDB_STORE).put(text, IDB_KEY);
				tx.oncomplete = () => resolve();
				tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
				tx.onerror = () => reject(tx.error);
			});
		} catch (e) {
			throw await toStorageError(e, byteLength(text));
		}
	}
}

// --------------------------------------------------------------------------------------------- memory

/** The archive in this tab only: what a window without storage gets; lost when the window closes. */
export class MemoryStore implements ArchiveStore {
	readonly kind = 'memory' as const;
	readonly recovered = false;
	private text: string | null = null;
	async load(): Promise<StoredArchive> {
		return this.text === null ? EMPTY_ARCHIVE : decodeArchive(this.text);
	}
	async save(archive: StoredArchive): Promise<void> {
		this.text = await encodeArchive(archive);
	}
}

/** The best store this browser offers: OPFS (with a writable file API), else IndexedDB, else memory. */
export async function openArchiveStore(): Promise<ArchiveStore> {
	try {
		const writable =
			typeof FileSystemFileHandle !== 'undefined' &&
			'createWritable' in FileSystemFileHandle.prototype;
		if (writable && navigator.storage?.getDirectory) {
			const root = await navigator.storage.getDirectory();
			const dir = await root.getDirectoryHandle('pulse-archive', { create: true });
			return new OpfsStore(dir as unknown as DirectoryLike);
		}
	} catch {
		// OPFS refused (some private modes): try IndexedDB
	}
	try {
		if (typeof indexedDB !== 'undefined') return await IndexedDbStore.open();
	} catch {
		// IndexedDB refused too: keep the archive in memory and say so
	}
	return new MemoryStore();
}

/** Ask the browser not to evict the archive under storage pressure; true when it agreed. */
export async function requestPersistence(): Promise<boolean | null> {
	try {
		if (await navigator.storage?.persisted?.()) return true;
		return (await navigator.storage?.persist?.()) ?? null;
	} catch {
		return null;
	}
}

// ------------------------------------------------------------------------------------- tabs and locks

const LOCK = 'pulse-archive';

/**
 * Try to become the tab that writes the archive, holding the lock for the tab's life. Resolves true when this
 * tab writes; false when another tab does, in which case `onWriter` runs later if that tab closes and this
 * one takes over. Without the Web Locks API every tab writes (the browser cannot tell tabs apart).
 */
export function acquireWriterLock(onWriter: () => void): Promise<boolean> {
	const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
	if (!locks) return Promise.resolve(true);
	const hold = () => new Promise<never>(() => undefined);
	return new Promise((resolve) => {
		locks
			.request(LOCK, { ifAvailable: true }, (lock) => {
				if (!lock) {
					resolve(false);
					// Queue for the lock: when the writing tab closes, this one takes over.
					void locks.request(LOCK, () => {
						onWriter();
						return hold();
					});
					return;
				}
				resolve(true);
				return hold();
			})
			.catch(() => resolve(true));
	});
}

/** The channel tabs use to say the stored archive changed. */
export function archiveChannel(onChange: () => void): { post(): void; close(): void } {
	if (typeof BroadcastChannel === 'undefined')
		return { post: () => undefined, close: () => undefined };
	const channel = new BroadcastChannel('pulse-archive');
	channel.onmessage = (e: MessageEvent<{ type?: string }>) => {
		if (e.data?.type === 'changed') onChange();
	};
	return { post: () => channel.postMessage({ type: 'changed' }), close: () => channel.close() };
}
