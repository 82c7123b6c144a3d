/** The page's archive: DuckDB started once, the embedded dataset loaded, and its state for the UI. */
import type { Db } from '../db/types';

/** Where start-up is: the UI shows a sentence for each, never a blank page. */
export type EngineStatus = 'idle' | 'starting' | 'ready' | 'error';

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
	/** Bumped after every change to the archive, so views re-run their queries. */
	revision: 0
});

let ready: Promise<Db> | undefined;

/** The one ready Db (DuckDB started, schema migrated, archive loaded); concurrent callers share the start-up. */
export function getDb(): Promise<Db> {
	ready ??= start().catch((e: unknown) => {
		ready = undefined;
		engine.status = 'error';
		engine.error = e instanceof Error ? e.message : String(e);
		throw e;
	});
	return ready;
}

async function start(): Promise<Db> {
	engine.status = 'starting';
	const [{ getBrowserDb }, { migrate }, { ensureKeywordTable }, { loadEmbeddedDataset }, { openArchive }] = await Promise.all([
		import('../db/browser'),
		import('../db/schema'),
		import('../queries/keywords-schema'),
		import('./embedded'),
		import('../archive/archive.svelte')
	]);
	const db = await getBrowserDb();
	await migrate(db);
	await ensureKeywordTable(db);
	engine.info = await loadEmbeddedDataset(db);
	// The person's own archive (kept in the browser) laid over the embedded dataset; never fails start-up.
	await openArchive(db, engine.info);
	engine.status = 'ready';
	return db;
}

/** Tell every view the archive changed (after an import, a removal, a new alias). */
export function archiveChanged(): void {
	engine.revision++;
}
