/** A view's query as rune state: re-run when its arguments change, and counted for the page's ready state. */
import { onDestroy, untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { isPlainRead, readKey } from '../db/read-key';
import type { Db } from '../db/types';
import { engine, getDb, watchViews } from './engine.svelte';

const pending = new SvelteSet<symbol>();
watchViews(() => pending.size > 0);

/** True when no view on the page is waiting for rows (and the engine is up). */
export function pageReady(): boolean {
	return engine.status === 'ready' && pending.size === 0;
}

/** The rows of one query, its error, and whether it is running. */
export interface QueryState<T> {
	readonly data: T | undefined;
	readonly error: string | null;
	readonly loading: boolean;
}

// ---------------------------------------------------------------------------------------------
// Reads shared by every view. The Db runs one statement at a time, so a statement two views ask
// for (the filter options in the bar and on a page, a period's bounds) or one asked for again
// (a filter switched back, Back in the browser) is answered from here rather than run again.
// An entry is one statement with its bound values, for one revision of the archive: an import,
// a removal or a new alias bumps engine.revision and empties it, and so does any write made
// through the Db the views are given. Only plain reads are kept (db/read-key.ts isPlainRead).

/** Statements kept, the least recently used dropped first. */
const CACHE_LIMIT = 200;
const reads = new Map<string, Promise<unknown[]>>();
let readsRevision = -1;


function forgetReads(): void {
	reads.clear();
}

function sharedQuery<T>(db: Db, sql: string, params?: unknown[]): Promise<T[]> {
	if (!isPlainRead(sql)) {
		forgetReads();
		return db.query<T>(sql, params).finally(forgetReads);
	}
	if (readsRevision !== engine.revision) {
		reads.clear();
		readsRevision = engine.revision;
	}
	const key = readKey(sql, params);
	let rows = reads.get(key);
	if (rows) {
		reads.delete(key); // most recently used last
		reads.set(key, rows);
	} else {
		const asked = db.query<unknown>(sql, params);
		rows = asked;
		reads.set(key, asked);
		// A failure is not an answer: the next view to ask runs the statement again.
		asked.catch(() => reads.get(key) === asked && reads.delete(key));
		if (reads.size > CACHE_LIMIT) reads.delete(reads.keys().next().value!);
	}
	// Each caller gets its own array (rows are shared: query functions build new objects, never edit them).
	return rows.then((r) => r.slice() as T[]);
}

const shared = new WeakMap<Db, Db>();

/** `db` as views get it: reads answered once per revision, and every write forgetting what was read. */
function sharedDb(db: Db): Db {
	let view = shared.get(db);
	if (view) return view;
	const write = <R>(run: () => Promise<R>): Promise<R> => {
		forgetReads();
		return run().finally(forgetReads);
	};
	view = {
		query: (sql, params) => sharedQuery(db, sql, params),
		exec: (sql) => write(() => db.exec(sql)),
		insertArrowIPC: db.insertArrowIPC && ((table, ipc) => write(() => db.insertArrowIPC!(table, ipc))),
		transaction: (fn) => write(() => db.transaction(fn)),
		close: () => write(() => db.close())
	};
	if (db.queryArrowIPC) view.queryArrowIPC = (sql) => db.queryArrowIPC!(sql);
	shared.set(db, view);
	return view;
}

/** The Db once getDb has answered (it never changes after). */
let readyDb: Db | undefined;

/** The arguments as a value: equal arguments (a new but equal object) need no new run. Null unless plain data. */
function argsKey(a: unknown): string | null {
	try {
		return (
			JSON.stringify(a, (_, v: unknown) => {
				if (typeof v === 'bigint') return `${v}n`;
				if (v !== null && typeof v === 'object') {
					const proto: unknown = Object.getPrototypeOf(v);
					// A Map, Set or Date would stringify as {} or a string: compare those by running again.
					if (proto !== Object.prototype && proto !== Array.prototype && proto !== null)
						throw new TypeError('not plain data');
				}
				return v;
			}) ?? 'undefined'
		);
	} catch {
		return null;
	}
}

/**
 * Run `run(db, args())` now and whenever `args()` (by value) or the archive changes; an answer that
 * arrives after newer arguments is dropped. Call during component initialisation.
 */
export function useQuery<A, T>(args: () => A, run: (db: Db, args: A) => Promise<T>): QueryState<T> {
	const token = Symbol('query');
	// Rows are replaced, never edited: kept raw, not behind a deep proxy every chart would read through.
	let data = $state.raw<T | undefined>(undefined);
	let error = $state<string | null>(null);
	let loading = $state(true);
	pending.add(token);
	let generation = 0;
	let last: { key: string; revision: number } | null = null;
	// Untracked: what `run` reads as it starts is not what this view re-runs on.
	const start = (db: Db, a: A): Promise<T> => {
		try {
			return Promise.resolve(untrack(() => run(sharedDb(db), a)));
		} catch (e) {
			return Promise.reject(e);
		}
	};
	// Before the DOM updates (.pre), not after: the statements leave for the worker while the page redraws for the
	// new URL (a section change redrew the charts' series for up to 20 ms first), not once it has.
	$effect.pre(() => {
		const a = args();
		const revision = engine.revision;
		const key = argsKey(a);
		// The same arguments again (a URL param this view does not read changed): nothing to run.
		if (key !== null && last && last.key === key && last.revision === revision) return;
		last = key === null ? null : { key, revision };
		const mine = ++generation;
		loading = true;
		pending.add(token);
		// Once the engine is up, the statement goes to the worker in this very tick, before the rest
		// of the navigation (scroll, focus) runs: a filter change's queries start as the URL changes.
		const started = readyDb
			? start(readyDb, a)
			: getDb().then((db) => {
					readyDb = db;
					return start(db, a);
				});
		started
			.then(
				(rows) => {
					if (mine !== generation) return;
					data = rows;
					error = null;
				},
				(e: unknown) => {
					if (mine !== generation) return;
					error = e instanceof Error ? e.message : String(e);
				}
			)
			.finally(() => {
				if (mine !== generation) return;
				loading = false;
				pending.delete(token);
			});
	});
	onDestroy(() => {
		generation++;
		pending.delete(token);
	});
	return {
		get data() {
			return data;
		},
		get error() {
			return error;
		},
		get loading() {
			return loading;
		}
	};
}
