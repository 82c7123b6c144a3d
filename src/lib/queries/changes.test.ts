// The real bulletin (2026年第1期, dated 2026-04-20: 26 items, 15 contributing alliances) in; the
// comparison a person would make by hand out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { openDemoArchive } from '../demo/test-archive-node';
import { comparePeriods, periodChanges, RISING_LIMIT, type PeriodScope } from './changes';
import { ranking } from './ranking';
import { topicMix } from './topic-trends';
import { totals } from './totals';
import { noFilters, type QueryFilters } from './where';

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });
const scope = (
	from: string | null,
	to: string | null,
	year: number | null = null
): PeriodScope => ({
	from,
	to,
	year
});

describe('comparePeriods', () => {
	it.each([
		[
			'no period: the twelve months ending with the latest',
			scope(null, null),
			'2026-04',
			scope('2025-05', '2026-04'),
			scope('2024-05', '2025-04'),
			12
		],
		[
			'from and to: the same number of months before',
			scope('2026-01', '2026-03'),
			'2026-04',
			scope('2026-01', '2026-03'),
			scope('2025-10', '2025-12'),
			3
		],
		[
			'one month',
			scope('2026-01', '2026-01'),
			null,
			scope('2026-01', '2026-01'),
			scope('2025-12', '2025-12'),
			1
		],
		[
			'from only: up to the latest',
			scope('2025-11', null),
			'2026-04',
			scope('2025-11', '2026-04'),
			scope('2025-05', '2025-10'),
			6
		],
		[
			'from after the latest: that month alone',
			scope('2026-06', null),
			'2026-04',
			scope('2026-06', '2026-06'),
			scope('2026-05', '2026-05'),
			1
		],
		[
			'to only: twelve months ending there',
			scope(null, '2025-06'),
			'2026-04',
			scope('2024-07', '2025-06'),
			scope('2023-07', '2024-06'),
			12
		],
		[
			'a volume year: the year before',
			scope(null, null, 2025),
			'2026-04',
			scope(null, null, 2025),
			scope(null, null, 2024),
			12
		],
		[
			'a year with months: the same months a year earlier',
			scope('2025-03', '2025-05', 2025),
			null,
			scope('2025-03', '2025-05', 2025),
			scope('2024-03', '2024-05', 2024),
			3
		]
	])('%s', (_, f, latest, current, previous, months) => {
		expect(comparePeriods(f, latest)).toEqual({ current, previous, months });
	});

	it('has nothing to compare without a period or an archive', () => {
		expect(comparePeriods(scope(null, null), null)).toBeNull();
	});
});

describe('on the real bulletin', () => {
	let db: Db;
	beforeAll(async () => {
		db = await openArchiveDb(['data/bulletins/2026-01.txt']);
	});
	afterAll(() => db.close());

	it('by default compares the twelve months to April 2026 with the twelve before: everything is new', async () => {
		const changes = (await periodChanges(db, f()))!;
		const active = (await ranking(db, f())).filter((r) => r.items > 0);
		expect(changes).toMatchObject({
			current: scope('2025-05', '2026-04'),
			previous: scope('2024-05', '2025-04'),
			months: 12,
			items: { current: 26, previous: 0 },
			activeAlliances: { current: 15, previous: 0 },
			silentAlliances: []
		});
		expect(changes.newAlliances).toEqual(
			active
				.map((r) => ({ id: r.allianceId, name: r.name }))
				.sort((a, b) => (a.name < b.name ? -1 : 1))
		);
		const mix = await topicMix(db, f());
		expect(changes.risingTypes).toHaveLength(Math.min(RISING_LIMIT, mix.length));
		for (const t of changes.risingTypes) {
			const m = mix.find((x) => x.topicId === t.topicId)!;
			expect(t).toEqual({
				topicId: m.topicId,
				zh: m.zh,
				en: m.en,
				current: m.count,
				previous: 0,
				change: m.count
			});
		}
		expect(changes.risingTypes.map((t) => t.change)).toEqual(
			mix.map((m) => m.count).slice(0, RISING_LIMIT)
		);
	});

	it('after the bulletin, every alliance went silent and nothing rose', async () => {
		const changes = (await periodChanges(db, f({ from: '2026-05', to: '2026-05' })))!;
		expect(changes).toMatchObject({
			current: scope('2026-05', '2026-05'),
			previous: scope('2026-04', '2026-04'),
			items: { current: 0, previous: 26 },
			activeAlliances: { current: 0, previous: 15 },
			newAlliances: [],
			risingTypes: []
		});
		expect(changes.silentAlliances).toHaveLength(15);
	});

	it('applies every other filter to both periods, and agrees with the totals', async () => {
		for (const patch of [
			{ section: 'alliance' as const },
			{ type: 'standards' },
			{ dim: 'exchange' as const },
			{ q: '标准' }
		]) {
			const changes = (await periodChanges(db, f(patch)))!;
			const t = await totals(db, f({ ...patch, from: '2025-05', to: '2026-04' }));
			expect(changes.items).toEqual({ current: t.items, previous: 0 });
			expect(changes.activeAlliances).toEqual({ current: t.activeAlliances, previous: 0 });
		}
		const one = (await ranking(db, f())).find((r) => r.items > 0)!;
		const changes = (await periodChanges(db, f({ alliances: [one.allianceId] })))!;
		expect(changes.newAlliances).toEqual([{ id: one.allianceId, name: one.name }]);
		expect(changes.items.current).toBe(one.items);
	});

	it('compares volume year 2026 with 2025', async () => {
		const changes = (await periodChanges(db, f({ year: 2026 })))!;
		expect(changes).toMatchObject({
			current: scope(null, null, 2026),
			previous: scope(null, null, 2025),
			items: { current: 26, previous: 0 }
		});
	});
});

// Both periods with items: a demo archive of two years and more around the real bulletin. Each period's figures must
// be what the same filters give for that period alone: the totals, the ranking's active alliances, the type mix.
describe('on an archive with items in both periods', () => {
	let demo: Awaited<ReturnType<typeof openDemoArchive>>;
	let db: Db;
	beforeAll(async () => {
		demo = await openDemoArchive(30, 11);
		db = demo.db;
	});
	afterAll(() => demo?.close());

	async function alone(filters: QueryFilters) {
		const t = await totals(db, filters);
		const active = (await ranking(db, filters)).filter((r) => r.items > 0).map((r) => r.allianceId);
		const mix = new Map((await topicMix(db, filters)).map((m) => [m.topicId, m.count]));
		return { items: t.items, active: new Set(active), mix };
	}

	it.each([
		['nothing', {}],
		['a section', { section: 'alliance' as const }],
		['a type', { type: 'standards' }],
		['a dimension', { dim: 'exchange' as const }],
		['real only', { real: true }],
		['free text', { q: '标准' }],
		['a period', { from: '2025-01', to: '2025-06' }],
		['a volume year', { year: 2025 }]
	])('%s: each period as the same filters give it alone', async (_name, patch) => {
		const changes = (await periodChanges(db, f(patch)))!;
		const current = await alone(f({ ...patch, ...changes.current }));
		const previous = await alone(f({ ...patch, ...changes.previous }));
		expect(current.items + previous.items).toBeGreaterThan(0);
		expect(changes.items).toEqual({ current: current.items, previous: previous.items });
		expect(changes.activeAlliances).toEqual({
			current: current.active.size,
			previous: previous.active.size
		});
		expect(changes.newAlliances.map((a) => a.id).sort()).toEqual(
			[...current.active].filter((id) => !previous.active.has(id)).sort()
		);
		expect(changes.silentAlliances.map((a) => a.id).sort()).toEqual(
			[...previous.active].filter((id) => !current.active.has(id)).sort()
		);
		for (const t of changes.risingTypes) {
			expect(t.current).toBe(current.mix.get(t.topicId));
			expect(t.previous).toBe(previous.mix.get(t.topicId) ?? 0);
		}
	});

	it('with alliances selected, each period as the ranking gives it', async () => {
		const ids = (await ranking(db, f())).filter((r) => r.items > 0).map((r) => r.allianceId);
		for (const alliances of [ids.slice(0, 1), ids.slice(0, 3)]) {
			const changes = (await periodChanges(db, f({ alliances })))!;
			const current = await alone(f({ alliances, ...changes.current }));
			const previous = await alone(f({ alliances, ...changes.previous }));
			expect(changes.items).toEqual({ current: current.items, previous: previous.items });
			expect(changes.activeAlliances.current).toBe(current.active.size);
			expect(changes.activeAlliances.previous).toBe(previous.active.size);
		}
	});
});
