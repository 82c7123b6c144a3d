import { describe, expect, it } from 'vitest';
import {
	dateLabel,
	formatNumber,
	formatPercent,
	monthLabel,
	monthTickLabel,
	periodLabel
} from './format';

describe('numbers', () => {
	it.each([
		[0, '0'],
		[7, '7'],
		[1234, '1,234'],
		[12.5, '12.5'],
		[3.14159, '3.14'],
		[-2, '−2'],
		[NaN, '—']
	])('formatNumber(%d) = %s', (n, s) => expect(formatNumber(n)).toBe(s));

	it.each([
		[0.425, '43%'],
		[1, '100%'],
		[Infinity, '—']
	])('formatPercent(%d) = %s', (n, s) => expect(formatPercent(n)).toBe(s));
});

describe('months and dates', () => {
	it.each([
		['2026-04', '2026年4月', 'Apr 2026'],
		['2026-12', '2026年12月', 'Dec 2026'],
		['2026-13', '2026-13', '2026-13']
	])('monthLabel(%s)', (ym, zh, en) => {
		expect(monthLabel(ym, 'zh-CN')).toBe(zh);
		expect(monthLabel(ym, 'en')).toBe(en);
	});

	it.each([
		['2026-04', '4月', 'Apr'],
		['2026-01', '2026年1月', 'Jan 2026']
	])('monthTickLabel(%s)', (ym, zh, en) => {
		expect(monthTickLabel(ym, 'zh-CN')).toBe(zh);
		expect(monthTickLabel(ym, 'en')).toBe(en);
	});

	it.each([
		['2026-04-20', '2026年4月20日', '20 Apr 2026'],
		['2026-01-01', '2026年1月1日', '1 Jan 2026'],
		['2026-04', '2026年4月', 'Apr 2026'],
		['2026-02-30', '2026-02-30', '2026-02-30']
	])('dateLabel(%s)', (date, zh, en) => {
		expect(dateLabel(date, 'zh-CN')).toBe(zh);
		expect(dateLabel(date, 'en')).toBe(en);
	});

	it.each([
		['2026-01', '2026-06', '2026年1月—2026年6月', 'Jan 2026 – Jun 2026'],
		['2026-03', '2026-03', '2026年3月', 'Mar 2026'],
		['2026-01', null, '2026年1月起', 'from Jan 2026'],
		[null, '2026-06', '至2026年6月', 'until Jun 2026'],
		[null, null, '', '']
	])('periodLabel(%s, %s)', (from, to, zh, en) => {
		expect(periodLabel(from, to, 'zh-CN')).toBe(zh);
		expect(periodLabel(from, to, 'en')).toBe(en);
	});
});
