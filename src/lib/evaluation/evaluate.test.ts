import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletinFiles, openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import {
	contributedItems,
	evaluationIssues,
	issueYears,
	registeredAlliances
} from '../queries/evaluation';
import { DIMENSIONS } from '../topics/types';
import { evaluateYear } from './evaluate';
import { toTenths } from './model';
import type { AllianceEvaluation, EvaluationResult } from './types';

// The real 2026年第1期 bulletin: 15 alliance items, each by a different alliance.
const CONTRIBUTORS = [
	'auto-lightweighting',
	'bim',
	'chemical-fibre',
	'electric-vehicle',
	'emergency-rescue-equipment',
	'housing',
	'igrs',
	'meat-processing',
	'powder-metallurgy',
	'recycled-resources',
	'semiconductor-lighting',
	'sludge-treatment',
	'third-gen-semiconductor',
	'visual-intelligence',
	'wapi'
];

let db: Db;
let result: EvaluationResult;
beforeAll(async () => {
	db = await openArchiveDb(bulletinFiles('data/bulletins'));
	result = await evaluateYear(db, 2026);
});
afterAll(() => db?.close());

const hundredths = (x: number) => Math.round(x * 100);

function evidenceIds(a: AllianceEvaluation): string[] {
	return [...new Set(DIMENSIONS.flatMap((d) => a.dimensions[d].evidence.map((e) => e.itemId)))];
}

describe('the evaluation query', () => {
	it("lists the year's issues, the registry and the contributed items with their dimensions", async () => {
		expect(await evaluationIssues(db, { year: 2026 })).toEqual([
			{ id: '2026-01', number: 1, date: '2026-04-20' }
		]);
		expect(await evaluationIssues(db, { year: 2025 })).toEqual([]);
		expect(await issueYears(db)).toEqual([2026]);
		expect((await registeredAlliances(db)).length).toBe(46);
		const items = await contributedItems(db, { year: 2026 });
		expect(items.map((r) => r.alliance_id)).toEqual(CONTRIBUTORS);
		expect(items.find((r) => r.alliance_id === 'igrs')).toEqual({
			alliance_id: 'igrs',
			item_id: '2026-01-22',
			issue_id: '2026-01',
			seq: 22,
			topic_ids: ['events', 'international', 'standards'],
			dimensions: ['exchange', 'innovation']
		});
		expect(await contributedItems(db, { year: 2026, real: true })).toEqual(items);
	});

	it('refuses a year that is not a whole number', () => {
		expect(() => contributedItems(db, { year: 2026.5 })).toThrow(/whole number/);
	});
});

describe('evaluateYear on the real 2026 bulletin', () => {
	it('lists every registered alliance: 15 with one item each, the rest silent with 0', async () => {
		const registered = await registeredAlliances(db);
		expect(result).toMatchObject({ year: 2026, configVersion: '2026.1', issues: 1 });
		expect(result.alliances.map((a) => a.allianceId).sort()).toEqual(
			registered.map((a) => a.id).sort()
		);
		const active = result.alliances.filter((a) => a.items > 0);
		expect(active.map((a) => a.allianceId).sort()).toEqual(CONTRIBUTORS);
		for (const a of active) {
			expect(a).toMatchObject({
				items: 1,
				issuesPresent: 1,
				regularity: { score: 15, issueIds: ['2026-01'] },
				recency: { score: 5 }
			});
			expect(a.recency.itemId).toBe(a.itemIds[0]);
		}
		const silent = result.alliances.filter((a) => a.items === 0);
		expect(silent).toHaveLength(registered.length - 15);
		for (const a of silent)
			expect(a).toMatchObject({ score: 0, grade: 'inactive', gradeZh: '不活跃', issuesPresent: 0 });
		expect(result.alliances.slice(-silent.length)).toEqual(silent);
		expect(Object.values(result.gradeCounts).reduce((s, n) => s + n, 0)).toBe(registered.length);
	});

	it('traces every point to items the alliance contributed in the year', async () => {
		const contributed = new Set(
			(
				await db.query<{ key: string }>(
					`SELECT ia.alliance_id || ' ' || i.id AS key FROM items i JOIN item_alliances ia ON ia.item_id = i.id
				WHERE ia.role = 'contributor' AND i.year = 2026`
				)
			).map((r) => r.key)
		);
		for (const a of result.alliances) {
			for (const id of [...evidenceIds(a), ...a.itemIds])
				expect(contributed.has(`${a.allianceId} ${id}`), id).toBe(true);
			for (const d of DIMENSIONS) {
				const dim = a.dimensions[d];
				expect(dim.evidence.reduce((s, e) => s + hundredths(e.points), 0)).toBe(
					hundredths(dim.score)
				);
			}
			const parts = [
				...DIMENSIONS.map((d) => a.dimensions[d].score),
				a.regularity.score,
				a.recency.score
			];
			expect(parts.reduce((s, p) => s + toTenths(p), 0)).toBe(toTenths(a.score));
		}
	});

	it('scores the igrs item (standards, international, events) in innovation and exchange only', () => {
		const igrs = result.alliances.find((a) => a.allianceId === 'igrs')!;
		expect(igrs.dimensions.innovation.evidence).toEqual([
			{ itemId: '2026-01-22', points: igrs.dimensions.innovation.score }
		]);
		expect(igrs.dimensions.exchange.evidence).toEqual([
			{ itemId: '2026-01-22', points: igrs.dimensions.exchange.score }
		]);
		expect(igrs.dimensions.organisation.evidence).toEqual([]);
		expect(igrs.dimensions.industry.evidence).toEqual([]);
	});

	it('agrees with the item counts of agg_plain', async () => {
		const counts = await db.query<{ alliance_id: string; n: number }>(
			`SELECT alliance_id, sum(items)::INTEGER AS n FROM agg_plain WHERE year = 2026 AND alliance_id IS NOT NULL GROUP BY ALL`
		);
		for (const { alliance_id, n } of counts)
			expect(result.alliances.find((a) => a.allianceId === alliance_id)?.items).toBe(n);
	});

	it('has no change from 2025: the archive has no 2025 issues', () => {
		for (const a of result.alliances)
			expect(a).toMatchObject({ previousScore: null, change: null, previousGrade: null });
	});

	it('gives the same result with real issues only (the bulletin is real)', async () => {
		expect(await evaluateYear(db, 2026, { real: true })).toEqual(result);
	});

	it('lists every alliance with 0 in a year without issues', async () => {
		const empty = await evaluateYear(db, 2019);
		expect(empty.issues).toBe(0);
		expect(empty.gradeCounts.inactive).toBe(result.alliances.length);
	});
});
