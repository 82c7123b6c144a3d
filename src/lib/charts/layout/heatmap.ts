/** Heat-map layout: a zero-filled rows × columns grid and the colour level of each cell. */
import type { LegendItem } from '../types';
import { heatColour } from './colour';
import { orderKeys } from './stack';

/** One count at one row (an alliance) and column (a period). */
export interface HeatInput {
	row: string;
	column: string;
	value: number;
}

export interface HeatCell extends HeatInput {
	/** 0 for zero, 1..levels for positive values. */
	level: number;
}

export interface HeatGrid {
	rows: string[];
	columns: string[];
	/** Row-major: cells[r * columns.length + c]. */
	cells: HeatCell[];
	max: number;
}

/** Level of a value: 0 only for zero (or less), else 1..levels in equal steps of max. */
export function heatLevel(value: number, max: number, levels = 5): number {
	if (value <= 0 || max <= 0) return 0;
	return Math.min(levels, Math.max(1, Math.ceil((value / max) * levels)));
}

/** Legend ranges per level for whole-number counts; levels no count can reach are left out. */
export function heatLegend(max: number, levels = 5): { level: number; from: number; to: number }[] {
	const out = [{ level: 0, from: 0, to: 0 }];
	for (let l = 1; l <= levels && max > 0; l++) {
		const from = Math.floor((max * (l - 1)) / levels) + 1;
		const to = Math.floor((max * l) / levels);
		if (from <= to) out.push({ level: l, from, to });
	}
	return out;
}

/** Every row × column pair (rows sorted as given, columns sorted ascending unless given), summed. */
export function heatGrid(
	input: readonly HeatInput[],
	opts: { rowOrder?: readonly string[]; columnOrder?: readonly string[]; levels?: number } = {}
): HeatGrid {
	const rows = orderKeys(
		input.map((d) => d.row),
		opts.rowOrder
	);
	const columns = orderKeys(
		input.map((d) => d.column),
		opts.columnOrder,
		true
	);
	const sums = new Map<string, number>();
	for (const d of input) {
		const k = `${d.row}\u0000${d.column}`;
		sums.set(k, (sums.get(k) ?? 0) + d.value);
	}
	const max = Math.max(0, ...sums.values());
	const cells = rows.flatMap((row) =>
		columns.map((column) => {
			const value = sums.get(`${row}\u0000${column}`) ?? 0;
			return { row, column, value, level: heatLevel(value, max, opts.levels) };
		})
	);
	return { rows, columns, cells, max };
}

/** Legend entries for a heat map: a swatch per reachable level, labelled with its count range. */
export function heatLegendItems(max: number, format: (n: number) => string): LegendItem[] {
	return heatLegend(max).map((l) => ({
		key: `level-${l.level}`,
		label: l.from === l.to ? format(l.from) : `${format(l.from)}–${format(l.to)}`,
		colour: heatColour(l.level)
	}));
}
