/** Shared layout of the series charts (stacked bars, lines, stacked areas): stack, colours, legend, table. */
import type { LegendItem, Margin, TableColumn } from '../types';
import { colourMap } from './colour';
import { stackRows, type StackLayout } from './stack';
import { legendLayout } from './text';

export interface SeriesLayout {
	stack: StackLayout;
	colours: Map<string, string>;
	legendItems: LegendItem[];
	legendPositions: { x: number; y: number }[];
	margin: Margin;
}

/** Stack the rows, colour the series, wrap the legend to `width` and leave room for it above the plot. */
export function seriesLayout<T>(
	rows: readonly T[],
	get: { x: (d: T) => string; series: (d: T) => string; value: (d: T) => number },
	opts: {
		xOrder?: readonly string[];
		seriesOrder?: readonly string[];
		seriesLabel: (k: string) => string;
	},
	width: number
): SeriesLayout {
	const stack = stackRows(
		rows.map((d) => ({ x: get.x(d), series: get.series(d), value: get.value(d) })),
		opts
	);
	const colours = colourMap(stack.series);
	const legendItems = stack.series.map((key) => ({
		key,
		label: opts.seriesLabel(key),
		colour: colours.get(key)!
	}));
	const legend = legendLayout(
		legendItems.map((i) => i.label),
		width
	);
	const margin = { top: legend.height + 28, right: 16, bottom: 44, left: 44 };
	return { stack, colours, legendItems, legendPositions: legend.items, margin };
}

/** Table columns for a stack, one row per x index: x, each series, and optionally the total. */
export function seriesColumns(
	stack: StackLayout,
	o: {
		xLabel: string;
		xFormat: (k: string) => string;
		seriesLabel: (k: string) => string;
		format: (n: number) => string;
		total?: string;
	}
): TableColumn<number>[] {
	const columns: TableColumn<number>[] = [
		{ label: o.xLabel, value: (i) => o.xFormat(stack.xs[i]!) }
	];
	stack.layers.forEach((layer, s) =>
		columns.push({
			label: o.seriesLabel(stack.series[s]!),
			value: (i) => o.format(layer[i]!.value),
			numeric: true
		})
	);
	if (o.total)
		columns.push({ label: o.total, value: (i) => o.format(stack.totals[i]!), numeric: true });
	return columns;
}

/** The values at x index i as [series label, formatted value] pairs, with the total when asked. */
export function valuesAt(
	stack: StackLayout,
	i: number,
	seriesLabel: (k: string) => string,
	format: (n: number) => string,
	total?: string
): [string, string][] {
	const pairs = stack.layers.map((l): [string, string] => [
		seriesLabel(l[i]!.series),
		format(l[i]!.value)
	]);
	return total ? [...pairs, [total, format(stack.totals[i]!)]] : pairs;
}
