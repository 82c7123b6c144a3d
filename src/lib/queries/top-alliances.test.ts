// The real bulletin (15 alliance items, one from each of 15 alliances) in; the ranking's order out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { ranking } from './ranking';
import { topAlliances } from './top-alliances';
import { noFilters, type QueryFilters } from './where';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });

let db: Db;
beforeAll(async () => {
	db = await openArchiveDb(['data/bulletins/2026-01.txt']);
});
afterAll(() => db.close());

describe('topAlliances', () => {
	it.each([
		['no filter', f()],
		['the alliance section', f({ section: 'alliance' })],
		['one activity type', f({ type: 'events' })],
		['a dimension (raw tables)', f({ dim: 'innovation' })],
		['a search (raw tables)', f({ q: '标准' })],
		['a period with nothing', f({ from: '2025-01', to: '2025-12' })]
	])('lists the ranking’s leaders with items, most first, ties by name: %s', async (_, filters) => {
		const ranked = (await ranking(db, { ...filters, sort: '-items' }))
			.filter((r) => r.items > 0)
			.map((r) => ({ allianceId: r.allianceId, name: r.name, items: r.items }))
			.sort((a, b) => b.items - a.items || cmp(a.name, b.name) || cmp(a.allianceId, b.allianceId));
		expect(await topAlliances(db, filters, 100)).toEqual(ranked);
		expect(await topAlliances(db, filters, 3)).toEqual(ranked.slice(0, 3));
	});

	it('keeps to the selected alliances', async () => {
		const [a, b] = (await topAlliances(db, f(), 2)).map((r) => r.allianceId);
		const rows = await topAlliances(db, f({ alliances: [b!, a!] }));
		expect(rows.map((r) => r.allianceId).sort()).toEqual([a, b].sort());
	});
});
