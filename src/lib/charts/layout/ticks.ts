/** Axis ticks from d3 scales, as plain positions and labels that Axis.svelte draws. */
import type { ScaleBand, ScaleLinear, ScalePoint } from 'd3';
import { addMonths, dateFromDayNumber, dayNumber } from '../../calendar';
import type { Tick } from '../types';

/** How many ticks fit along `length` pixels with at least `spacing` between them (min 2). */
export function tickCount(length: number, spacing = 60): number {
	return Math.max(2, Math.floor(length / spacing));
}

/** Ticks of a linear scale from scale.ticks(); `integer` drops fractions (for counts). */
export function linearTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	format: (n: number) => string,
	integer = false
): Tick[] {
	return scale
		.ticks(count)
		.filter((v) => !integer || Number.isInteger(v))
		.map((v) => ({ pos: round(scale(v)), label: format(v) }));
}

/** Ticks of a band or point scale: every category, or every nth so at most maxTicks show. */
export function categoryTicks(
	scale: ScaleBand<string> | ScalePoint<string>,
	maxTicks: number,
	format: (key: string) => string
): Tick[] {
	const domain = scale.domain();
	const step = Math.max(1, Math.ceil(domain.length / Math.max(1, maxTicks)));
	const half = scale.bandwidth() / 2;
	return domain
		.filter((_, i) => i % step === 0)
		.map((key) => ({ pos: round((scale(key) ?? 0) + half), label: format(key) }));
}

/** Month-start ticks for a day-number scale, every 1, 2, 3 or 6 months or 1, 2, 3, 5 or 10 years, so at most maxTicks show. */
export function monthTicks(
	scale: ScaleLinear<number, number>,
	maxTicks: number,
	format: (yearMonth: string) => string
): Tick[] {
	const [d0, d1] = scale.domain() as [number, number];
	const first = dateFromDayNumber(Math.ceil(d0));
	let month = first.endsWith('-01') ? first.slice(0, 7) : addMonths(first.slice(0, 7), 1);
	const months: string[] = [];
	for (; dayNumber(`${month}-01`) <= d1; month = addMonths(month, 1)) months.push(month);
	const step =
		[1, 2, 3, 6, 12, 24, 36, 60, 120].find((s) => Math.ceil(months.length / s) <= maxTicks) ?? 120;
	// Count months from year 0 so multi-year steps land on round years (2010, 2015 …).
	const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
	return months
		.filter((m) => index(m) % step === 0)
		.map((m) => ({ pos: round(scale(dayNumber(`${m}-01`))), label: format(m) }));
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}
