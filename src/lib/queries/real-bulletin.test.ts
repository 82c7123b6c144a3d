// The real bulletin (2026年第1期, 总第84期, 2026-04-20) in, the facts a person can recount by hand out:
// 26 items — 8 policy, 3 liaison, 15 alliance items from 15 different alliances, one item each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchiveInput } from '../archive/archive-node';
import type { ParsedIssue, ParsedItem } from '../bulletin/types';
import { loadArchive, type ArchiveInput } from '../db/load';
import { openNodeDb } from '../db/node';
import { migrate } from '../db/schema';
import type { Db } from '../db/types';
import { getItem } from './item';
import { listItems, PAGE_SIZE } from './items';
import { allianceMatrix } from './matrix';
import { filterOptions } from './options';
import { itemsPerIssue } from './per-issue';
import { itemsPerMonth } from './per-month';
import {
	issuesWithoutSerial,
	itemsWithoutAttribution,
	missingSerials,
	parseWarnings,
	unresolvedNames
} from './quality';
import { ranking } from './ranking';
import { dimensionTrends, topicMix, topicTrends } from './topic-trends';
import { totals } from './totals';
import { noFilters, type QueryFilters } from './where';

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });

let db: Db;
let input: ArchiveInput;
let parsed: ParsedIssue;
let registered: number;
const has = (item: ParsedItem, topic: string) => item.topics.some((t) => t.id === topic);
const contributors = (item: ParsedItem) =>
	item.alliances.filter((a) => a.role === 'contributor').map((a) => a.id);

beforeAll(async () => {
	input = await buildArchiveInput(['data/bulletins/2026-01.txt']);
	parsed = input.issues[0]!.parsed;
	registered = input.alliances.length; // data/alliances.csv
	db = await openNodeDb();
	await migrate(db);
	await loadArchive(db, input);
});
afterAll(() => db.close());

describe('the real bulletin', () => {
	it('has the counts a person reads off the page', async () => {
		expect(parsed.items).toHaveLength(26);
		expect(await totals(db, f())).toEqual({
			issues: 1,
			items: 26,
			allianceItems: 15,
			activeAlliances: 15,
			silentAlliances: registered - 15,
			syntheticItems: 0
		});
		expect(await itemsPerIssue(db, f())).toEqual(
			(['policy', 'liaison', 'alliance'] as const).map((section, i) => ({
				issueId: '2026-01',
				date: '2026-04-20',
				serial: 84,
				section,
				count: [8, 3, 15][i]
			}))
		);
		expect((await itemsPerMonth(db, f())).map((r) => r.count)).toEqual([8, 3, 15]);
	});

	it('ranks 15 alliances with one item each, then the silent ones', async () => {
		const rows = await ranking(db, f());
		expect(rows).toHaveLength(registered);
		const active = rows.slice(0, 15);
		const byItem = new Map(
			parsed.items.filter((i) => contributors(i).length).map((i) => [contributors(i)[0]!, i])
		);
		expect(new Set(active.map((r) => r.allianceId))).toEqual(new Set(byItem.keys()));
		for (const r of active) {
			expect(r).toMatchObject({
				items: 1,
				issuesPresent: 1,
				firstDate: '2026-04-20',
				lastDate: '2026-04-20',
				daysSinceLast: 0,
				longestGap: 0
			});
			expect(r.share).toBeCloseTo(1 / 15, 12);
			expect(r.activityTypes).toEqual(
				byItem
					.get(r.allianceId)!
					.topics.map((t) => t.id)
					.sort()
			);
		}
		for (const r of rows.slice(15)) {
			expect(r).toMatchObject({
				items: 0,
				issuesPresent: 0,
				share: 0,
				lastDate: null,
				daysSinceLast: null,
				longestGap: 1,
				activityTypes: []
			});
		}
		expect(rows.slice(15).map((r) => r.name)).toEqual(
			rows
				.slice(15)
				.map((r) => r.name)
				.sort()
		);
	});

	it('sorts the ranking by a whitelisted key and ignores others', async () => {
		const byName = (await ranking(db, f({ sort: 'name' }))).slice(0, 15).map((r) => r.name);
		expect(byName).toEqual([...byName].sort());
		const desc = (await ranking(db, f({ sort: '-name' }))).slice(0, 15).map((r) => r.name);
		expect(desc).toEqual([...byName].reverse());
		expect(await ranking(db, f({ sort: 'items; DROP TABLE items' }))).toEqual(
			await ranking(db, f())
		);
	});

	it('filters by section, activity type, alliances and text', async () => {
		expect((await totals(db, f({ section: 'policy' }))).items).toBe(8);
		const standards = parsed.items.filter((i) => has(i, 'standards'));
		const t = await totals(db, f({ type: 'standards' }));
		expect(t.items).toBe(standards.length);
		expect(t.allianceItems).toBe(standards.filter((i) => i.section === 'alliance').length);
		expect(t.allianceItems).toBe(5); // 半导体照明, 粉末冶金, 闪联, 建筑信息模型, 住宅
		expect(await totals(db, f({ alliances: ['wapi', 'igrs'] }))).toMatchObject({
			items: 2,
			activeAlliances: 2,
			silentAlliances: 0
		});
		const withWord = parsed.items.filter(
			(i) => i.title.includes('标准') || i.body.includes('标准')
		);
		expect((await totals(db, f({ q: '标准' }))).items).toBe(withWord.length);
		expect((await listItems(db, f({ q: '标准' }))).rows.map((r) => r.id).sort()).toEqual(
			withWord.map((i) => i.id).sort()
		);
		const wapi = parsed.items.filter((i) => `${i.title}${i.body}`.toLowerCase().includes('wapi'));
		expect(wapi.length).toBeGreaterThan(0);
		expect((await totals(db, f({ q: 'wapi' }))).items).toBe(wapi.length);
	});

	it('combines filters: section + type + period', async () => {
		const expected = parsed.items.filter(
			(i) => i.section === 'alliance' && has(i, 'standards')
		).length;
		expect(
			(
				await totals(
					db,
					f({ section: 'alliance', type: 'standards', from: '2026-04', to: '2026-04' })
				)
			).items
		).toBe(expected);
		expect(
			(await totals(db, f({ section: 'alliance', type: 'standards', year: 2026 }))).items
		).toBe(expected);
		expect(
			(await totals(db, f({ section: 'alliance', type: 'standards', from: '2026-05' }))).items
		).toBe(0);
		expect((await totals(db, f({ section: 'policy', type: 'standards' }))).items).toBe(0);
		expect((await totals(db, f({ year: 2025 }))).issues).toBe(0);
	});

	it('keeps everything with real only: the bulletin is real', async () => {
		expect(await totals(db, f({ real: true }))).toEqual(await totals(db, f()));
		expect(await ranking(db, f({ real: true }))).toEqual(await ranking(db, f()));
	});

	it('zero-fills the matrix over the period, silent alliances included', async () => {
		const m = await allianceMatrix(db, f({ year: 2026 }), 'quarter');
		expect(m.periods).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
		expect(m.rows).toHaveLength(registered);
		expect(m.rows.every((r) => r.counts.length === 4)).toBe(true);
		expect(m.rows.slice(0, 15).every((r) => r.counts.join() === '0,1,0,0' && r.total === 1)).toBe(
			true
		);
		expect(m.rows.slice(15).every((r) => r.counts.every((c) => c === 0) && r.total === 0)).toBe(
			true
		);
		expect((await allianceMatrix(db, f(), 'month')).periods).toEqual(['2026-04']);
		expect(
			(await allianceMatrix(db, f({ from: '2026-02', to: '2026-05' }), 'month')).periods
		).toEqual(['2026-02', '2026-03', '2026-04', '2026-05']);
		expect((await allianceMatrix(db, f(), 'issue')).periods).toEqual(['2026-01']);
		expect((await allianceMatrix(db, f(), 'year')).periods).toEqual(['2026']);
	});

	it('counts activity types and dimensions as the parser tagged them', async () => {
		const trends = await topicTrends(db, f());
		const count = (topic: string) => parsed.items.filter((i) => has(i, topic)).length;
		for (const row of trends) expect(row.count).toBe(count(row.topicId));
		expect(trends).toHaveLength(input.topics.length);
		expect((await topicMix(db, f())).find((r) => r.topicId === 'standards')?.count).toBe(
			count('standards')
		);
		const dimensionOf = new Map(input.topics.map((t) => [t.id, t.dimension]));
		for (const row of await dimensionTrends(db, f(), 'year')) {
			expect(row.period).toBe('2026');
			expect(row.count).toBe(
				parsed.items.filter((i) => i.topics.some((t) => dimensionOf.get(t.id) === row.dimension))
					.length
			);
		}
	});

	it('lists items newest first, fifty to a page, and reads one whole', async () => {
		const page = await listItems(db, f());
		expect(page).toMatchObject({ total: 26, page: 1, pageSize: PAGE_SIZE });
		expect(page.rows.map((r) => r.id)).toEqual(parsed.items.map((i) => i.id));
		expect((await listItems(db, f({ page: 2 }))).rows).toEqual([]);
		const wapi = page.rows.find((r) => r.id === '2026-01-25')!;
		expect(wapi).toMatchObject({
			section: 'alliance',
			contributorName: 'WAPI产业技术创新战略联盟',
			allianceIds: ['wapi'],
			topicIds: ['research'],
			synthetic: false
		});
		const titles = (await listItems(db, f({ sort: 'title' }))).rows.map((r) => r.title);
		expect(titles).toEqual([...titles].sort());
		const names = (await listItems(db, f({ sort: 'alliance' }))).rows.map(
			(r) => r.contributorName!
		);
		expect(names).toEqual([...names].sort());
		expect(
			(await listItems(db, f({ sort: '-alliance' }))).rows.map((r) => r.contributorName)
		).toEqual([...names].reverse());
		const sections = (await listItems(db, f({ sort: 'section', section: null }))).rows.map(
			(r) => r.section
		);
		expect(sections).toEqual([
			...Array(8).fill('policy'),
			...Array(3).fill('liaison'),
			...Array(15).fill('alliance')
		]);

		const item = await getItem(db, '2026-01-22');
		expect(item).toMatchObject({
			title: '闪联联盟召开两项国际标准研讨会',
			issueSerial: 84,
			eventDate: '2026-01-12',
			eventPrecision: 'day'
		});
		expect(item!.alliances.map((a) => a.role)).toEqual(['contributor', 'subject', 'mentioned']);
		expect(item!.topics.find((t) => t.topicId === 'standards')).toMatchObject({
			zh: '标准制定',
			dimension: 'innovation',
			words: ['国际标准', '标准']
		});
		expect(await getItem(db, 'no-such-item')).toBeNull();
	});

	it('offers the registry, the topics and the months for the filter bar', async () => {
		const o = await filterOptions(db);
		expect(o.alliances).toHaveLength(registered);
		expect(o.topics).toHaveLength(input.topics.length);
		expect(o.months).toEqual({ min: '2026-04', max: '2026-04' });
		expect(o.years).toEqual([2026]);
	});

	it('reports data quality as the parser found it', async () => {
		expect(await missingSerials(db, f())).toEqual([]);
		expect(await issuesWithoutSerial(db, f())).toEqual([]);
		expect(await itemsWithoutAttribution(db, f())).toHaveLength(
			parsed.items.filter((i) => i.attribution === null).length
		);
		expect(await parseWarnings(db, f())).toHaveLength(parsed.warnings.length);
		expect((await unresolvedNames(db, f())).reduce((n, r) => n + r.items, 0)).toBe(
			new Set(parsed.unresolved.map((u) => `${u.text} ${u.itemId}`)).size
		);
	});
});
