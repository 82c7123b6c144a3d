/** The one interface every module uses to reach DuckDB, in Node and in the browser. */

/**
 * A value bound to a `?` placeholder. duckdb-wasm binds every JS number as DOUBLE: cast where the type matters.
 * Dates are 'YYYY-MM-DD' strings (`?::DATE`); lists cannot be bound, use one `?` per element. Queries bind through
 * queries/sql.ts (`value`, `list`): a bare `?` in a filter makes DuckDB plan the statement again on every run.
 */
export type Param = string | number | boolean | null;

/** A DuckDB connection with rows converted to plain JS values (see rows.ts). */
export interface Db {
	/** Run one statement; with `params`, as a prepared statement whose `?` placeholders bind them. */
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	/** Run one or more statements separated by `;` and discard any result. */
	exec(sql: string): Promise<void>;
	/** Append the rows of an Arrow IPC stream to an existing table, columns matched by position. */
	insertArrowIPC?(table: string, ipc: Uint8Array): Promise<void>;
	/** The result of one query as an Arrow IPC stream (Node only: builds the embedded dataset's files). */
	queryArrowIPC?(sql: string): Promise<Uint8Array>;
	/**
	 * Run `fn` inside BEGIN … COMMIT (ROLLBACK when it throws), with other callers held back until it ends.
	 * Inside `fn` use `tx`, never the outer Db (that would wait for the transaction: a deadlock).
	 * Called on a `tx`, it joins the running transaction.
	 */
	transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
	/** Close the connection and release the engine. */
	close(): Promise<void>;
}
