import { describe, expect, it } from 'vitest';
import { labelColumnWidth, legendLayout, textWidth, truncate } from './text';

describe('textWidth', () => {
	it.each([
		['', 0],
		['联盟', 24],
		['AB', 14.4],
		['第1期', 31.2],
		['（）', 24]
	])('%s at 12px', (s, w) => expect(textWidth(s, 12)).toBeCloseTo(w, 5));
});

describe('truncate', () => {
	it.each([
		['半导体照明联盟', 200, '半导体照明联盟'],
		['半导体照明产业技术创新战略联盟', 72, '半导体照明…'],
		['abc', 0, '…']
	])('%s in %d px', (s, w, out) => expect(truncate(s, w, 12)).toBe(out));
});

describe('legendLayout', () => {
	it('wraps entries that do not fit', () => {
		const l = legendLayout(['重要政策动态', '联盟联络组及协发网动态', '试点联盟动态'], 260);
		expect(l.items).toEqual([
			{ x: 0, y: 0 },
			{ x: 104, y: 0 },
			{ x: 0, y: 20 }
		]);
		expect(l.height).toBe(40);
	});
	it('has no height when empty', () => expect(legendLayout([], 300).height).toBe(0));
});

describe('labelColumnWidth', () => {
	it.each([
		[['茶'], 640, 48],
		[['试点联盟动态'], 640, 84],
		[['半导体照明产业技术创新战略联盟'], 1200, 192],
		[['半导体照明产业技术创新战略联盟'], 390, 156],
		[['一二三四五六七八九十一二三四五六七八九十'], 1200, 220]
	])('%j in %d px', (labels, width, out) => expect(labelColumnWidth(labels, width)).toBe(out));
});
