/**
 * Native DuckDB (@duckdb/node-api, installed by the benchmark on first use: its other-platform bindings are not in this registry, so it cannot sit in package-lock.json) behind the same Db interface as node.ts: for
 * `npm run bench:queries` only, which runs the same SQL here and in duckdb-wasm to compare them.
 * Never imported by the app, the tests or the CLI.
 *
 * Mirrors duckdb-wasm's behaviour where the SQL could notice: every JS number is bound as DOUBLE
 * (hence the `?::INTEGER` casts in the queries), rows come back as rows.ts gives them (BIGINT and
 * DECIMAL → number, DATE → 'YYYY-MM-DD', LIST → array), one statement at a time, and
 * insertArrowIPC appends an Arrow IPC stream by column position (through DuckDB's appender).
 */
import {
	DuckDBAppender,
	DuckDBConnection,
	DuckDBDataChunk,
	DuckDBInstance,
	DuckDBListType,
	DuckDBStructType,
	DuckDBTypeId,
	dateValue,
	type DuckDBDecimalValue,
	type DuckDBListValue,
	type DuckDBPreparedStatement,
	type DuckDBStructValue,
	type DuckDBType,
	type DuckDBValue,
	type DuckDBValueConverter
} from '@duckdb/node-api';
import { tableFromIPC, type Table } from 'apache-arrow';
import { serialDb, STARTUP_SQL, toParam } from '../../src/lib/db/connection';
import { safeNumber } from '../../src/lib/db/rows';
import type { Db, Param } from '../../src/lib/db/types';

const MS_PER_DAY = 86_400_000;
/** DuckDB's vector size: the most rows one data chunk holds. */
const CHUNK_ROWS = 2048;

/** DuckDB values → the plain JS values rows.ts produces for the same columns in duckdb-wasm. */
const toJs: DuckDBValueConverter<unknown> = (value, type, self) => {
	if (value === null || value === undefined) return null;
	switch (type.typeId) {
		case DuckDBTypeId.BIGINT:
		case DuckDBTypeId.UBIGINT:
		case DuckDBTypeId.HUGEINT:
		case DuckDBTypeId.UHUGEINT:
			return safeNumber(value as bigint);
		case DuckDBTypeId.DECIMAL:
			return (value as DuckDBDecimalValue).toDouble();
		case DuckDBTypeId.DATE:
		case DuckDBTypeId.TIMESTAMP:
			return String(value);
		case DuckDBTypeId.LIST:
		case DuckDBTypeId.ARRAY: {
			const item = (type as DuckDBListType).valueType;
			return (value as DuckDBListValue).items.map((v) => self(v, item, self));
		}
		case DuckDBTypeId.STRUCT: {
			const struct = type as DuckDBStructType;
			const entries = (value as DuckDBStructValue).entries;
			return Object.fromEntries(
				Object.keys(entries).map((k) => [k, self(entries[k]!, struct.typeForEntry(k), self)])
			);
		}
		default:
			return value;
	}
};

/** One Arrow value → the DuckDB value the appender's column type takes. */
function fromArrow(value: unknown, type: DuckDBType): DuckDBValue {
	if (value === null || value === undefined) return null;
	switch (type.typeId) {
		case DuckDBTypeId.DATE:
			// apache-arrow reads DateDay as epoch milliseconds.
			return dateValue(Math.round(Number(value) / MS_PER_DAY));
		case DuckDBTypeId.INTEGER:
		case DuckDBTypeId.DOUBLE:
			return Number(value);
		default:
			return value as DuckDBValue;
	}
}

/** Append Arrow columns to `table` (all of its columns, no lists) through data chunks. */
async function appendChunks(
	connection: DuckDBConnection,
	table: string,
	columns: ((r: number) => DuckDBValue)[],
	length: number
): Promise<void> {
	const appender: DuckDBAppender = await connection.createAppender(table);
	try {
		const types = Array.from({ length: appender.columnCount }, (_, i) => appender.columnType(i));
		for (let start = 0; start < length; start += CHUNK_ROWS) {
			const rows = Math.min(CHUNK_ROWS, length - start);
			const chunk = DuckDBDataChunk.create(types, rows);
			columns.forEach((value, c) => {
				const values: DuckDBValue[] = new Array(rows);
				for (let r = 0; r < rows; r++) values[r] = value(start + r);
				chunk.setColumnValues(c, values);
			});
			appender.appendDataChunk(chunk);
		}
		appender.flushSync();
	} finally {
		appender.closeSync();
	}
}

// A list travels as one VARCHAR: U+001E, then its items joined by U+001F (as appender.ts's fallback
// assumes, bulletin text holds neither); NULL stays NULL.
const LIST_START = '\u001e';
const LIST_SEPARATOR = '\u001f';

/**
 * Append an Arrow IPC stream to `table`, columns by position. Data chunks, not row-by-row appends
 * (about 50 µs a row). A table with list columns goes through a staging table where each list is
 * one VARCHAR, split in SQL: list columns in a data chunk crashed the process (a segfault that moved
 * with GC timing, node-api 1.4.3-r.3).
 */
async function appendArrow(
	connection: DuckDBConnection,
	table: string,
	ipc: Uint8Array
): Promise<void> {
	const arrow: Table = tableFromIPC(ipc);
	const probe = await connection.createAppender(table);
	const types = Array.from({ length: probe.columnCount }, (_, i) => probe.columnType(i));
	probe.closeSync();
	if (arrow.numCols !== types.length)
		throw new Error(`${table}: ${arrow.numCols} Arrow columns for ${types.length} table columns`);
	const columns = types.map((type, c) => {
		const vector = arrow.getChildAt(c)!;
		if (type.typeId !== DuckDBTypeId.LIST) return (r: number) => fromArrow(vector.get(r), type);
		return (r: number) => {
			const list = vector.get(r) as { length: number; get(i: number): unknown } | null;
			if (list === null || list === undefined) return null;
			return (
				LIST_START +
				Array.from({ length: list.length }, (_, i) => String(list.get(i))).join(LIST_SEPARATOR)
			);
		};
	});
	if (!types.some((t) => t.typeId === DuckDBTypeId.LIST))
		return appendChunks(connection, table, columns, arrow.numRows);
	const stage = `bench_stage_${table}`;
	const ddl = types
		.map((t, c) => `c${c} ${t.typeId === DuckDBTypeId.LIST ? 'VARCHAR' : t.toString()}`)
		.join(', ');
	const select = types
		.map((t, c) =>
			t.typeId === DuckDBTypeId.LIST
				? `CASE WHEN c${c} IS NULL THEN NULL WHEN c${c} = chr(30) THEN []::${t.toString()} ELSE string_split(c${c}[2:], chr(31)) END`
				: `c${c}`
		)
		.join(', ');
	await connection.run(`CREATE OR REPLACE TABLE ${stage} (${ddl})`);
	await appendChunks(connection, stage, columns, arrow.numRows);
	await connection.run(`INSERT INTO ${table} SELECT ${select} FROM ${stage}; DROP TABLE ${stage}`);
}

/** Bind like duckdb-wasm: every number as DOUBLE, strings as VARCHAR. */
function bindParams(statement: DuckDBPreparedStatement, params: Param[]): void {
	params.forEach((p, i) => {
		if (p === null) statement.bindNull(i + 1);
		else if (typeof p === 'number') statement.bindDouble(i + 1, p);
		else if (typeof p === 'boolean') statement.bindBoolean(i + 1, p);
		else statement.bindVarchar(i + 1, p);
	});
}

/** Start an in-memory native DuckDB; `threads` as DuckDB's setting (default: DuckDB's own, every core). */
export async function openNativeDb(options: { threads?: number } = {}): Promise<Db> {
	const instance = await DuckDBInstance.create(
		':memory:',
		options.threads ? { threads: String(options.threads) } : {}
	);
	const connection = await instance.connect();
	await connection.run(STARTUP_SQL);

	async function query<T>(sql: string, params?: unknown[]): Promise<T[]> {
		if (!params?.length) {
			const reader = await connection.runAndReadAll(sql);
			return reader.convertRowObjects(toJs) as T[];
		}
		const statement = await connection.prepare(sql);
		try {
			bindParams(statement, params.map(toParam));
			const reader = await statement.runAndReadAll();
			return reader.convertRowObjects(toJs) as T[];
		} finally {
			statement.destroySync();
		}
	}

	async function exec(sql: string): Promise<void> {
		// A multi-statement string: run() executes all and returns the last result.
		await connection.run(sql);
	}

	return serialDb({
		query,
		exec,
		insertArrowIPC: (table, ipc) => appendArrow(connection, table, ipc),
		close: async () => {
			connection.closeSync();
			instance.closeSync();
		}
	});
}
