/** DuckDB in Node (tests, CLI): duckdb-wasm's blocking Node build, the same engine as the browser. */
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createDb, statementCache, STARTUP_SQL } from './connection';
import type { Db } from './types';

/** Start an in-memory DuckDB in this process (about a second) and return its Db. */
export async function openNodeDb(): Promise<Db> {
	const resolve = createRequire(import.meta.url).resolve;
	// Blocking mode runs in this thread: the bundles' workers are never loaded.
	const bundles: duckdb.DuckDBBundles = {
		mvp: { mainModule: resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), mainWorker: '' }
	};
	const engine = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await engine.instantiate(() => undefined);
	engine.open({});
	const conn = engine.connect();
	conn.query(STARTUP_SQL);
	// The blocking build returns tables of the CommonJS apache-arrow; only that copy can serialise them.
	const { tableToIPC } = createRequire(import.meta.url)(
		'apache-arrow'
	) as typeof import('apache-arrow');
	const prepared = statementCache((sql) => conn.prepare(sql));
	const db = createDb({
		run: async (sql) => conn.query(sql),
		runPrepared: prepared,
		forgetPrepared: () => prepared.clear(),
		insertArrowIPC: async (table, ipc) =>
			conn.insertArrowFromIPCStream(ipc, { name: table, create: false }),
		close: async () => {
			conn.close();
			engine.reset();
		}
	});
	return { ...db, queryArrowIPC: async (sql) => tableToIPC(conn.query(sql), 'stream') };
}
