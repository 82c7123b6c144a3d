// The fixture tests/fixtures/2026-01.unknown-name.txt is the real bulletin with two problems made on purpose:
// the WAPI alliance renamed to an unregistered 量子通信 alliance (item 25), and item 19's attribution removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { itemsWithoutAttribution, unresolvedNames } from './quality';
import { unattributedItemDetails, unresolvedNameDetails } from './quality-details';
import { noFilters, type QueryFilters } from './where';

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });

let real: Db;
let broken: Db;
beforeAll(async () => {
	[real, broken] = await Promise.all([
		openArchiveDb(['data/bulletins/2026-01.txt']),
		openArchiveDb(['tests/fixtures/2026-01.unknown-name.txt'])
	]);
});
afterAll(async () => {
	await real?.close();
	await broken?.close();
});

describe('unresolvedNameDetails', () => {
	it('finds nothing in the real bulletin: its liaison-group and 协发网 items name known bodies, never flagged', async () => {
		const bodyItems = await real.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM items WHERE contributor SIMILAR TO '.*(联络组|协发网).*'"
		);
		expect(bodyItems[0]?.n).toBeGreaterThan(0);
		expect(await unresolvedNameDetails(real, f())).toEqual([]);
	});

	it('lists the renamed alliance, full and short name, with item 25 titled and the closest registered alliances', async () => {
		const rows = await unresolvedNameDetails(broken, f());
		expect(rows.map((r) => [r.text, r.items, r.exampleItemIds])).toEqual([
			['量子通信产业技术创新战略联盟', 1, ['2026-01-25']],
			['量子通信联盟', 1, ['2026-01-25']]
		]);
		for (const r of rows) {
			expect(r.examples).toEqual([
				{ id: '2026-01-25', title: '量子通信联盟发布市场应用洞察报告', synthetic: false }
			]);
			expect(r.suggestions.length).toBeGreaterThan(0);
			expect(r.suggestions.every((s) => s.name.length > 0 && s.name !== s.id)).toBe(true);
		}
		// Everything else is as unresolvedNames says; the details only add the titles.
		expect(rows.map(({ examples: _, ...r }) => r)).toEqual(await unresolvedNames(broken, f()));
	});

	it('follows the period: an issue outside it contributes no names', async () => {
		expect(await unresolvedNameDetails(broken, f({ to: '2026-03' }))).toEqual([]);
		expect(await unresolvedNameDetails(broken, f({ from: '2026-04', to: '2026-04' }))).toHaveLength(
			2
		);
	});
});

describe('unattributedItemDetails', () => {
	it('is itemsWithoutAttribution plus the synthetic flag: item 19 of the fixture, none in the real bulletin', async () => {
		expect(await unattributedItemDetails(real, f())).toEqual([]);
		const rows = await unattributedItemDetails(broken, f());
		expect(rows).toEqual([
			{
				itemId: '2026-01-19',
				issueId: '2026-01',
				section: 'alliance',
				seq: 19,
				title: '视觉智能联盟召开2025年度理事会工作会议',
				synthetic: false
			}
		]);
		expect(rows.map(({ synthetic: _, ...r }) => r)).toEqual(
			await itemsWithoutAttribution(broken, f())
		);
	});

	it('applies the item filters', async () => {
		expect(await unattributedItemDetails(broken, f({ section: 'policy' }))).toEqual([]);
		expect(await unattributedItemDetails(broken, f({ q: '理事会' }))).toHaveLength(1);
		expect(await unattributedItemDetails(broken, f({ real: true }))).toHaveLength(1);
	});
});
