import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/types';
import { openDemoArchive } from '../demo/test-archive-node';
import { evaluateYear } from './evaluate';
import { toTenths } from './model';
import { GRADES } from './types';

// The seeded demo archive: 79 synthetic issues (2012-2025, 5-7 a year) and the real 2026-01.
let demo: Awaited<ReturnType<typeof openDemoArchive>>;
let db: Db;
beforeAll(async () => {
	demo = await openDemoArchive(80, 3);
	db = demo.db;
});
afterAll(() => demo?.close());

describe('evaluateYear on the seeded demo archive', () => {
	it.each([2018, 2024, 2025])('gives a realistic spread of grades in %d', async (year) => {
		const r = await evaluateYear(db, year);
		for (const g of GRADES) expect(r.gradeCounts[g], g).toBeGreaterThan(0);
		const active = r.alliances.filter((a) => a.items > 0);
		const good = active.filter((a) => a.grade === 'high' || a.grade === 'fairly-high').length;
		// Past rounds rated 45-80 % of evaluated alliances high or fairly high; allow a wider band.
		expect(good / active.length).toBeGreaterThan(0.25);
		expect(good / active.length).toBeLessThan(0.85);
		expect(r.alliances.filter((a) => a.items === 0).every((a) => a.score === 0)).toBe(true);
	});

	it('grades the most regular contributors of a year high', async () => {
		const r = await evaluateYear(db, 2024);
		const regular = r.alliances.filter(
			(a) => a.issuesPresent >= r.issues - 1 && dimensionsCovered(a) === 4
		);
		expect(regular.length).toBeGreaterThan(0);
		for (const a of regular) expect(a.grade, a.allianceId).toBe('high');
	});

	it('computes the change from the previous year', async () => {
		const [before, now] = [await evaluateYear(db, 2024), await evaluateYear(db, 2025)];
		for (const a of now.alliances) {
			const prev = before.alliances.find((b) => b.allianceId === a.allianceId)!;
			expect(a.previousScore).toBe(prev.score);
			expect(a.previousGrade).toBe(prev.grade);
			expect(toTenths(a.change!)).toBe(toTenths(a.score) - toTenths(prev.score));
		}
		expect(
			now.alliances.some((a) => a.change! > 0) && now.alliances.some((a) => a.change! < 0)
		).toBe(true);
	});

	it('compares 2026 (the real issue) with the synthetic 2025, and with nothing when real only', async () => {
		const all = await evaluateYear(db, 2026);
		expect(all.alliances.every((a) => a.change !== null)).toBe(true);
		const real = await evaluateYear(db, 2026, { real: true });
		expect(real.issues).toBe(1);
		expect(real.alliances.every((a) => a.change === null)).toBe(true);
		expect((await evaluateYear(db, 2025, { real: true })).issues).toBe(0);
	});
});

/** How many dimensions earned points. */
function dimensionsCovered(a: { dimensions: Record<string, { score: number }> }): number {
	return Object.values(a.dimensions).filter((d) => d.score > 0).length;
}
