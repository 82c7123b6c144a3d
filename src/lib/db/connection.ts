/** The Db both engines share: parameter checks, row conversion, the order of calls, transactions. */
import type { Table } from 'apache-arrow';
import { isPlainRead } from './read-key';
import { tableToRows } from './rows';
import type { Db, Param } from './types';

/** What an engine (blocking Node build or async browser worker) must provide. */
export interface RawConnection {
	run(sql: string): Promise<Table>;
	runPrepared(sql: string, params: Param[]): Promise<Table>;
	insertArrowIPC(table: string, ipc: Uint8Array): Promise<void>;
	close(): Promise<void>;
	/** Close every prepared statement runPrepared keeps (statementCache's clear). */
	forgetPrepared?(): void;
}

/** Settings run on every new connection before any other statement. */
export const STARTUP_SQL =
	// parquet/json/icu are not built in and would be fetched on first use: a hang in Node, a failed query in a browser.
	'SET autoload_known_extensions = false; SET autoinstall_known_extensions = false;';

/** Check a bound value: duckdb-wasm serialises params as JSON, so anything else would fail or change meaning. */
export function toParam(value: unknown, index: number): Param {
	if (value === null || value === undefined) return null;
	switch (typeof value) {
		case 'string':
		case 'boolean':
			return value;
		case 'number':
			if (!Number.isFinite(value))
				throw new TypeError(`param ${index + 1}: ${value} is not a finite number`);
			return value;
		case 'bigint':
			if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
				throw new TypeError(`param ${index + 1}: ${value} is beyond 2^53; pass it as a string`);
			}
			return Number(value);
	}
	const what = Array.isArray(value)
		? 'a list (use one ? per element)'
		: value instanceof Date
			? "a Date (pass 'YYYY-MM-DD')"
			: typeof value;
	throw new TypeError(`param ${index + 1}: cannot bind ${what}`);
}

/** An engine error as a plain message: Arrow inserts report theirs as JSON ({"exception_type", "exception_message"}). */
export function engineError(error: unknown): Error {
	if (!(error instanceof Error) || !error.message.startsWith('{'))
		return error instanceof Error ? error : new Error(String(error));
	try {
		const { exception_type: type, exception_message: message } = JSON.parse(
			error.message
		) as Record<string, string>;
		return message
			? new Error(type ? `${type} Error: ${message}` : message, { cause: error })
			: error;
	} catch {
		return error;
	}
}

/** A prepared statement of either engine (the blocking build's is synchronous, the worker's async). */
interface Prepared<R> {
	query(...params: Param[]): R | Promise<R>;
	close(): unknown;
}

/**
 * runPrepared over a cache of prepared statements, one per SQL text (the `size` most recently used): the views
 * ask the same questions over and over with new values, and preparing plans the query each time. A statement
 * already prepared runs in the same tick (no await first), so the browser's message to its worker leaves at once.
 */
export function statementCache<R>(
	prepare: (sql: string) => Prepared<R> | Promise<Prepared<R>>,
	size = 200
): ((sql: string, params: Param[]) => Promise<R>) & { clear(): void } {
	interface Entry {
		promise: Promise<Prepared<R>>;
		statement?: Prepared<R>;
	}
	const statements = new Map<string, Entry>();
	const run = (sql: string, params: Param[]): Promise<R> => {
		let entry = statements.get(sql);
		if (entry) {
			statements.delete(sql); // most recently used last
		} else {
			const created: Entry = { promise: Promise.resolve().then(() => prepare(sql)) };
			created.promise.then(
				(s) => (created.statement = s),
				() => undefined
			);
			entry = created;
			if (statements.size >= size) {
				const [oldest, old] = statements.entries().next().value!;
				statements.delete(oldest);
				void old.promise.then((s) => s.close()).catch(() => undefined);
			}
		}
		statements.set(sql, entry);
		const used = entry;
		let result: Promise<R>;
		if (used.statement) {
			try {
				result = Promise.resolve(used.statement.query(...params));
			} catch (error) {
				result = Promise.reject(error as Error);
			}
		} else result = used.promise.then((s) => s.query(...params));
		return result.catch((error: unknown) => {
			if (statements.get(sql) === used) statements.delete(sql);
			throw error;
		});
	};
	const clear = () => {
		for (const entry of statements.values())
			void entry.promise.then((s) => s.close()).catch(() => undefined);
		statements.clear();
	};
	return Object.assign(run, { clear });
}

function rethrowing(engine: RawConnection): RawConnection {
	const fail = (error: unknown): never => {
		throw engineError(error);
	};
	return {
		run: (sql) => engine.run(sql).catch(fail),
		runPrepared: (sql, params) => engine.runPrepared(sql, params).catch(fail),
		insertArrowIPC: (table, ipc) => engine.insertArrowIPC(table, ipc).catch(fail),
		close: () => engine.close().catch(fail),
		forgetPrepared: () => engine.forgetPrepared?.()
	};
}

/** Wrap an engine connection as a Db, its calls ordered by serialDb. */
export function createDb(engine: RawConnection): Db {
	const raw = rethrowing(engine);
	// A kept plan never outlives the data it was planned on: every write closes the prepared statements. Seen in
	// Chromium: a statement prepared before a rebuild of the archive (DELETE and INSERT in one transaction) and
	// run after it returned names as empty or garbled strings; prepared again, the same statement was right.
	const written = <T>(write: Promise<T>): Promise<T> => write.finally(() => raw.forgetPrepared?.());
	return serialDb({
		query: async <T>(sql: string, params?: unknown[]) => {
			// Prepared (and cached) even without parameters: planning a many-CTE query costs more than running it.
			const run = raw.runPrepared(sql, (params ?? []).map(toParam));
			const table = await (isPlainRead(sql) ? run : written(run));
			return tableToRows<T>(table);
		},
		exec: (sql) => written(raw.run(sql)).then(() => undefined),
		insertArrowIPC: (table, ipc) => written(raw.insertArrowIPC(table, ipc)),
		close: () => raw.close()
	});
}

/** What an engine does, one call at a time in the order they reach it; serialDb adds the ordering and the transactions. */
export interface EngineCalls {
	query<T>(sql: string, params?: unknown[]): Promise<T[]>;
	exec(sql: string): Promise<void>;
	insertArrowIPC(table: string, ipc: Uint8Array): Promise<void>;
	close(): Promise<void>;
}

/**
 * A Db over any engine: a write or transaction runs alone, once every call before it has ended, and holds
 * every later caller back until it ends. Plain reads (isPlainRead) after it go to the engine at once, without
 * waiting for one another: the engine runs them one at a time in the order they came (duckdb-wasm's worker
 * takes one message after another), and the next read is already there when one ends, rather than waiting
 * for the page to receive the last one's rows while it draws.
 */
export function serialDb(engine: EngineCalls): Db {
	/** Settles once every call made so far has settled. */
	let tail: Promise<unknown> = Promise.resolve();
	/** Settles once the last write or transaction has: what a read waits for. */
	let lastWrite: Promise<unknown> = Promise.resolve();
	let closed = false;

	const start = <T>(after: Promise<unknown>, task: () => Promise<T>): Promise<T> =>
		after.then(() => {
			if (closed) throw new Error('the database connection is closed');
			return task();
		});

	/** A write, a transaction or close: after everything before it, and before anything after it. */
	function serial<T>(task: () => Promise<T>): Promise<T> {
		const run = start(tail, task);
		tail = lastWrite = run.catch(() => undefined);
		return run;
	}

	/** A plain read: after the last write, beside the reads since. */
	function read<T>(task: () => Promise<T>): Promise<T> {
		const run = start(lastWrite, task);
		tail = Promise.all([tail, run.catch(() => undefined)]);
		return run;
	}

	function txDb(isOpen: () => boolean): Db {
		const guard = <T>(task: () => Promise<T>): Promise<T> =>
			isOpen()
				? task()
				: Promise.reject(new Error('transaction already ended: use the Db, not its old tx'));
		const tx: Db = {
			query: (sql, params) => guard(() => engine.query(sql, params)),
			exec: (sql) => guard(() => engine.exec(sql)),
			insertArrowIPC: (table, ipc) => guard(() => engine.insertArrowIPC(table, ipc)),
			transaction: (fn) => guard(() => fn(tx)),
			close: () => Promise.reject(new Error('cannot close the database inside a transaction'))
		};
		return tx;
	}

	return {
		query: (sql, params) =>
			isPlainRead(sql)
				? read(() => engine.query(sql, params))
				: serial(() => engine.query(sql, params)),
		exec: (sql) => serial(() => engine.exec(sql)),
		insertArrowIPC: (table, ipc) => serial(() => engine.insertArrowIPC(table, ipc)),
		transaction: (fn) =>
			serial(async () => {
				let open = true;
				await engine.exec('BEGIN TRANSACTION');
				try {
					const result = await fn(txDb(() => open));
					await engine.exec('COMMIT');
					return result;
				} catch (error) {
					// A failed COMMIT has already rolled back, so ROLLBACK may fail too; the first error is the one to report.
					await engine.exec('ROLLBACK').catch(() => undefined);
					throw error;
				} finally {
					open = false;
				}
			}),
		close: () =>
			serial(async () => {
				closed = true;
				await engine.close();
			})
	};
}
