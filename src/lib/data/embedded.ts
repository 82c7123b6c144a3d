/**
 * Load the embedded dataset (static/data) into the browser's DuckDB: Arrow IPC files listed by manifest.json,
 * the core tables (CORE_TABLES) apart from the raw ones (DETAIL_TABLES), so the dashboard need not wait for
 * every raw table of a big archive.
 */
import type { Db } from '../db/types';
import type { DatasetInfo } from './engine.svelte';
import {
	CORE_TABLES,
	DATASET_TABLES,
	DETAIL_TABLES,
	type DatasetManifest,
	type DatasetTable
} from './dataset';

/** Which tables to load: a named set, or a list of tables. */
export type TableSet = 'core' | 'detail' | 'all' | readonly DatasetTable[];

const SETS: Record<string, readonly DatasetTable[]> = {
	core: CORE_TABLES,
	detail: DETAIL_TABLES,
	all: DATASET_TABLES
};
const namesOf = (set: TableSet) => (typeof set === 'string' ? SETS[set]! : set);

/** Files fetched ahead of the one being inserted: bounds the bytes held while a big table streams in. */
const FETCH_AHEAD = 3;

/** Fetch a file of this site, or fail with a message naming it. */
async function fetchOwn(path: string): Promise<Response> {
	const res = await fetch(path);
	if (!res.ok) throw new Error(`无法读取 ${path}：HTTP ${res.status} (cannot load ${path})`);
	return res;
}

/** The dataset's manifest; fails when it lists an unknown table or leaves one of DATASET_TABLES out. */
export async function fetchManifest(base = '/data'): Promise<DatasetManifest> {
	const manifest = (await (await fetchOwn(`${base}/manifest.json`)).json()) as DatasetManifest;
	const listed = new Set<string>(manifest.tables.map((t) => t.name));
	const unknown = [...listed].find((t) => !(DATASET_TABLES as readonly string[]).includes(t));
	if (unknown) throw new Error(`manifest.json 列出了未知的表 ${unknown} (unknown table in manifest)`);
	const missing = DATASET_TABLES.find((t) => !listed.has(t));
	if (missing) throw new Error(`manifest.json 缺少表 ${missing} (table missing from manifest)`);
	return manifest;
}

/** What the manifest says of the dataset, for the UI. */
export function datasetInfo(manifest: DatasetManifest): DatasetInfo {
	return {
		version: manifest.version,
		generated: manifest.generated,
		issues: manifest.issues,
		items: manifest.items,
		syntheticItems: manifest.syntheticItems
	};
}

/** Bytes of files fetched before their insert (e.g. while DuckDB starts), by file name. */
export type Prefetched = Map<string, Promise<Uint8Array>>;

/** Start fetching the files of `set` now; hand the result to loadTables. */
export function prefetchTables(manifest: DatasetManifest, set: TableSet, base = '/data'): Prefetched {
	const names = namesOf(set);
	return new Map(
		manifest.tables
			.filter((t) => names.includes(t.name))
			.map((t) => [t.file, fetchBytes(`${base}/${t.file}`)])
	);
}

function fetchBytes(path: string): Promise<Uint8Array> {
	const bytes = fetchOwn(path).then(async (res) => new Uint8Array(await res.arrayBuffer()));
	// Whoever inserts the file reports a failure; one never awaited (an earlier insert failed) is no error.
	bytes.catch(() => undefined);
	return bytes;
}

/** Where the time of one loadTables went. */
export interface LoadStats {
	files: number;
	bytes: number;
	rows: number;
	/** Time spent waiting for files not fetched yet. */
	fetchWaitMs: number;
	/** Time spent in DuckDB's Arrow inserts. */
	insertMs: number;
}

/**
 * Replace the tables of `set` with the dataset's: each emptied, then its files inserted in manifest order
 * (a few fetched ahead; files in `prefetched` are taken from it). Each insert is its own call, so other
 * queries run between the parts of a big table; call it on a transaction's `tx` for all or nothing.
 */
export async function loadTables(
	db: Db,
	manifest: DatasetManifest,
	set: TableSet,
	base = '/data',
	prefetched: Prefetched = new Map()
): Promise<LoadStats> {
	if (!db.insertArrowIPC) throw new Error('this DuckDB cannot take Arrow data');
	const names = namesOf(set);
	const files = manifest.tables.filter((t) => names.includes(t.name));
	const stats: LoadStats = { files: files.length, bytes: 0, rows: 0, fetchWaitMs: 0, insertMs: 0 };
	const pending = new Map<string, Promise<Uint8Array>>();
	const fetchAhead = (i: number) => {
		for (const t of files.slice(i, i + FETCH_AHEAD + 1)) {
			if (pending.has(t.file)) continue;
			pending.set(t.file, prefetched.get(t.file) ?? fetchBytes(`${base}/${t.file}`));
			prefetched.delete(t.file);
		}
	};
	// Table names come from the fixed list DATASET_TABLES (checked by fetchManifest), never from a person.
	for (const name of names) await db.exec(`DELETE FROM ${name}`);
	for (const [i, t] of files.entries()) {
		fetchAhead(i);
		let t0 = performance.now();
		const bytes = await pending.get(t.file)!;
		pending.delete(t.file);
		// A host that answers a missing file with its index page would otherwise leave the table silently empty.
		if (t.bytes !== undefined && bytes.length !== t.bytes)
			throw new Error(
				`${base}/${t.file} 大小不符：${bytes.length} 字节，应为 ${t.bytes} (file has ${bytes.length} bytes, manifest says ${t.bytes})`
			);
		stats.fetchWaitMs += performance.now() - t0;
		stats.bytes += bytes.length;
		stats.rows += t.rows;
		if (t.rows === 0) continue;
		t0 = performance.now();
		await db.insertArrowIPC(t.name, bytes);
		stats.insertMs += performance.now() - t0;
	}
	for (const name of names) {
		const want = files.filter((t) => t.name === name).reduce((n, t) => n + t.rows, 0);
		const [row] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${name}`);
		if (row?.n !== want)
			throw new Error(
				`表 ${name} 载入 ${row?.n} 行，应为 ${want} 行 (table ${name} has ${row?.n} rows, manifest says ${want})`
			);
	}
	return stats;
}

/** Replace every table of the archive with the embedded dataset's, in one transaction; returns what the manifest says of it. */
export async function loadEmbeddedDataset(db: Db, base = '/data'): Promise<DatasetInfo> {
	const manifest = await fetchManifest(base);
	await db.transaction((tx) => loadTables(tx, manifest, 'all', base));
	return datasetInfo(manifest);
}
