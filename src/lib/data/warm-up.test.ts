// The warm-up after start-up: one filter of each kind, from the archive itself; it yields to views and never
// touches a table that is not loaded. Real DuckDB, the real bulletin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { detailTablesIn } from './dataset';
import { namesOnly, warmUp, warmUpFilters } from './warm-up';

let db: Db;
const ran: string[] = [];
let recording: Db;
beforeAll(async () => {
	db = await openArchiveDb(['data/bulletins/2026-01.txt']);
	recording = {
		...db,
		query: (sql, params) => {
			ran.push(sql);
			return db.query(sql, params);
		}
	};
});
afterAll(() => db.close());

const now = () => Promise.resolve();

describe('warmUpFilters', () => {
	it('sets each kind of filter the filter bar has, once, with values the archive has', async () => {
		const filters = await warmUpFilters(db);
		const kinds = filters.map((f) =>
			Object.entries(f)
				.filter(([, v]) => v !== null && v !== '' && v !== false && !(Array.isArray(v) && !v.length))
				.map(([k, v]) => (k === 'alliances' ? `alliances×${(v as string[]).length}` : k))
				.join('+')
		);
		expect(kinds).toEqual([
			'section',
			'real',
			'type',
			'dim',
			'alliances×1',
			'alliances×2',
			'year',
			'from+to'
		]);
		const year = filters.find((f) => f.year !== null)!;
		expect(year.year).toBe(2026);
		expect(filters.at(-1)).toMatchObject({ from: '2025-05', to: '2026-04' });
	});
});

describe('warmUp', () => {
	it('runs the views’ statements, and none naming a table that is not loaded', async () => {
		ran.length = 0;
		const filters = await warmUpFilters(db);
		const count = await warmUp(recording, filters, () => false, namesOnly(new Set()), now);
		expect(count).toBe(ran.length);
		expect(count).toBeGreaterThan(filters.length * 5);
		expect(ran.flatMap(detailTablesIn)).toEqual([]);
		ran.length = 0;
		const all = await warmUp(recording, filters, () => false, () => true, now);
		expect(all).toBeGreaterThan(count);
		expect(new Set(ran.flatMap(detailTablesIn))).toContain('agg_presence');
	});

	it('runs nothing while a view is busy', async () => {
		ran.length = 0;
		expect(await warmUp(recording, await warmUpFilters(db), () => true, () => true, now)).toBe(0);
		expect(ran).toEqual([]);
	});
});
