// The real bulletin (2026年第1期, dated 2026-04-20) in: a keyword's items per period, counted as
// the search counts them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { keywordInContext } from './keywords';
import { keywordTrend, syntheticIssueIds } from './keyword-trend';
import { listItems } from './items';
import { noFilters, type QueryFilters } from './where';

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });

let db: Db;
beforeAll(async () => {
	db = await openArchiveDb(['data/bulletins/2026-01.txt']);
});
afterAll(() => db.close());

describe('keywordTrend', () => {
	it('counts the items the search finds, in the issue’s month and year', async () => {
		const found = await listItems(db, f({ q: '标准' }));
		expect(found.total).toBeGreaterThan(0);
		expect(await keywordTrend(db, f(), '标准')).toEqual([
			{ period: '2026-04', count: found.total }
		]);
		expect(await keywordTrend(db, f(), ' 标准 ', 'year')).toEqual([
			{ period: '2026', count: found.total }
		]);
		expect((await keywordInContext(db, f(), '标准', 1000)).length).toBe(found.total);
	});

	it('zero-fills every period of the span and applies the other filters', async () => {
		expect(await keywordTrend(db, f({ from: '2026-02', to: '2026-05' }), '标准')).toEqual([
			{ period: '2026-02', count: 0 },
			{ period: '2026-03', count: 0 },
			{ period: '2026-04', count: (await listItems(db, f({ q: '标准' }))).total },
			{ period: '2026-05', count: 0 }
		]);
		const policy = await listItems(db, f({ q: '标准', section: 'policy' }));
		expect(await keywordTrend(db, f({ section: 'policy' }), '标准')).toEqual([
			{ period: '2026-04', count: policy.total }
		]);
		// q narrows the scope; the keyword is a second condition, not a replacement.
		expect(await keywordTrend(db, f({ q: '没有这个词' }), '标准')).toEqual([
			{ period: '2026-04', count: 0 }
		]);
	});

	it('matches Latin letters case-insensitively and returns nothing for a blank word', async () => {
		expect(await keywordTrend(db, f(), 'wapi')).toEqual(await keywordTrend(db, f(), 'WAPI'));
		expect(await keywordTrend(db, f(), '  ')).toEqual([]);
	});
});

describe('syntheticIssueIds', () => {
	it('lists none for the real bulletin', async () => {
		expect(await syntheticIssueIds(db)).toEqual([]);
	});
});
