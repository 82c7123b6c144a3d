/** Composing SQL from constant text and bound values: the one way queries here build SQL. */
import type { Db } from '../db/types';

/** A piece of SQL and the values of its `?` placeholders, in order. */
export interface Fragment {
	sql: string;
	params: unknown[];
}

function isFragment(x: unknown): x is Fragment {
	return (
		typeof x === 'object' &&
		x !== null &&
		typeof (x as Fragment).sql === 'string' &&
		Array.isArray((x as Fragment).params)
	);
}

/** The SQL type duckdb-wasm gives a bound value (it reads params as JSON: a number is a DOUBLE). */
function typeOf(x: unknown): 'VARCHAR' | 'DOUBLE' | 'BOOLEAN' {
	return typeof x === 'number' || typeof x === 'bigint'
		? 'DOUBLE'
		: typeof x === 'boolean'
			? 'BOOLEAN'
			: 'VARCHAR';
}

/**
 * One bound value, written `(SELECT ?::T)` with T the type duckdb-wasm gives it (typeOf). Why not a bare `?`:
 * DuckDB does not keep the plan of a prepared statement that has a `?` in a filter; it plans the statement again
 * on every run, with the value in hand. Behind a one-row subquery the value reaches the filter all the same, and
 * the plan is made once per statement and kept. Measured on the 100k-item benchmark archive: a filter change's
 * statements took 273 ms in all over ten filter kinds with bare `?`s, 223 ms written this way. T must match the
 * value's own type, or DuckDB plans again anyway (a number cast inside, `?::INTEGER`, is planned every time).
 * Cast outside when the type matters: `${value(year)}::INTEGER`.
 */
export function value(x: unknown): Fragment {
	return { sql: `(SELECT ?::${typeOf(x)})`, params: [x] };
}

/**
 * Compose SQL: an interpolated Fragment adds its text and params; any other interpolated value
 * becomes one bound `?` (see value). So a value can never become SQL text.
 */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Fragment {
	let text = strings[0]!;
	const params: unknown[] = [];
	parts.forEach((part, i) => {
		if (isFragment(part)) {
			text += part.sql;
			params.push(...part.params);
		} else {
			const bound = value(part);
			text += bound.sql;
			params.push(...bound.params);
		}
		text += strings[i + 1]!;
	});
	return { sql: text, params };
}

/** Run a composed query. */
export function run<T>(db: Db, q: Fragment): Promise<T[]> {
	return db.query<T>(q.sql, q.params);
}

/** The values as one bound list, `(SELECT [?::VARCHAR, …])`: a plan kept between runs, as for value. */
export function list(values: readonly string[]): Fragment {
	return { sql: `(SELECT [${values.map(() => '?::VARCHAR').join(', ')}])`, params: [...values] };
}

/**
 * `column IN (the values)`, FALSE for none; `column` is always a constant of this module's callers. The values come
 * as one bound list (list) unnested, not `IN (?, ?, …)`: that form is planned again on every run (see value).
 */
export function inList(column: string, values: readonly string[]): Fragment {
	if (!values.length) return { sql: 'FALSE', params: [] };
	const bound = list(values);
	return { sql: `${column} IN (SELECT unnest(${bound.sql}))`, params: bound.params };
}

/** Fragments joined by a constant separator. */
export function join(parts: Fragment[], separator: string): Fragment {
	return { sql: parts.map((p) => p.sql).join(separator), params: parts.flatMap((p) => p.params) };
}

/** AND of fragments; TRUE when there are none. */
export function and(parts: Fragment[]): Fragment {
	return parts.length ? join(parts, ' AND ') : { sql: 'TRUE', params: [] };
}
