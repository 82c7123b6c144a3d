/** Ordering text in JS the way DuckDB orders VARCHARs, for rows a query module sorts itself. */

/** Code-point order, as DuckDB compares VARCHARs (JS's `<` compares UTF-16 units, which differs past U+FFFF). */
export function compareText(a: string, b: string): number {
	if (a === b) return 0;
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n;) {
		const x = a.codePointAt(i)!;
		const y = b.codePointAt(i)!;
		if (x !== y) return x < y ? -1 : 1;
		i += x > 0xffff ? 2 : 1;
	}
	return a.length < b.length ? -1 : 1;
}
