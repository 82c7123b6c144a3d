import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../db/load';
import { openNodeDb } from '../db/node';
import { migrate } from '../db/schema';
import type { Db } from '../db/types';
import { buildArchiveInput } from '../archive/archive-node';
import { itemsPerIssue } from './per-issue';
import { itemsPerMonth } from './per-month';
import { itemsOverTime, MAX_ISSUE_BARS } from './volume';
import { noFilters, type QueryFilters } from './where';

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });
let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await migrate(db);
	await loadArchive(db, await buildArchiveInput(['data/bulletins/2026-01.txt']));
});
afterAll(async () => db?.close());

describe('itemsOverTime', () => {
	it('is the per-issue chart while the issues fit', async () => {
		expect(MAX_ISSUE_BARS).toBeGreaterThanOrEqual(84); // the embedded archive keeps one bar per issue
		expect(await itemsOverTime(db, f())).toEqual({
			grain: 'issue',
			issues: 1,
			rows: await itemsPerIssue(db, f())
		});
	});

	it('counts per month, the same items, when there are more issues than bars', async () => {
		const over = await itemsOverTime(db, f(), 'auto', 0);
		expect(over).toEqual({ grain: 'month', issues: 1, rows: await itemsPerMonth(db, f()) });
		const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
		expect(sum(over.rows)).toBe(26);
		// 2026年第1期 is dated 2026-04-20: it counts in April.
		expect(over.rows.map((r) => ('month' in r ? r.month : null))).toEqual([
			'2026-04',
			'2026-04',
			'2026-04'
		]);
	});

	it('counts the issues of the period only', async () => {
		expect((await itemsOverTime(db, f({ year: 2025 }))).issues).toBe(0);
	});
});
