/**
 * Benchmark archives of a given item count for `npm run bench:queries`.
 *
 * The demo generator publishes ~6 issues a year of ~25 items, so 1M items through it alone would
 * reach back 6,000 years and make every month-grain query unrealistic. Instead:
 *  1. Base pool: BASE_SEEDS independent 20-year demo archives (generateArchive, 120 issues each, a
 *     different seed each: different calendars, alliance profiles and texts), rendered to bulletin
 *     text and parsed by the real parser, i.e. exactly what `npm run parse` would store.
 *  2. Scaling, two ways (ScaleMode), both keeping 20 years (2006-05 … 2026-04, 240 months):
 *     'issues' (default): ~25 items an issue as generated, and as many issues as the item count
 *       needs (400 / 4,000 / 40,000 for 10k / 100k / 1M, i.e. up to ~170 a month). Issue j of I is
 *       dated evenly through the span and takes its items from the base issue at the same point of
 *       the 20 years (so the generator's drift — fading, rising, bursty alliances, type mix — holds),
 *       cycling through the seeds.
 *     'items': one issue a month, on the 15th (240 issues, what ~40 years of the real bulletin hold),
 *       each with target/240 items (~42 / ~420 / ~4,200) taken from the base issues of that time,
 *       seeds in turn, then their neighbours in time.
 *     Clones get new issue ids (YYYY-NN, numbered within the year), serials, item ids and seqs, the
 *     new issue's date and month; event dates move with the issue. Items are cut at the end so the
 *     archive holds exactly the target item count.
 *  3. Provenance: issues dated REAL_FROM or later are stored as real (synthetic = false), only so
 *     that the real-only filter selects a realistic share (about half) instead of nothing.
 * The registry (data/alliances.csv, 46 alliances) and activity types (data/topics.csv) are the real ones.
 */
import { parseBulletinBytes } from '../../src/lib/bulletin/context';
import { loadParseContext, loadTopics } from '../../src/lib/bulletin/context-node';
import type { ParsedIssue, ParsedItem } from '../../src/lib/bulletin/types';
import { addMonths, dateFromDayNumber, dayNumber } from '../../src/lib/calendar';
import type { ArchiveInput, ArchiveIssue } from '../../src/lib/db/load';
import { generateArchive } from '../../src/lib/demo/generate';
import { renderIssue } from '../../src/lib/demo/render';
import { loadRegistry } from '../../src/lib/registry/registry-node';

export const BASE_SEEDS = 8;
const BASE_ISSUES = 120;
const SPAN_FROM = '2006-05-01';
const SPAN_TO = '2026-04-20';
const REAL_FROM = '2016-05-01';

export interface BenchArchive {
	input: ArchiveInput & { issues: ArchiveIssue[] };
	items: number;
	issues: number;
}

/** The base pool: parsed 20-year demo archives, one per seed (oldest issue first). */
export function basePool(dataDir = 'data', log: (s: string) => void = () => {}): ParsedIssue[][] {
	const registry = loadRegistry(dataDir);
	const ctx = loadParseContext(dataDir);
	const encoder = new TextEncoder();
	const t = performance.now();
	const pool = Array.from({ length: BASE_SEEDS }, (_, s) =>
		generateArchive({
			issues: BASE_ISSUES,
			seed: 1000 + s,
			alliances: registry.alliances,
			latestReal: { year: 2026, number: 1, serial: BASE_ISSUES + 1, date: SPAN_TO }
		}).map((d) =>
			parseBulletinBytes(encoder.encode(renderIssue(d)), `${d.year}-${d.number}.txt`, ctx)
		)
	);
	const items = pool.flat().reduce((n, p) => n + p.items.length, 0);
	log(
		`base pool: ${BASE_SEEDS} seeds × ${BASE_ISSUES} issues, ${items} items, generated+rendered+parsed in ${((performance.now() - t) / 1000).toFixed(1)} s`
	);
	return pool;
}

function shiftDate(
	date: string | null,
	days: number,
	precision: ParsedItem['eventPrecision']
): string | null {
	if (date === null) return null;
	const day = /^\d{4}-\d{2}-\d{2}$/.test(date)
		? date
		: /^\d{4}-\d{2}$/.test(date)
			? `${date}-01`
			: `${date.slice(0, 4)}-01-01`;
	const moved = dateFromDayNumber(dayNumber(day) + days);
	return precision === 'month'
		? moved.slice(0, 7)
		: precision === 'year'
			? moved.slice(0, 4)
			: moved;
}

/**
 * How to reach the item count: 'issues' keeps ~25 items an issue and publishes more issues (a 1M archive
 * has ~40,000 issues, ~170 a month); 'items' keeps one issue a month (240 issues) and fills each with
 * target/240 items drawn from the base issues of that time (~4,200 an issue at 1M).
 */
export type ScaleMode = 'issues' | 'items';

interface Slot {
	day: number;
	bases: ParsedIssue[];
	/** Most items the issue takes from its bases. */
	cap: number;
}

/** 'issues' mode: issue j of `count` takes the base issue at the same point of the 20 years, seeds in turn. */
function issueSlots(
	pool: ParsedIssue[][],
	target: number,
	spanFrom: number,
	spanDays: number
): Slot[] {
	const slot = (j: number, count: number): Slot => {
		const t = (j + 0.5) / count;
		const series = pool[j % pool.length]!;
		return {
			day: spanFrom + Math.floor(t * spanDays),
			bases: [series[Math.min(series.length - 1, Math.floor(t * series.length))]!],
			cap: Infinity
		};
	};
	const itemsWith = (count: number) => {
		let n = 0;
		for (let j = 0; j < count; j++) n += slot(j, count).bases[0]!.items.length;
		return n;
	};
	// The fewest issues whose items reach the target (item counts per issue vary, so search).
	let [lo, hi] = [1, Math.max(2, Math.ceil(target / 10))];
	while (itemsWith(hi) < target) hi *= 2;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (itemsWith(mid) >= target) hi = mid;
		else lo = mid + 1;
	}
	return Array.from({ length: lo }, (_, j) => slot(j, lo));
}

/** 'items' mode: one issue a month; each takes base issues of that time (seeds in turn, then their neighbours). */
function monthSlots(pool: ParsedIssue[][], target: number, months: number): Slot[] {
	const quota = Math.ceil(target / months);
	return Array.from({ length: months }, (_, j) => {
		const t = (j + 0.5) / months;
		const bases: ParsedIssue[] = [];
		let n = 0;
		for (let k = 0; n < quota; k++) {
			const series = pool[k % pool.length]!;
			const m = Math.floor(k / pool.length);
			const offset = m % 2 ? Math.ceil(m / 2) : -Math.ceil(m / 2);
			let index = Math.floor(t * series.length) + offset;
			// Reflect at the ends of the 20 years.
			index = Math.abs(index) % (2 * series.length);
			if (index >= series.length) index = 2 * series.length - 1 - index;
			bases.push(series[index]!);
			n += series[index]!.items.length;
		}
		// The 15th of the j-th month of the span: every month gets exactly one issue.
		const day = dayNumber(`${addMonths(SPAN_FROM.slice(0, 7), j)}-15`);
		return { day, bases, cap: quota };
	});
}

/** An archive of exactly `target` items over 2006-05 … 2026-04, built from the base pool as the header says. */
export function scaledArchive(
	pool: ParsedIssue[][],
	target: number,
	mode: ScaleMode = 'issues',
	dataDir = 'data'
): BenchArchive {
	const spanFrom = dayNumber(SPAN_FROM);
	const spanDays = dayNumber(SPAN_TO) - 7 - spanFrom;
	const months = 240;
	const slots =
		mode === 'issues'
			? issueSlots(pool, target, spanFrom, spanDays)
			: monthSlots(pool, target, months);

	const issues: ArchiveIssue[] = [];
	const perYear = new Map<number, number>();
	let items = 0;
	for (let j = 0; j < slots.length && items < target; j++) {
		const { bases, day, cap } = slots[j]!;
		const date = dateFromDayNumber(day);
		const year = Number(date.slice(0, 4));
		const number = (perYear.get(year) ?? 0) + 1;
		perYear.set(year, number);
		const id = `${year}-${String(number).padStart(2, '0')}`;
		const clonedItems: ParsedItem[] = [];
		const unresolved: ParsedIssue['unresolved'] = [];
		for (const base of bases) {
			const shift = day - dayNumber(base.issue.date!);
			const ids = new Map<string, string>();
			for (const item of base.items.slice(0, Math.min(cap, target - items) - clonedItems.length)) {
				const seq = clonedItems.length + 1;
				const itemId = `${id}-${String(seq).padStart(2, '0')}`;
				ids.set(item.id, itemId);
				clonedItems.push({
					...item,
					id: itemId,
					seq,
					eventDate: shiftDate(item.eventDate, shift, item.eventPrecision)
				});
			}
			for (const u of base.unresolved)
				if (ids.has(u.itemId)) unresolved.push({ ...u, itemId: ids.get(u.itemId)! });
		}
		items += clonedItems.length;
		const base = bases[0]!;
		const parsed: ParsedIssue = {
			issue: { ...base.issue, id, year, number, serial: j + 1, date, synthetic: date < REAL_FROM },
			items: clonedItems,
			warnings: bases.flatMap((b) => b.warnings),
			unresolved
		};
		issues.push({ parsed, sourceFile: `${id}.txt`, contentHash: `bench-${j + 1}` });
	}
	const registry = loadRegistry(dataDir);
	return {
		input: { issues, alliances: registry.alliances, topics: loadTopics(dataDir) },
		items,
		issues: issues.length
	};
}
