/// <reference types="vite/client" />
/** DuckDB in the browser: duckdb-wasm in a Web Worker, wasm and worker self-hosted through Vite. */
import * as duckdb from '@duckdb/duckdb-wasm';
// The exception-handling build only (see browser-worker.ts).
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { createDb, statementCache, STARTUP_SQL } from './connection';
import { duckdbWorker, forgetDuckdbWorker } from './browser-worker';
import type { Db } from './types';

let started: Promise<Db> | undefined;
const STATEMENT_CACHE = 200;

/** The page's one DuckDB, started on first call; concurrent callers share the same start-up. */
export function getBrowserDb(): Promise<Db> {
	started ??= start().catch((error: unknown) => {
		started = undefined; // let a later call try again rather than replaying the failure forever
		throw error;
	});
	return started;
}

async function start(): Promise<Db> {
	// Already loading its script when the page starts DuckDB early (data/engine.svelte.ts).
	const worker = duckdbWorker();
	forgetDuckdbWorker(); // this engine owns it now: terminated with it, never handed out again
	const engine = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
	try {
		await engine.instantiate(ehWasm, null);
		await engine.open({});
		const conn = await engine.connect();
		await conn.query(STARTUP_SQL);
		// Each worker round trip costs a few ms: prepare a query text once, then only bind and run it.
		const prepared = statementCache((sql) => conn.prepare(sql), STATEMENT_CACHE);
		return createDb({
			run: (sql) => conn.query(sql),
			runPrepared: prepared,
			forgetPrepared: () => prepared.clear(),
			insertArrowIPC: (table, ipc) =>
				conn.insertArrowFromIPCStream(ipc, { name: table, create: false }),
			close: async () => {
				started = undefined;
				await conn.close();
				await engine.terminate();
			}
		});
	} catch (error) {
		await engine.terminate();
		throw error;
	}
}
