import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../bulletin/types';
import { GRADE_LABELS, GRADES } from '../evaluation/types';
import { DIMENSIONS } from '../topics/types';
import { en } from './en';
import { interpolate, isLocale, translate } from './translate';
import { zh } from './zh';

describe('dictionaries', () => {
	it('zh and en have exactly the same keys', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
	});

	it('no message is blank', () => {
		for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) {
			expect(value.trim(), key).not.toBe('');
		}
	});

	it('each key uses the same placeholders in both languages', () => {
		const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
			expect(names(en[key]), key).toEqual(names(zh[key]));
		}
	});

	it.each([
		['app.name', '联盟活跃度看板', 'Alliance Pulse'],
		['nav.evaluation', '活跃度评价', 'Evaluation'],
		['section.liaison', '联盟联络组及协发网动态', 'Liaison group and network news'],
		['dimension.exchange', '宣传交流合作', 'Publicity, exchange and cooperation'],
		['grade.fairly-high', '活跃度较高', 'Fairly high'],
		['grade.average', '活跃度一般', 'Average'],
		['chart.savePng', '保存 PNG', 'Save PNG'],
		['export.csv', '导出 CSV', 'Export CSV'],
		['empty.items', '当前筛选条件下没有条目', 'No items match the current filters'],
		['badge.synthetic', '合成数据', 'Synthetic data']
	] as const)('%s', (key, zhText, enText) => {
		expect(translate('zh-CN', key)).toBe(zhText);
		expect(translate('en', key)).toBe(enText);
	});
});

describe('interpolate', () => {
	it.each([
		['{n} 条', { n: 3 }, '3 条'],
		['{year}年第{q}季度', { year: 2026, q: 2 }, '2026年第2季度'],
		['没有找到包含“{q}”的条目', { q: '标准' }, '没有找到包含“标准”的条目'],
		['{missing} stays', {}, '{missing} stays'],
		['no vars', undefined, 'no vars'],
		['{a}{a}', { a: 'x' }, 'xx']
	])('%s', (template, vars, out) => expect(interpolate(template, vars)).toBe(out));

	it('fills a value that itself looks like a placeholder only once', () => {
		expect(interpolate('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
	});
});

describe('isLocale', () => {
	it.each([
		['zh-CN', true],
		['en', true],
		['zh', false],
		[null, false]
	])('%s', (s, ok) => expect(isLocale(s)).toBe(ok));
});

describe('keys line up with the domain ids, so pages can build them', () => {
	it.each([
		['section', SECTIONS],
		['dimension', [...DIMENSIONS, 'policy']],
		['grade', GRADES]
	] as const)('%s.<id> exists for every id', (prefix, ids) => {
		for (const id of ids) expect(Object.keys(zh)).toContain(`${prefix}.${id}`);
	});

	it('grade labels match the evaluation module', () => {
		for (const g of GRADES) {
			expect(translate('zh-CN', `grade.${g}`)).toBe(GRADE_LABELS[g].zh);
			expect(translate('en', `grade.${g}`)).toBe(GRADE_LABELS[g].en);
		}
	});
});
