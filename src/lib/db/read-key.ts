/** The identity of a read: its SQL and its bound values, for answering the same read once. */

/** The key of a statement and its params: strings quoted, so '1' and 1 never meet. */
export function readKey(sql: string, params: readonly unknown[] | undefined): string {
	let key = sql;
	for (const p of params ?? [])
		key += '\u0000' + (typeof p === 'string' ? JSON.stringify(p) : `${typeof p}:${String(p)}`);
	return key;
}

const READS = /^\s*(?:WITH|SELECT|FROM)\b/i;
const WRITES =
	/\b(?:INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|COPY|ATTACH|DETACH|TRUNCATE|MERGE|SET)\b/i;

/** Whether a statement only reads (so its rows depend on nothing but the archive and its params). */
export function isPlainRead(sql: string): boolean {
	return READS.test(sql) && !WRITES.test(sql);
}
