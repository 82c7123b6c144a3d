import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEventDate } from './event-date';

const bulletin = readFileSync('data/bulletins/2026-01.txt', 'utf8')
	.split('\n')
	.map((l) => l.trim());
const firstItemLine = bulletin.findIndex((l) => l.startsWith('➤'));

/** Body of the item whose printed title starts with `start`. */
function body(start: string): string {
	const at = bulletin.findIndex((l, i) => i > firstItemLine && l.startsWith(start));
	if (at < 0) throw new Error(`no item ${start}`);
	return bulletin.slice(at + 1).find((l) => l.length > 0)!;
}

const ISSUE = '2026-04-20';
/** Every item of 2026-01: title start → [date, precision] or null. */
const real: [string, [string, 'day' | 'month' | 'year'] | null][] = [
	['习近平总书记', ['2026-02-09', 'day']],
	['李强总理', ['2026-04-20', 'day']],
	['丁薛祥副总理', ['2026-03-25', 'day']],
	['四部门联合提出20项政策举措', ['2026-02-23', 'day']],
	['科技部修订并发布', ['2026-03-20', 'day']],
	['科技部印发新版', ['2026-02-01', 'day']],
	['央行、科技部等四部门', ['2026-03-31', 'day']],
	['九部门联合印发', ['2026-03-16', 'day']],
	['2025年度产业技术创新战略联盟活跃度评价', null], // 日前 …; 将于4月下旬 is announced, not the event
	['联盟协发网启动内部治理', ['2026-03-23', 'day']],
	['国联中心联合电动汽车联盟', ['2026-04-02', 'day']],
	['半导体照明联盟', null], // 近日; 2026年第一批 is not an event date
	['粉末冶金联盟', null], // 日前; 2026年度
	['化纤联盟', null], // 2026-2027年度
	['再生资源战略联盟', ['2026-03-17', 'day']],
	['应急救援装备联盟', ['2025-01-01', 'year']], // 于2025年内
	['汽车轻量化联盟', ['2026-01-29', 'day']],
	['电动汽车联盟筹备', ['2026-01-06', 'day']],
	['视觉智能联盟', ['2026-01-21', 'day']],
	['第三代半导体联盟', ['2026-01-19', 'day']],
	['肉类加工联盟', null], // 2025年食品补充检验方法项目
	['闪联联盟', ['2026-01-12', 'day']],
	['建筑信息模型联盟', ['2026-01-01', 'year']], // 2026年初
	['污泥处理处置联盟', ['2026-01-11', 'day']],
	['WAPI联盟', ['2026-02-01', 'month']], // 2月，
	['住宅联盟标准', ['2026-04-02', 'day']]
];

describe('extractEventDate on the real bulletin 2026-01', () => {
	it('covers every item', () => {
		const toc = bulletin.slice(0, firstItemLine).filter((l) => l.startsWith('- '));
		expect(real.length).toBe(toc.length);
	});
	it.each(real)('%s', (start, expected) => {
		const got = extractEventDate(body(start), ISSUE, 2026);
		expect(got).toEqual(expected ? { date: expected[0], precision: expected[1] } : null);
	});
});

describe('extractEventDate rules', () => {
	const x = (text: string, issueDate: string | null = ISSUE, year = 2026) =>
		extractEventDate(text, issueDate, year);
	it.each([
		['2026年3月20日，联盟召开会议', '2026-03-20', 'day'],
		['联盟于2025年12月召开年会', '2025-12-01', 'month'],
		['3月17日，政府到访', '2026-03-17', 'day'],
		['1月，联盟发布报告', '2026-01-01', 'month'],
		['联盟于3月底完成评审', '2026-03-01', 'month'],
		['截至2月，已完成', '2026-02-01', 'month'],
		['1月下旬，联盟召开会议', '2026-01-01', 'month'],
		['联盟于2026年底建成平台', '2026-01-01', 'year'],
		['2026年上半年，联盟完成', '2026-01-01', 'year'],
		['２０２６年３月５日，会议召开', '2026-03-05', 'day'],
		['2026 年 3 月 5 日，会议召开', '2026-03-05', 'day'],
		['3月5号，会议召开', '2026-03-05', 'day']
	] as const)('%s → %s (%s)', (text, date, precision) => {
		expect(x(text)).toEqual({ date, precision });
	});
	it('puts a month later than the issue month in the previous year', () => {
		expect(x('12月5日，联盟召开年会')).toEqual({ date: '2025-12-05', precision: 'day' });
		expect(x('12月，联盟召开年会', '2026-01-15', 2026)).toEqual({
			date: '2025-12-01',
			precision: 'month'
		});
		expect(x('4月25日，联盟召开年会')).toEqual({ date: '2026-04-25', precision: 'day' });
		expect(x('去年11月3日，联盟成立', '2026-12-20', 2026)).toEqual({
			date: '2025-11-03',
			precision: 'day'
		});
	});
	it('uses the issue year without rollback when the issue date is unknown', () => {
		expect(x('12月5日，联盟召开年会', null, 2026)).toEqual({
			date: '2026-12-05',
			precision: 'day'
		});
		expect(x('2月，联盟发布报告', null, 2025)).toEqual({ date: '2025-02-01', precision: 'month' });
	});
	it('skips impossible dates and keeps scanning', () => {
		expect(x('2月30日，会议；3月2日，发布')).toEqual({ date: '2026-03-02', precision: 'day' });
		expect(x('2026年2月29日会议召开')).toBeNull();
		expect(x('2024年2月29日会议召开')).toEqual({ date: '2024-02-29', precision: 'day' });
		expect(x('13月1日，会议')).toBeNull();
		expect(x('4月31日，会议')).toBeNull();
	});
	it.each([
		'近日，联盟召开会议',
		'日前，联盟召开2026年度标准工作启动会',
		'启动中国纤维流行趋势2026-2027年度推荐活动',
		'揭榜2025年食品补充检验方法项目',
		'明确到2028年物联网核心产业规模突破3.5万亿元',
		'下达2026年第一批推荐性国家标准采信团体标准计划',
		'项目周期6个月',
		'联盟将于4月下旬发布评价报告',
		'联盟在2026年内蒙古召开会议',
		'到2035年12月31日前完成',
		'力争2026年底前建成',
		'须于3月31日前提交'
	])('gives no date for %s', (text) => {
		expect(x(text)).toBeNull();
	});
	it('takes a bare month only at a clause start or before ，、底初旬', () => {
		expect(x('报告显示3月销量增长')).toBeNull();
		expect(x('联盟，3月召开会议')).toEqual({ date: '2026-03-01', precision: 'month' });
	});
	it('returns the first date, not the earliest', () => {
		expect(x('3月5日，会议召开，会议回顾了1月10日的工作')).toEqual({
			date: '2026-03-05',
			precision: 'day'
		});
	});
});
