// A seeded demo archive (59 synthetic issues + the real one, one synthetic issue left out so a serial is missing):
// the aggregates must answer exactly as the raw tables do, and both as a count over the parsed items in JS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletinFiles, buildArchiveInput } from '../archive/archive-node';
import type { ParsedItem } from '../bulletin/types';
import { dayNumber, monthRange } from '../calendar';
import { loadArchive, removeIssue, replaceIssue, type ArchiveInput } from '../db/load';
import { openNodeDb } from '../db/node';
import { migrate } from '../db/schema';
import type { Db } from '../db/types';
import { writeDemoArchive } from '../demo/archive-node';
import { refreshQueries } from './index';
import { listItems, PAGE_SIZE } from './items';
import { allianceMatrix } from './matrix';
import { itemsPerIssue } from './per-issue';
import { itemsPerMonth } from './per-month';
import { missingSerials } from './quality';
import { ranking, RANKING_SORTS } from './ranking';
import { dimensionTrends, topicMix, topicTrends } from './topic-trends';
import { totals } from './totals';
import { noFilters, usesAggregates, type QueryFilters } from './where';

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });

interface Row {
	item: ParsedItem;
	issueId: string;
	date: string;
	synthetic: boolean;
}

let dir: string;
let db: Db;
let input: ArchiveInput;
let rows: Row[];
let dropped: { serial: number; after: string; before: string };
const contributors = (item: ParsedItem) => [
	...new Set(item.alliances.filter((a) => a.role === 'contributor').map((a) => a.id))
];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'queries-demo-'));
	writeDemoArchive({
		issues: 60,
		seed: 42,
		out: dir,
		alliances: 'data/alliances.csv',
		real: 'data/bulletins/2026-01.txt'
	});
	const files = bulletinFiles(dir);
	input = await buildArchiveInput(files.filter((_, i) => i !== 10));
	const all = await buildArchiveInput(files.slice(9, 12));
	const [a, b, c] = all.issues.map((i) => i.parsed.issue);
	dropped = { serial: b!.serial!, after: a!.id, before: c!.id };
	expect(basename(files[10]!)).toBe(`${b!.id}.txt`);
	rows = input.issues.flatMap(({ parsed: { issue, items } }) =>
		items.map((item) => ({
			item,
			issueId: issue.id,
			date: issue.date!,
			synthetic: issue.synthetic
		}))
	);
	db = await openNodeDb();
	await migrate(db);
	await loadArchive(db, input);
});
afterAll(async () => {
	await db?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('a seeded demo archive', () => {
	it('totals match a count over the parsed items', async () => {
		const active = new Set(rows.flatMap((r) => contributors(r.item)));
		expect(await totals(db, f())).toEqual({
			issues: 59,
			items: rows.length,
			allianceItems: rows.filter((r) => r.item.section === 'alliance').length,
			activeAlliances: active.size,
			silentAlliances: input.alliances.filter((a) => !active.has(a.id)).length,
			syntheticItems: rows.filter((r) => r.synthetic).length
		});
		expect(rows.filter((r) => !r.synthetic)).toHaveLength(26);
	});

	it('real only leaves the real issue’s items', async () => {
		expect(await totals(db, f({ real: true }))).toMatchObject({
			issues: 1,
			items: 26,
			allianceItems: 15,
			activeAlliances: 15,
			syntheticItems: 0
		});
		expect(new Set((await itemsPerIssue(db, f({ real: true }))).map((r) => r.issueId))).toEqual(
			new Set(['2026-01'])
		);
		expect((await listItems(db, f({ real: true }))).total).toBe(26);
		expect((await ranking(db, f({ real: true }))).filter((r) => r.items > 0)).toHaveLength(15);
	});

	const busiest = () => {
		const n = new Map<string, number>();
		for (const r of rows) for (const a of contributors(r.item)) n.set(a, (n.get(a) ?? 0) + 1);
		return [...n].sort((x, y) => y[1] - x[1]).map(([id]) => id);
	};

	it.each<[string, () => Partial<QueryFilters>]>([
		['nothing', () => ({})],
		['real only', () => ({ real: true })],
		['a section', () => ({ section: 'alliance' })],
		['an activity type', () => ({ type: 'events' })],
		['one alliance', () => ({ alliances: [busiest()[0]!] })],
		['two alliances', () => ({ alliances: busiest().slice(0, 2) })],
		['a dimension', () => ({ dim: 'innovation' })],
		[
			'two alliances + dimension + real',
			() => ({ alliances: busiest().slice(0, 2), dim: 'exchange', real: true })
		],
		['three alliances + type', () => ({ alliances: busiest().slice(0, 3), type: 'standards' })],
		['a year', () => ({ year: 2020 })],
		['a month range', () => ({ from: '2019-03', to: '2021-08' })],
		[
			'section + type + period',
			() => ({ section: 'alliance', type: 'standards', from: '2018-01', to: '2023-12' })
		],
		[
			'one alliance + type + year',
			() => ({ alliances: [busiest()[1]!], type: 'projects', year: 2022 })
		]
	])('aggregates answer as the raw tables do: %s', async (_name, patch) => {
		const filters = f(patch());
		expect(usesAggregates(filters)).toBe(true);
		expect(await totals(db, filters)).toEqual(await totals(db, filters, 'raw'));
		expect(await itemsPerIssue(db, filters)).toEqual(await itemsPerIssue(db, filters, 'raw'));
		expect(await itemsPerMonth(db, filters)).toEqual(await itemsPerMonth(db, filters, 'raw'));
		expect(await ranking(db, filters)).toEqual(await ranking(db, filters, 'raw'));
		for (const grain of ['month', 'quarter', 'year', 'issue'] as const) {
			expect(await allianceMatrix(db, filters, grain)).toEqual(
				await allianceMatrix(db, filters, grain, 'raw')
			);
		}
		expect(await topicTrends(db, filters, 'year')).toEqual(
			await topicTrends(db, filters, 'year', 'raw')
		);
		expect(await dimensionTrends(db, filters, 'year')).toEqual(
			await dimensionTrends(db, filters, 'year', 'raw')
		);
		expect(await topicMix(db, filters)).toEqual(await topicMix(db, filters, 'raw'));
	});

	it('zero-fills the matrix: every period present, silent alliances all zeros', async () => {
		const months = rows.map((r) => r.date.slice(0, 7)).sort();
		const span = monthRange(months[0]!, months[months.length - 1]!);
		const m = await allianceMatrix(db, f(), 'month');
		expect(m.periods).toEqual(span);
		expect(m.rows).toHaveLength(input.alliances.length);
		expect(m.rows.every((r) => r.counts.length === span.length)).toBe(true);
		const active = new Set(rows.flatMap((r) => contributors(r.item)));
		const silent = m.rows.filter((r) => !active.has(r.allianceId));
		expect(silent.length).toBeGreaterThan(0);
		expect(silent.every((r) => r.total === 0 && r.counts.every((c) => c === 0))).toBe(true);
		expect(m.rows.reduce((n, r) => n + r.total, 0)).toBe(
			rows.reduce((n, r) => n + contributors(r.item).length, 0)
		);
		const quarters = (await allianceMatrix(db, f(), 'quarter')).periods;
		expect(quarters[0]).toBe('2015-Q4');
		expect(quarters[quarters.length - 1]).toBe('2026-Q2');
		expect(quarters).toHaveLength((2026 - 2015) * 4 - 3 + 2);
		const issues = [...input.issues].sort((a, b) =>
			a.parsed.issue.date!.localeCompare(b.parsed.issue.date!)
		);
		expect((await allianceMatrix(db, f(), 'issue')).periods).toEqual(
			issues.map((i) => i.parsed.issue.id)
		);
	});

	it.each([
		['the whole archive', f()],
		['one year', f({ year: 2019 })],
		['a month range, its last month’s last days included', f({ from: '2019-03', to: '2021-08' })]
	])(
		'ranks by issues present, last date and longest gap as counted in JS: %s',
		async (_name, filters) => {
			const issues = input.issues
				.map((i) => i.parsed.issue)
				.filter((i) => filters.year === null || i.year === filters.year)
				.filter((i) => !filters.from || i.date!.slice(0, 7) >= filters.from)
				.filter((i) => !filters.to || i.date!.slice(0, 7) <= filters.to)
				.sort((a, b) => a.date!.localeCompare(b.date!));
			const end = issues[issues.length - 1]!.date!;
			expect((await totals(db, filters)).issues).toBe(issues.length);
			for (const r of await ranking(db, filters)) {
				const present = issues.map((issue) =>
					rows.some(
						(row) => row.issueId === issue.id && contributors(row.item).includes(r.allianceId)
					)
				);
				let gap = 0;
				let run = 0;
				for (const p of present) {
					run = p ? 0 : run + 1;
					gap = Math.max(gap, run);
				}
				const last = issues.filter((_, i) => present[i]).pop()?.date ?? null;
				expect(r.issuesPresent).toBe(present.filter(Boolean).length);
				expect(r.longestGap).toBe(gap);
				expect(r.lastDate).toBe(last);
				expect(r.daysSinceLast).toBe(last === null ? null : dayNumber(end) - dayNumber(last));
			}
		}
	);

	it.each(Object.keys(RANKING_SORTS))(
		'sorts the ranking by %s as the SQL of the raw path does',
		async (sort) => {
			for (const filters of [
				f({ sort }),
				f({ sort, type: 'events', from: '2019-01', to: '2023-12' })
			])
				expect(await ranking(db, filters)).toEqual(await ranking(db, filters, 'raw'));
		}
	);

	it('places issues by date, not by the order they were stored: early issues removed and stored again', async () => {
		// Removed and stored again, the oldest issues take the newest keys (issue_keys); the gaps must not move.
		const oldest = [...input.issues]
			.sort((a, b) => a.parsed.issue.date!.localeCompare(b.parsed.issue.date!))
			.slice(0, 3);
		const before = await ranking(db, f());
		for (const issue of oldest) {
			await removeIssue(db, issue.parsed.issue.id);
			await replaceIssue(db, issue);
		}
		const keys = await db.query<{ id: string; k: number }>(
			'SELECT issue_id AS id, k FROM issue_keys ORDER BY k DESC LIMIT 3'
		);
		expect(new Set(keys.map((k) => k.id))).toEqual(new Set(oldest.map((i) => i.parsed.issue.id)));
		expect(await ranking(db, f())).toEqual(before);
		for (const filters of [f({ real: true }), f({ year: 2016 }), f({ dim: 'exchange' })])
			expect(await ranking(db, filters)).toEqual(await ranking(db, filters, 'raw'));
	});

	it('pages through items fifty at a time', async () => {
		const first = await listItems(db, f({ sort: 'date' }));
		const second = await listItems(db, f({ sort: 'date', page: 2 }));
		expect(first.total).toBe(rows.length);
		expect(first.rows).toHaveLength(PAGE_SIZE);
		expect(second.rows).toHaveLength(PAGE_SIZE);
		const ordered = [...rows].sort(
			(a, b) => a.date.localeCompare(b.date) || a.item.seq - b.item.seq
		);
		expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(
			ordered.slice(0, 100).map((r) => r.item.id)
		);
		const last = await listItems(db, f({ page: Math.ceil(rows.length / PAGE_SIZE) }));
		expect(last.rows).toHaveLength(rows.length % PAGE_SIZE || PAGE_SIZE);
	});

	it('finds the serial left out of the archive', async () => {
		expect(await missingSerials(db, f())).toEqual([dropped]);
	});

	it('refreshQueries runs every overview and alliances query', async () => {
		const r = await refreshQueries(db, f({ year: 2021 }));
		expect(r.totals).toEqual(await totals(db, f({ year: 2021 })));
		expect(r.matrix.periods).toHaveLength(12);
		expect(r.ranking).toHaveLength(input.alliances.length);
		expect(r.ranking).toEqual(await ranking(db, f({ year: 2021 })));
	});

	it('refreshQueries runs each distinct statement once, as the browser answers a repeated read', async () => {
		const runs = new Map<string, number>();
		const counting: Db = {
			...db,
			query: (sql, params) => {
				const key = `${sql} ${JSON.stringify(params ?? [])}`;
				runs.set(key, (runs.get(key) ?? 0) + 1);
				return db.query(sql, params);
			}
		};
		const r = await refreshQueries(counting, f({ year: 2021 }));
		// The period's bounds are asked by three modules; the matrix still gets its 12 months.
		expect(r.matrix.periods).toHaveLength(12);
		expect(runs.size).toBeGreaterThan(5);
		expect([...runs.values()].every((n) => n === 1)).toBe(true);
	});
});
