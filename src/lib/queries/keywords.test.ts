import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchiveInput } from '../archive/archive-node';
import type { ParsedItem } from '../bulletin/types';
import { loadArchive } from '../db/load';
import { openNodeDb } from '../db/node';
import { migrate } from '../db/schema';
import type { Db } from '../db/types';
import { buildItemKeywords, segmentKeywords } from './keyword-index';
import { cutContext, keywordInContext, keywordTrends, topKeywords } from './keywords';
import { isKeyword, STOP_WORDS } from './stopwords';
import { noFilters, type QueryFilters } from './where';

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });

describe('segmentKeywords', () => {
	it('keeps content words and drops stop words, single characters, digits and punctuation', () => {
		const words = segmentKeywords(
			'半导体照明联盟6项团标纳入国标采信计划，2026年度标准工作启动会。标准！'
		);
		expect(words).toEqual(
			expect.arrayContaining(['半导体', '照明', '纳入', '采信', '计划', '标准', '启动'])
		);
		for (const w of words) expect(isKeyword(w)).toBe(true);
		expect(words.filter((w) => w === '标准')).toHaveLength(1);
		for (const dropped of ['联盟', '年度', '工作', '2026', '6', '，', '项'])
			expect(words).not.toContain(dropped);
	});

	it.each([
		['联盟', false],
		['秘书处', false],
		['标', false],
		['2026', false],
		['3.5', false],
		['——', false],
		['标准', true],
		['WAPI', true],
		['ISO', true]
	])('isKeyword(%s) is %s', (word, expected) => {
		expect(isKeyword(word)).toBe(expected);
	});

	it('lists the stop words of the brief', () => {
		expect(STOP_WORDS.size).toBe(17);
	});
});

describe('cutContext', () => {
	it('cuts about twenty characters either side of the first match, case-insensitively, whitespace flattened', () => {
		const text = `${'甲'.repeat(30)}\n标准${'乙'.repeat(30)}标准`;
		expect(cutContext(text, '标准')).toEqual({
			left: `${'甲'.repeat(19)} `,
			match: '标准',
			right: '乙'.repeat(20)
		});
		expect(cutContext('发布 WAPI 报告', 'wapi')).toEqual({
			left: '发布 ',
			match: 'WAPI',
			right: ' 报告'
		});
		expect(cutContext('没有', '标准')).toBeNull();
	});
});

describe('on the real bulletin', () => {
	let db: Db;
	let items: ParsedItem[];
	const wordsOf = (i: ParsedItem) => segmentKeywords(`${i.title}\n${i.body}`);

	beforeAll(async () => {
		const input = await buildArchiveInput(['data/bulletins/2026-01.txt']);
		items = input.issues[0]!.parsed.items;
		db = await openNodeDb();
		await migrate(db);
		await loadArchive(db, input);
	});
	afterAll(() => db.close());

	it('says how to build the index when it is missing', async () => {
		await expect(keywordTrends(db, f())).rejects.toThrow(/buildItemKeywords/);
	});

	it('indexes each item’s distinct keywords, and rebuilds to the same rows', async () => {
		const expected = items.reduce((n, i) => n + wordsOf(i).length, 0);
		expect(await buildItemKeywords(db)).toEqual({ items: 26, rows: expected });
		expect(await buildItemKeywords(db)).toEqual({ items: 26, rows: expected });
		expect(await db.query('SELECT count(*) AS n FROM item_keywords')).toEqual([{ n: expected }]);
		const all = await db.query('SELECT * FROM item_keywords ORDER BY ALL');
		expect(await buildItemKeywords(db, ['2026-01'])).toEqual({ items: 26, rows: expected });
		expect(await buildItemKeywords(db, ['no-such-issue'])).toEqual({ items: 0, rows: 0 });
		expect(await db.query('SELECT * FROM item_keywords ORDER BY ALL')).toEqual(all);
	});

	it('segments clause by clause exactly as the whole text', () => {
		const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
		for (const i of items) {
			const text = `${i.title}\n${i.body}`;
			const whole = new Set(
				[...segmenter.segment(text)]
					.filter((s) => s.isWordLike && isKeyword(s.segment))
					.map((s) => s.segment)
			);
			expect(new Set(wordsOf(i))).toEqual(whole);
		}
	});

	it('counts items per keyword, top words per period', async () => {
		const top = await topKeywords(db, f(), 5);
		expect(top).toHaveLength(5);
		for (const { word, count } of top)
			expect(count).toBe(items.filter((i) => wordsOf(i).includes(word)).length);
		const trends = await keywordTrends(db, f(), 'month', 5);
		expect(trends).toEqual(
			top.map((t, i) => ({ period: '2026-04', word: t.word, count: t.count, rank: i + 1 }))
		);
		expect((await keywordTrends(db, f(), 'year', 3)).map((r) => r.period)).toEqual([
			'2026',
			'2026',
			'2026'
		]);
		const alliance = items.filter((i) => i.section === 'alliance');
		for (const { word, count } of await topKeywords(db, f({ section: 'alliance' }), 5)) {
			expect(count).toBe(alliance.filter((i) => wordsOf(i).includes(word)).length);
		}
	});

	it('shows a word in context in every item that contains it', async () => {
		const rows = await keywordInContext(db, f(), '标准', 50);
		const expected = items.filter((i) => i.title.includes('标准') || i.body.includes('标准'));
		expect(rows.map((r) => r.itemId).sort()).toEqual(expected.map((i) => i.id).sort());
		for (const r of rows) {
			const item = items.find((i) => i.id === r.itemId)!;
			expect(r).toMatchObject({ title: item.title, issueId: '2026-01', match: '标准' });
			expect([...r.left].length).toBeLessThanOrEqual(20);
			expect([...r.right].length).toBeLessThanOrEqual(20);
			expect(`${item.title} ${item.body}`.replace(/\s+/g, ' ')).toContain(
				`${r.left}${r.match}${r.right}`
			);
		}
		expect(await keywordInContext(db, f(), '标准', 2)).toHaveLength(2);
		expect(await keywordInContext(db, f({ section: 'policy' }), '标准', 50)).toHaveLength(
			expected.filter((i) => i.section === 'policy').length
		);
		expect(await keywordInContext(db, f(), '   ', 50)).toEqual([]);
	});
});
