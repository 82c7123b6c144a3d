/** Stack layout for stacked bars and stacked areas: long rows in, zero-filled layers out. */
import { stack } from 'd3';

/** One value of one series at one x (an issue, a month). */
export interface StackInput {
	x: string;
	series: string;
	value: number;
}

/** One series' slice at one x, from y0 to y1. */
export interface StackSegment extends StackInput {
	y0: number;
	y1: number;
}

export interface StackLayout {
	xs: string[];
	series: string[];
	/** One array of segments per series, each aligned with xs. */
	layers: StackSegment[][];
	/** Total per x, aligned with xs. */
	totals: number[];
	max: number;
}

/** Order keys: the given order first, then any keys the order missed (so none vanish). */
export function orderKeys(
	seen: Iterable<string>,
	order?: readonly string[],
	sort = false
): string[] {
	const found = [...new Set(seen)];
	if (!order) return sort ? found.sort() : found;
	const rest = found.filter((k) => !order.includes(k));
	return [...order, ...(sort ? rest.sort() : rest)];
}

/** Stack rows by series at each x; duplicate (x, series) rows add up and absent pairs count as 0. */
export function stackRows(
	rows: readonly StackInput[],
	opts: { xOrder?: readonly string[]; seriesOrder?: readonly string[] } = {}
): StackLayout {
	const xs = orderKeys(
		rows.map((r) => r.x),
		opts.xOrder,
		true
	);
	const series = orderKeys(
		rows.map((r) => r.series),
		opts.seriesOrder
	);
	const wide = new Map(xs.map((x) => [x, new Map<string, number>()]));
	for (const r of rows) {
		const cell = wide.get(r.x)!;
		cell.set(r.series, (cell.get(r.series) ?? 0) + r.value);
	}
	const stacked = stack<string, string>()
		.keys(series)
		.value((x, key) => wide.get(x)?.get(key) ?? 0)(xs);
	const layers = stacked.map((layer) =>
		layer.map(([y0, y1], i) => ({ x: xs[i]!, series: layer.key, value: y1 - y0, y0, y1 }))
	);
	const totals = xs.map((_, i) => layers.reduce((sum, l) => sum + l[i]!.value, 0));
	return { xs, series, layers, totals, max: Math.max(0, ...totals) };
}
