// Export all matching must list exactly the rows the paged list shows, page after page, in the same order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/types';
import { openDemoArchive } from '../demo/test-archive-node';
import { ITEM_SORTS, listItems, PAGE_SIZE } from './items';
import { matchingItems } from './items-all';
import { noFilters, type QueryFilters } from './where';

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });

let demo: Awaited<ReturnType<typeof openDemoArchive>>;
let db: Db;
beforeAll(async () => {
	demo = await openDemoArchive(5, 7);
	db = demo.db;
});
afterAll(() => demo?.close());

async function everyPage(filters: QueryFilters) {
	const first = await listItems(db, { ...filters, page: 1 });
	const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
	const rest = [];
	for (let p = 2; p <= pages; p++)
		rest.push(...(await listItems(db, { ...filters, page: p })).rows);
	return {
		total: first.total,
		rows: [...first.rows, ...rest].map(({ snippet: _, ...row }) => row)
	};
}

describe('matchingItems', () => {
	it('the archive has more than two pages, so paging is exercised', async () => {
		expect((await listItems(db, f())).total).toBeGreaterThan(2 * PAGE_SIZE);
	});

	it.each(Object.keys(ITEM_SORTS))('equals the list page by page, sorted by %s', async (sort) => {
		const paged = await everyPage(f({ sort }));
		const all = await matchingItems(db, f({ sort, page: 3 }));
		expect(all).toHaveLength(paged.total);
		expect(all).toEqual(paged.rows);
	});

	it('applies the filters: section, text and real-only', async () => {
		for (const filters of [
			f({ section: 'alliance' }),
			f({ q: '标准' }),
			f({ real: true }),
			f({ q: 'zzz-none' })
		]) {
			const paged = await everyPage(filters);
			expect(await matchingItems(db, filters)).toEqual(paged.rows);
		}
	});
});
