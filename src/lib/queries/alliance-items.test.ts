// The real bulletin in: the electric-vehicle alliance is the subject of a liaison item and contributed an
// alliance item; the facts a person reading the bulletin would check come out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import {
	activityMix,
	allianceItems,
	isOwnActivity,
	primaryRole,
	UNTAGGED,
	type AllianceItemRow
} from './alliance-items';
import { noFilters, type QueryFilters } from './where';

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });

let db: Db;
beforeAll(async () => {
	db = await openArchiveDb(['data/bulletins/2026-01.txt']);
});
afterAll(async () => db?.close());

describe('allianceItems', () => {
	it('lists every item naming the alliance, with its roles, newest first then by position', async () => {
		const rows = await allianceItems(db, 'electric-vehicle', f());
		const expected = await db.query<{ item_id: string }>(
			"SELECT DISTINCT item_id FROM item_alliances WHERE alliance_id = 'electric-vehicle' ORDER BY item_id"
		);
		expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.item_id));
		const liaison = rows.find((r) => r.section === 'liaison')!;
		const own = rows.find((r) => r.section === 'alliance')!;
		expect(liaison.roles).toEqual(['subject', 'mentioned']);
		expect(own.roles).toEqual(['contributor', 'subject', 'mentioned']);
		expect(own).toMatchObject({
			issueId: '2026-01',
			issueNumber: 1,
			issueSerial: 84,
			issueDate: '2026-04-20',
			month: '2026-04',
			synthetic: false
		});
		expect(own.title).not.toBe('');
		expect(own.body.length).toBeGreaterThan(own.title.length);
		expect(own.attribution).toContain('电动汽车');
		expect(own.names).toContain('电动汽车联盟');
		expect(own.topicIds).toEqual([...own.topicIds].sort());
	});

	it('applies the filters except the alliance filter, and binds the id as a value', async () => {
		const all = await allianceItems(
			db,
			'electric-vehicle',
			f({ alliances: ['semiconductor-lighting'] })
		);
		expect(all).toHaveLength(2);
		const section = await allianceItems(db, 'electric-vehicle', f({ section: 'liaison' }));
		expect(section.map((r) => r.section)).toEqual(['liaison']);
		await expect(allianceItems(db, 'electric-vehicle', f({ from: '2026-05' }))).resolves.toEqual(
			[]
		);
		await expect(allianceItems(db, 'electric-vehicle', f({ real: true }))).resolves.toHaveLength(2);
		await expect(allianceItems(db, "x' OR 1=1 --", f())).resolves.toEqual([]);
		await expect(allianceItems(db, 'no-such-alliance', f())).resolves.toEqual([]);
	});

	it('finds an item by its words, as the items page does', async () => {
		const [own] = await allianceItems(db, 'electric-vehicle', f({ section: 'alliance' }));
		const word = [...own!.title].slice(0, 4).join('');
		const hits = await allianceItems(db, 'electric-vehicle', f({ q: word }));
		expect(hits.map((r) => r.id)).toContain(own!.id);
	});
});

describe('roles', () => {
	it.each([
		[['contributor', 'subject', 'mentioned'], 'contributor', true],
		[['subject', 'mentioned'], 'subject', true],
		[['mentioned'], 'mentioned', false]
	] as const)('%j → primary %s, own activity %s', (roles, primary, own) => {
		expect(primaryRole({ roles: [...roles] })).toBe(primary);
		expect(isOwnActivity({ roles: [...roles] })).toBe(own);
	});
});

describe('activityMix', () => {
	const item = (
		month: string | null,
		topicIds: string[],
		roles: AllianceItemRow['roles'] = ['contributor']
	) => ({ month, topicIds, roles }) as AllianceItemRow;
	const items = [
		item('2024-11', ['events', 'standards']),
		item('2025-02', ['events']),
		item('2025-02', [], ['subject']),
		item('2025-03', ['visits'], ['mentioned']),
		item(null, ['events'])
	];

	it('counts own items per year and type, each type of an item once, zero-filled years', () => {
		const mix = activityMix(items, 'year', ['standards', 'events']);
		expect(mix.periods).toEqual(['2024', '2025']);
		expect(mix.series).toEqual(['standards', 'events', UNTAGGED]);
		expect(mix.rows).toEqual(
			expect.arrayContaining([
				{ period: '2024', topicId: 'events', items: 1 },
				{ period: '2024', topicId: 'standards', items: 1 },
				{ period: '2025', topicId: 'events', items: 1 },
				{ period: '2025', topicId: UNTAGGED, items: 1 }
			])
		);
		expect(mix.rows).toHaveLength(4);
	});

	it('spans every month between the first and the last', () => {
		const mix = activityMix(items, 'month');
		expect(mix.periods).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
		expect(mix.series).toEqual(['events', 'standards', UNTAGGED]);
	});

	it('is empty when the alliance is only mentioned', () => {
		expect(activityMix([item('2025-03', ['visits'], ['mentioned'])], 'year')).toEqual({
			periods: [],
			series: [],
			rows: []
		});
	});
});
