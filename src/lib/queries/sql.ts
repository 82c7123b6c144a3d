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

/**
 * Compose SQL: an interpolated Fragment adds its text and params; any other interpolated value
 * becomes one `?` bound to it. So a value can never become SQL text.
 */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Fragment {
	let text = strings[0]!;
	const params: unknown[] = [];
	parts.forEach((part, i) => {
		if (isFragment(part)) {
			text += part.sql;
			params.push(...part.params);
		} else {
			text += '?';
			params.push(part);
		}
		text += strings[i + 1]!;
	});
	return { sql: text, params };
}

/** Run a composed query. */
export function run<T>(db: Db, q: Fragment): Promise<T[]> {
	return db.query<T>(q.sql, q.params);
}

/** `column IN (?, ?, …)` with one placeholder per value; `column` is always a constant of this module's callers. */
export function inList(column: string, values: readonly string[]): Fragment {
	return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}

/** Fragments joined by a constant separator. */
export function join(parts: Fragment[], separator: string): Fragment {
	return { sql: parts.map((p) => p.sql).join(separator), params: parts.flatMap((p) => p.params) };
}

/** AND of fragments; TRUE when there are none. */
export function and(parts: Fragment[]): Fragment {
	return parts.length ? join(parts, ' AND ') : { sql: 'TRUE', params: [] };
}
