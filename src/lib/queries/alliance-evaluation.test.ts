import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { evaluateYear } from '../evaluation/evaluate';
import { allianceEvaluation } from './alliance-evaluation';

let db: Db;
beforeAll(async () => {
	db = await openArchiveDb(['data/bulletins/2026-01.txt']);
});
afterAll(async () => db?.close());

describe('allianceEvaluation', () => {
	it('defaults to the latest year and keeps the alliance row of evaluateYear', async () => {
		const view = await allianceEvaluation(db, { id: 'electric-vehicle', year: null, real: false });
		const full = await evaluateYear(db, 2026);
		expect(view.year).toBe(2026);
		expect(view.years).toEqual([2026]);
		expect(view.issues).toBe(1);
		expect(view.evaluation).toEqual(
			full.alliances.find((a) => a.allianceId === 'electric-vehicle')
		);
		expect(view.evaluation!.items).toBe(1);
	});

	it('gives the title of every evidence item', async () => {
		const view = await allianceEvaluation(db, { id: 'electric-vehicle', year: 2026, real: true });
		const ids = Object.values(view.evaluation!.dimensions).flatMap((d) =>
			d.evidence.map((e) => e.itemId)
		);
		expect(ids.length).toBeGreaterThan(0);
		for (const id of [...ids, view.evaluation!.recency.itemId!]) {
			expect(view.titles[id]?.title).toBeTruthy();
		}
	});

	it('has no row for an unknown id, and none for a year without issues', async () => {
		const unknown = await allianceEvaluation(db, { id: 'no-such', year: null, real: false });
		expect(unknown).toMatchObject({ year: 2026, evaluation: null, titles: {} });
		const empty = await allianceEvaluation(db, { id: 'electric-vehicle', year: 2019, real: false });
		expect(empty.issues).toBe(0);
		expect(empty.evaluation!.score).toBe(0);
	});
});
