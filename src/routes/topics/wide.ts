/** Long trend rows (period, series, count) → the wide table a chart shows and its CSV holds. */

/** One row per period: the period's label, then one column per series key, then the total when asked. */
export function wideTable<T>(
	rows: readonly T[],
	get: { x: (d: T) => string; series: (d: T) => string; value: (d: T) => number },
	xOrder: readonly string[],
	seriesOrder: readonly string[],
	xFormat: (x: string) => string,
	withTotal: boolean
): Record<string, string | number>[] {
	const cells = new Map<string, number>();
	for (const d of rows) {
		const k = `${get.x(d)}\u0000${get.series(d)}`;
		cells.set(k, (cells.get(k) ?? 0) + get.value(d));
	}
	return xOrder.map((x) => {
		const row: Record<string, string | number> = { period: xFormat(x) };
		let total = 0;
		for (const s of seriesOrder) {
			const v = cells.get(`${x}\u0000${s}`) ?? 0;
			row[`s:${s}`] = v;
			total += v;
		}
		if (withTotal) row.total = total;
		return row;
	});
}

/** The series a trend chart draws: keys with any count, most first, at most `limit`. */
export function topSeries<T>(
	rows: readonly T[],
	series: (d: T) => string,
	value: (d: T) => number,
	limit: number
): string[] {
	const totals = new Map<string, number>();
	for (const d of rows) totals.set(series(d), (totals.get(series(d)) ?? 0) + value(d));
	return [...totals]
		.filter(([, n]) => n > 0)
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, limit)
		.map(([k]) => k);
}
