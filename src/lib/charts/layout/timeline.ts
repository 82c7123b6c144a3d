/** Timeline layout: dates to day numbers, and dots dodged so items on close days stay visible. */
import { dayNumber, isDate } from '../../calendar';

/** Rows whose date is a real 'YYYY-MM-DD', with its day number; `undated` counts the rest. */
export function datedRows<T>(
	rows: readonly T[],
	date: (row: T) => string | null
): { dated: { row: T; day: number }[]; undated: number } {
	const dated: { row: T; day: number }[] = [];
	for (const row of rows) {
		const d = date(row);
		if (d !== null && isDate(d)) dated.push({ row, day: dayNumber(d) });
	}
	return { dated, undated: rows.length - dated.length };
}

/** Day-number domain padded by a few days so end dots are not cut; one week for a single day. */
export function dayDomain(days: readonly number[], pad = 3): [number, number] {
	if (days.length === 0) return [0, 1];
	const lo = Math.min(...days);
	const hi = Math.max(...days);
	return lo === hi ? [lo - 7, hi + 7] : [lo - pad, hi + pad];
}

/**
 * Level (0, 1, 2, …) of each dot so no two dots in a lane within `gap` px share a level.
 * Input order is kept; dots are placed left to right, each on the lowest free level.
 */
export function dodge(xs: readonly number[], gap: number): number[] {
	const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const lastX: number[] = [];
	const levels = new Array<number>(xs.length).fill(0);
	for (const [x, i] of order) {
		let level = 0;
		while (lastX[level] !== undefined && x - lastX[level]! < gap) level++;
		lastX[level] = x;
		levels[i] = level;
	}
	return levels;
}

/** dodge() within each lane: levels for dots given as (lane, x), in input order. */
export function laneLevels(points: readonly { lane: string; x: number }[], gap: number): number[] {
	const levels = new Array<number>(points.length).fill(0);
	const byLane = new Map<string, number[]>();
	points.forEach((p, i) => byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), i]));
	for (const idx of byLane.values()) {
		dodge(
			idx.map((i) => points[i]!.x),
			gap
		).forEach((level, j) => (levels[idx[j]!] = level));
	}
	return levels;
}
