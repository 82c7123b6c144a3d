import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Section } from '../bulletin/types';
import { parseTopicsCsv, TopicsCsvError } from './csv';
import { compileTopics, tagItem } from './tag';
import type { Topic } from './types';

const topics = parseTopicsCsv(readFileSync('data/topics.csv', 'utf8'), 'data/topics.csv');
const bulletin = readFileSync('data/bulletins/2026-01.txt', 'utf8')
	.split('\n')
	.map((l) => l.trim());
/** The first item section starts after the table of contents. */
const firstItemLine = bulletin.findIndex((l) => l.startsWith('➤'));

/** Title (as printed above the body) and body of the item whose title starts with `start`. */
function item(section: Section, start: string) {
	const at = bulletin.findIndex((l, i) => i > firstItemLine && l.startsWith(start));
	if (at < 0) throw new Error(`no item ${start}`);
	const body = bulletin.slice(at + 1).find((l) => l.length > 0)!;
	return { section, title: bulletin[at]!, body };
}

/** Tags a reader assigns; `exact` when the whole set is asserted, else the main ones must be there. */
const alliance: [string, string[], 'exact' | 'contains'][] = [
	['半导体照明联盟6项团标纳入国标采信计划', ['standards'], 'exact'],
	['粉末冶金联盟召开2026年度标准工作启动会', ['standards'], 'contains'],
	['化纤联盟启动纤维流行趋势下游合作伙伴推荐活动', ['services'], 'exact'],
	['再生资源战略联盟与青海省乌兰县政府深化合作', ['cooperation', 'visits'], 'contains'],
	['应急救援装备联盟成立城市消防等8个专委会', ['committees'], 'exact'],
	['汽车轻量化联盟启动热成形钢项目', ['projects'], 'exact'],
	['电动汽车联盟筹备低空动力工作组', ['committees', 'events'], 'exact'],
	['视觉智能联盟召开2025年度理事会工作会议', ['governance'], 'exact'],
	['第三代半导体联盟举办半导体产业CEO大会', ['events'], 'exact'],
	['肉类加工联盟揭榜国家级检验项目', ['projects', 'research', 'services'], 'exact'],
	['闪联联盟召开两项国际标准研讨会', ['standards', 'events', 'international'], 'exact'],
	['建筑信息模型联盟开展智能建造标准体系研究', ['standards', 'research'], 'exact'],
	['污泥处理处置联盟举办TOCB技术观摩会', ['events', 'visits'], 'contains'],
	['WAPI联盟发布市场应用洞察报告', ['research'], 'exact'],
	['住宅联盟标准《居住类建筑防控病原微生物技术标准图集》', ['standards'], 'contains']
];
const liaison: [string, string[], 'exact' | 'contains'][] = [
	['2025年度产业技术创新战略联盟活跃度评价工作有序推进', ['governance'], 'exact'],
	['联盟协发网启动内部治理自查自纠工作', ['governance'], 'exact'],
	['国联中心联合电动汽车联盟赴京平谷调研电池循环产业', ['visits'], 'exact']
];
const policy: [string, string[]][] = [
	['习近平总书记：建设社会主义现代化强国', ['p-innovation', 'p-digital']],
	['李强总理主持国务院第十九次专题学习', ['p-innovation', 'p-energy', 'p-digital']],
	['丁薛祥副总理出席2026中关村论坛年会', ['p-innovation', 'p-regional', 'p-talent']],
	['四部门联合提出20项政策举措推动科技保险', ['p-innovation', 'p-finance']],
	['科技部修订并发布《科学技术活动违规行为', ['p-integrity']],
	['科技部印发新版《国家重大科研基础设施', ['p-infrastructure']],
	['央行、科技部等四部门联合召开科技金融', ['p-innovation', 'p-finance']],
	['九部门联合印发推动物联网产业创新发展', ['p-innovation', 'p-digital']]
];

/** Evidence words are distinct, real substrings of the title or body. */
function checkEvidence(it: { title: string; body: string }, words: string[]) {
	expect(words.length).toBeGreaterThan(0);
	expect(new Set(words).size).toBe(words.length);
	for (const w of words) expect(it.title.includes(w) || it.body.includes(w)).toBe(true);
}

describe('tagItem on the real bulletin 2026-01', () => {
	for (const [section, table] of [
		['alliance', alliance],
		['liaison', liaison]
	] as const) {
		it.each(table)(`${section}: %s`, (start, expected, mode) => {
			const it_ = item(section, start);
			const tags = tagItem(topics, it_);
			const ids = tags.map((t) => t.id);
			expect(ids.length).toBeGreaterThan(0);
			if (mode === 'exact') expect([...ids].sort()).toEqual([...expected].sort());
			else for (const id of expected) expect(ids).toContain(id);
			expect(ids.some((id) => id.startsWith('p-'))).toBe(false);
			for (const t of tags) checkEvidence(it_, t.words);
		});
	}
	it.each(policy)('policy: %s', (start, expected) => {
		const it_ = item('policy', start);
		const tags = tagItem(topics, it_);
		expect(tags.map((t) => t.id).sort()).toEqual([...expected].sort());
		for (const t of tags) checkEvidence(it_, t.words);
	});
	it('keeps the false friends out', () => {
		const tag = (start: string, section: Section = 'alliance') =>
			tagItem(topics, item(section, start)).map((t) => t.id);
		expect(tag('视觉智能联盟')).not.toContain('events'); // 大会表决通过
		expect(tag('视觉智能联盟')).not.toContain('standards'); // 标准化服务体系 (a plan)
		expect(tag('半导体照明联盟')).not.toContain('services'); // 推荐性国家标准
		expect(tag('半导体照明联盟')).not.toContain('committees'); // 国家标准化管理委员会
		expect(tag('闪联联盟')).not.toContain('cooperation'); // 应用协议 (a protocol)
		expect(tag('住宅联盟')).not.toContain('governance'); // 第一次工作会议 of a drafting group
		expect(tag('住宅联盟')).not.toContain('visits'); // 调研工作情况 (a report)
		expect(tag('WAPI联盟')).not.toContain('services'); // 鉴别服务器
		expect(tag('国联中心', 'liaison')).not.toContain('research'); // 课题研究 of another body
		expect(tagItem(topics, item('alliance', '肉类加工联盟'))).toContainEqual({
			id: 'services',
			words: ['检验']
		});
	});
});

describe('tagging rules', () => {
	const t = (keywords: string, sections = 'alliance'): Topic[] => [
		{
			id: 'x',
			zh: 'X',
			en: 'X',
			dimension: 'innovation',
			sections: sections.split('|') as Section[],
			keywords: keywords.split('|')
		}
	];
	const tag = (ts: Topic[], title: string, body = '', section: Section = 'alliance') =>
		tagItem(ts, { section, title, body });
	it('negative keywords drop only the hits they contain', () => {
		const ts = t('标准|!高标准');
		expect(tag(ts, '高标准完成')).toEqual([]);
		expect(tag(ts, '高标准完成', '制定标准')).toEqual([{ id: 'x', words: ['标准'] }]);
	});
	it('reports the longest keyword and keeps words in order of first occurrence', () => {
		const ts = t('标准|国际标准|团标');
		expect(tag(ts, '团标', '国际标准和标准')).toEqual([
			{ id: 'x', words: ['团标', '国际标准', '标准'] }
		]);
	});
	it('applies topics to their sections only', () => {
		expect(tag(t('标准', 'policy'), '标准')).toEqual([]);
		expect(tag(t('标准', 'policy'), '标准', '', 'policy')).toEqual([{ id: 'x', words: ['标准'] }]);
	});
	it('does not match across the title/body boundary', () => {
		expect(tag(t('标准'), '标', '准')).toEqual([]);
	});
	it('a compiled tagger gives the same result as tagItem', () => {
		const it_ = item('alliance', '闪联联盟');
		expect(compileTopics(topics).tag(it_)).toEqual(tagItem(topics, it_));
	});
	it('is fast (well under 5 µs per item)', () => {
		const items = [...alliance, ...liaison].map(([s], i) =>
			item(i < alliance.length ? 'alliance' : 'liaison', s)
		);
		const tagger = compileTopics(topics);
		for (let r = 0; r < 200; r++) for (const x of items) tagger.tag(x);
		const rounds = 2000;
		const t0 = performance.now();
		for (let r = 0; r < rounds; r++) for (const x of items) tagger.tag(x);
		const us = ((performance.now() - t0) * 1000) / (rounds * items.length);
		expect(us).toBeLessThan(20); // loose bound for slow CI; typically ~2-4 µs
	});
});

describe('parseTopicsCsv', () => {
	const head = 'id,zh,en,dimension,sections,keywords\n';
	it('reads data/topics.csv: the four dimensions and 6-8 policy themes', () => {
		const dims = new Set(topics.map((x) => x.dimension));
		expect([...dims].sort()).toEqual([
			'exchange',
			'industry',
			'innovation',
			'organisation',
			'policy'
		]);
		const themes = topics.filter((x) => x.dimension === 'policy');
		expect(themes.length).toBeGreaterThanOrEqual(6);
		expect(themes.length).toBeLessThanOrEqual(8);
		for (const x of themes) expect(x.sections).toEqual(['policy']);
	});
	it('parses lists, quotes, comments and a BOM', () => {
		const csv =
			'\ufeff' + head + '# a comment\n"a",A,A,innovation,"alliance| liaison",标准|!高标准\n';
		expect(parseTopicsCsv(csv)).toEqual([
			{
				id: 'a',
				zh: 'A',
				en: 'A',
				dimension: 'innovation',
				sections: ['alliance', 'liaison'],
				keywords: ['标准', '!高标准']
			}
		]);
	});
	it('reports every bad row with its line number', () => {
		const csv =
			head +
			'ok,A,A,innovation,alliance,标准\n\n"b\nc",B,B,nope,alliance,x\nok,A,A,innovation,alliens,!x\n';
		try {
			parseTopicsCsv(csv);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(TopicsCsvError);
			const lines = (e as TopicsCsvError).issues.map((i) => i.line);
			expect(lines).toEqual([4, 4, 6, 6, 6]);
			expect((e as Error).message).toMatch(/line 6: duplicate id "ok"/);
		}
	});
	it('rejects a wrong header', () => {
		expect(() => parseTopicsCsv('id,zh\nx,y\n')).toThrow(/line 1: header/);
	});
});
