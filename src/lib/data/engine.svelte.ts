/**
 * The page's archive: DuckDB started once, the embedded dataset loaded, and its state for the UI.
 *
 * The dataset loads in two steps: the core tables (CORE_TABLES: registry, issue dates, month facts — all the
 * overview reads), after which the engine is ready; then the deferred tables (DETAIL_TABLES: the per-issue
 * facts and the raw tables), in the background for a small dataset and on first need for a big one. The
 * Db that getDb hands out holds back any statement naming a deferred table, and every transaction (imports
 * and the archive's rebuilds write them), until they are loaded; when that load fails, those statements
 * fail with its error — never answer from empty tables.
 */
import { duckdbWorker } from '../db/browser-worker';
import type { Db } from '../db/types';
import {
	DETAIL_TABLES,
	detailTablesIn,
	EAGER_DETAIL_ITEMS,
	type DatasetManifest,
	type DetailTable
} from './dataset';
import type { LoadStats, Prefetched } from './embedded';

/** Where start-up is: the UI shows a sentence for each, never a blank page. */
export type EngineStatus = 'idle' | 'starting' | 'ready' | 'error';

/** Where the deferred tables are (they load after start-up): none, some or all of them loaded, or one failed. */
export type DetailStatus = 'idle' | 'loading' | 'partial' | 'ready' | 'error';

/** What the dataset says about itself (static/data/manifest.json). */
export interface DatasetInfo {
	version: string;
	generated: string;
	issues: number;
	items: number;
	syntheticItems: number;
}

export const engine = $state({
	status: 'idle' as EngineStatus,
	error: null as string | null,
	info: null as DatasetInfo | null,
	/** The deferred tables (DETAIL_TABLES): not loaded yet, loading, loaded, or failed (then `error` says why). */
	detail: 'idle' as DetailStatus,
	/** Bumped after every change to the archive, so views re-run their queries. */
	revision: 0
});

const DATA = '/data';

let ready: Promise<Db> | undefined;
/** Set once the core tables are in: the ungated Db, the manifest, and detail files already being fetched. */
let loaded: { db: Db; manifest: DatasetManifest; prefetched: Prefetched } | undefined;
/** Each raw table's load, started on first need; how many are queued or running; the last one queued. */
const detailLoads = new Map<DetailTable, Promise<void>>();
let detailRunning = 0;
let detailQueue: Promise<unknown> = Promise.resolve();

/** The one ready Db (DuckDB started, schema migrated, core tables loaded); concurrent callers share the start-up. */
export function getDb(): Promise<Db> {
	ready ??= start().catch((e: unknown) => {
		ready = undefined;
		engine.status = 'error';
		engine.error = e instanceof Error ? e.message : String(e);
		throw e;
	});
	return ready;
}

/**
 * Load deferred tables (all of DETAIL_TABLES unless named; each once, later calls share its load). Code that
 * writes the archive (openArchive, imports) awaits it first; queries through getDb's Db await the tables
 * they name by themselves. A failure is kept, not retried: every statement that needs a raw table reports
 * it until the page is reloaded.
 */
export function loadDetail(tables: readonly DetailTable[] = DETAIL_TABLES): Promise<void> {
	if (!loaded) return getDb().then(() => loadDetail(tables));
	return Promise.all(tables.map(loadTable)).then(() => undefined);
}

function loadTable(table: DetailTable): Promise<void> {
	let load = detailLoads.get(table);
	if (load) return load;
	const { db, manifest, prefetched } = loaded!;
	detailRunning++;
	engine.detail = 'loading';
	// One table at a time, in the order asked: bounds the bytes in flight (1.5 GB of raw tables at 1M items).
	load = detailQueue.then(async () => {
		const { loadTables } = await import('./embedded');
		const t0 = performance.now();
		mark(`pulse:detail:${table}`, t0, await loadTables(db, manifest, [table], DATA, prefetched));
	}).then(
		() => {
			if (--detailRunning === 0 && engine.detail !== 'error')
				engine.detail = detailLoads.size === DETAIL_TABLES.length ? 'ready' : 'partial';
		},
		(e: unknown) => {
			detailRunning--;
			const message = e instanceof Error ? e.message : String(e);
			const error = new Error(`数据表 ${table} 加载失败：${message} (table ${table} failed to load)`, {
				cause: e
			});
			engine.detail = 'error';
			engine.error ??= error.message;
			throw error;
		}
	);
	detailLoads.set(table, load);
	detailQueue = load.catch(() => undefined);
	return load;
}

// Calls in flight through the gated Db: a small dataset's raw tables load once the page's first queries are done,
// one table at a time and only while no view is waiting, so a filter change queues behind one table at most.
let inFlight = 0;
let eager = false;

/**
 * How long the views must have left the engine alone before background work (a small dataset's raw tables,
 * the warm-up) takes it: a person going through filters one after another is answered on an engine of their
 * own, not behind a table load or a warm-up statement that started in the moment between two changes.
 */
const QUIET_MS = 250;
/** When a call through the views' Db last started or ended (performance.now()). */
let lastActive = 0;

/** Milliseconds until the views have been quiet for QUIET_MS (0 once they have). */
const quietIn = () => Math.max(0, lastActive + QUIET_MS - performance.now());

function idle(): void {
	if (!loaded || warming) return;
	// Later in this task or its microtasks a view may chain its next query: look again after them, and only once
	// the views have been quiet for QUIET_MS.
	setTimeout(function next() {
		if (inFlight !== 0 || detailRunning !== 0 || warming) return;
		if (quietIn() > 0) {
			setTimeout(next, quietIn());
			return;
		}
		const table = eager ? DETAIL_TABLES.find((t) => !detailLoads.has(t)) : undefined;
		if (table) void loadTable(table).then(idle, () => undefined);
		// Not before the first page has its answers: views start their queries once start() returns.
		else if (engine.status === 'ready') warming = warmEngine();
	}, quietIn());
}

/** Whether a view is waiting for rows, between its statements too (query.svelte.ts tells, as it loads). */
let viewsWaiting: () => boolean = () => false;

/** How the engine learns whether views wait for rows: the warm-up never runs while one does. */
export function watchViews(waiting: () => boolean): void {
	viewsWaiting = waiting;
}

/** Nothing running through the views' Db for QUIET_MS, no view waiting for rows, no deferred table loading. */
const quiet = () => inFlight === 0 && detailRunning === 0 && !viewsWaiting() && quietIn() === 0;

function whenQuiet(): Promise<void> {
	return new Promise((resolve) => {
		const look = () => (quiet() ? resolve() : setTimeout(look, 50));
		setTimeout(look, 0);
	});
}

// Once the page is ready (and a small dataset's raw tables are in): the engine's first run of each kind of
// filter, before a person picks one (warm-up.ts). On the raw Db, so its answers reach no view and no cache.
let warming: Promise<void> | undefined;

async function warmEngine(): Promise<void> {
	const t0 = performance.now();
	try {
		const { warmUp, warmUpFilters, namesOnly } = await import('./warm-up');
		const { db } = loaded!;
		const done = new Set<string>();
		for (const [table, load] of detailLoads) void load.then(() => done.add(table), () => undefined);
		await whenQuiet();
		const ran = await warmUp(db, await warmUpFilters(db), () => !quiet(), namesOnly(done), whenQuiet);
		performance.measure('pulse:warm-up', { start: t0, end: performance.now(), detail: { ran } });
	} catch {
		// best effort: a page that was never warmed is only slower on its first filters
	}
}

function tracked<T>(run: () => Promise<T>): Promise<T> {
	inFlight++;
	lastActive = performance.now();
	return run().finally(() => {
		lastActive = performance.now();
		if (--inFlight === 0) idle();
	});
}

/** `db` as views get it: statements naming a raw table wait for that table; transactions for all of them. */
function gated(db: Db): Db {
	const after = <T>(sql: string, run: () => Promise<T>) =>
		tracked(() => {
			const tables = detailTablesIn(sql);
			return tables.length ? loadDetail(tables).then(run) : run();
		});
	return {
		query: (sql, params) => after(sql, () => db.query(sql, params)),
		exec: (sql) => after(sql, () => db.exec(sql)),
		insertArrowIPC: (table, ipc) => after(`INTO ${table}`, () => db.insertArrowIPC!(table, ipc)),
		// Every transaction of the app writes the archive, whose raw tables must be there first.
		transaction: (fn) => tracked(() => loadDetail().then(() => db.transaction(fn))),
		close: () => db.close()
	};
}

/** Record a step of start-up for benchmarks (performance.measure, `detail` holding its figures). */
function mark(name: string, start: number, detail?: LoadStats): void {
	try {
		performance.measure(name, { start, end: performance.now(), detail });
	} catch {
		// measuring is optional
	}
}

async function start(): Promise<Db> {
	engine.status = 'starting';
	const t0 = performance.now();
	// DuckDB first: its worker and 35 MB of wasm are the longest part of start-up, so they must not wait for
	// the other modules to load. The worker at once, loading its script (770 kB) while the bindings to talk to it
	// download: instantiating then took 1.02–1.30 s instead of 1.06–1.52 s in Chromium here.
	duckdbWorker();
	const duckdb = import('../db/browser').then(({ getBrowserDb }) => getBrowserDb());
	duckdb.catch(() => undefined); // reported below, once awaited
	const [embedded, { migrate }, { ensureKeywordTable }, { openArchive }] = await Promise.all([
		import('./embedded'),
		import('../db/schema'),
		import('../queries/keywords-schema'),
		import('../archive/archive.svelte')
	]);
	// The dataset's files download while DuckDB compiles; a small dataset's raw tables too.
	const files = embedded.fetchManifest(DATA).then((manifest) => ({
		manifest,
		core: embedded.prefetchTables(manifest, 'core', DATA),
		detail:
			manifest.items < EAGER_DETAIL_ITEMS
				? embedded.prefetchTables(manifest, 'detail', DATA)
				: (new Map() as Prefetched)
	}));
	files.catch(() => undefined); // reported below, once DuckDB is up
	const db = await duckdb;
	await migrate(db);
	await ensureKeywordTable(db);
	mark('pulse:duckdb', t0);
	const { manifest, core, detail: prefetched } = await files;
	const t1 = performance.now();
	const stats = await db.transaction((tx) => embedded.loadTables(tx, manifest, 'core', DATA, core));
	mark('pulse:core', t1, stats);
	loaded = { db, manifest, prefetched };
	engine.info = embedded.datasetInfo(manifest);
	eager = manifest.items < EAGER_DETAIL_ITEMS;
	const view = gated(db);
	// The person's own archive (kept in the browser) laid over the embedded dataset; never fails start-up.
	// It loads the raw tables first when there is anything to lay over them.
	await openArchive(view, engine.info);
	engine.status = 'ready';
	mark('pulse:ready', t0);
	idle();
	return view;
}

/** Tell every view the archive changed (after an import, a removal, a new alias). */
export function archiveChanged(): void {
	engine.revision++;
}
