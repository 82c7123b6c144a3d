/// <reference types="vite/client" />
/** DuckDB in the browser: duckdb-wasm in a Web Worker, wasm and worker self-hosted through Vite. */
import * as duckdb from '@duckdb/duckdb-wasm';
// Only the exception-handling build: every browser the liaison group uses (Chromium, Firefox, Safari 15+)
// has wasm exceptions, and shipping the MVP build too would double a 35 MB download and the build time.
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { createDb, STARTUP_SQL } from './connection';
import type { Db } from './types';

let started: Promise<Db> | undefined;
const STATEMENT_CACHE = 200;

/** A prepared statement: its preparation, and the statement itself once the worker has answered. */
interface Prepared {
	promise: Promise<duckdb.AsyncPreparedStatement>;
	statement?: duckdb.AsyncPreparedStatement;
}
const statements = new Map<string, Prepared>();

/** The page's one DuckDB, started on first call; concurrent callers share the same start-up. */
export function getBrowserDb(): Promise<Db> {
	started ??= start().catch((error: unknown) => {
		started = undefined; // let a later call try again rather than replaying the failure forever
		throw error;
	});
	return started;
}

async function start(): Promise<Db> {
	const bundle = { mainModule: ehWasm, mainWorker: ehWorker, pthreadWorker: null };
	const worker = new Worker(bundle.mainWorker);
	const engine = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
	try {
		await engine.instantiate(bundle.mainModule, bundle.pthreadWorker);
		await engine.open({});
		const conn = await engine.connect();
		await conn.query(STARTUP_SQL);
		return createDb({
			run: (sql) => conn.query(sql),
			runPrepared: (sql, params) => {
				// Each worker round trip costs a few ms: prepare a query text once, then only bind and run it.
				let prepared = statements.get(sql);
				if (prepared) {
					statements.delete(sql); // most recently used last
					statements.set(sql, prepared);
				} else {
					const entry: Prepared = { promise: conn.prepare(sql) };
					entry.promise.then(
						(s) => (entry.statement = s),
						() => undefined
					);
					prepared = entry;
					statements.set(sql, entry);
					if (statements.size > STATEMENT_CACHE) {
						const [oldest, old] = statements.entries().next().value!;
						statements.delete(oldest);
						void old.promise.then((s) => s.close()).catch(() => undefined);
					}
				}
				// A statement already prepared is run in this tick (no await first): the message leaves at once.
				const entry = prepared;
				const result = entry.statement
					? entry.statement.query(...params)
					: entry.promise.then((s) => s.query(...params));
				return result.catch((error: unknown) => {
					if (statements.get(sql) === entry) statements.delete(sql);
					throw error;
				});
			},
			insertArrowIPC: (table, ipc) =>
				conn.insertArrowFromIPCStream(ipc, { name: table, create: false }),
			close: async () => {
				started = undefined;
				statements.clear();
				await conn.close();
				await engine.terminate();
			}
		});
	} catch (error) {
		await engine.terminate();
		throw error;
	}
}
