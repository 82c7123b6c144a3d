/** Load the embedded dataset (static/data) into the browser's DuckDB: Arrow IPC files, one transaction. */
import type { Db } from '../db/types';
import type { DatasetInfo } from './engine.svelte';
import { DATASET_TABLES, type DatasetManifest } from './dataset';

/** Fetch a file of this site, or fail with a message naming it. */
async function fetchOwn(path: string): Promise<Response> {
	const res = await fetch(path);
	if (!res.ok) throw new Error(`无法读取 ${path}：HTTP ${res.status} (cannot load ${path})`);
	return res;
}

/** Replace the archive's tables with the embedded dataset's; returns what the manifest says of it. */
export async function loadEmbeddedDataset(db: Db, base = '/data'): Promise<DatasetInfo> {
	if (!db.insertArrowIPC) throw new Error('this DuckDB cannot take Arrow data');
	const manifest = (await (await fetchOwn(`${base}/manifest.json`)).json()) as DatasetManifest;
	const unknown = manifest.tables.find((t) => !(DATASET_TABLES as readonly string[]).includes(t.name));
	if (unknown) throw new Error(`manifest.json 列出了未知的表 ${unknown.name} (unknown table in manifest)`);
	const files = await Promise.all(
		manifest.tables.map(async (t) => ({ ...t, bytes: new Uint8Array(await (await fetchOwn(`${base}/${t.file}`)).arrayBuffer()) }))
	);
	await db.transaction(async (tx) => {
		for (const t of files) {
			// Table names come from the manifest's fixed list, never from a person.
			await tx.exec(`DELETE FROM ${t.name}`);
			if (t.rows > 0) await tx.insertArrowIPC!(t.name, t.bytes);
		}
	});
	return {
		version: manifest.version,
		generated: manifest.generated,
		issues: manifest.issues,
		items: manifest.items,
		syntheticItems: manifest.syntheticItems
	};
}
