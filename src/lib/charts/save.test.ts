// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chartFilename, standaloneSvg, svgMarkup } from './save';

describe('chartFilename', () => {
	it.each([
		['每期条目数', 'png', '每期条目数.png'],
		['Items per issue', 'svg', 'Items-per-issue.svg'],
		['联盟 × 月份 2026/01–03', 'svg', '联盟-×-月份-2026-01–03.svg'],
		[' :?* ', 'png', 'chart.png']
	] as const)('%s', (title, ext, name) => expect(chartFilename(title, ext)).toBe(name));
});

describe('standaloneSvg', () => {
	const svg = () => {
		const host = document.createElement('div');
		host.innerHTML =
			'<svg width="300" height="120"><g><rect class="mark" tabindex="0" role="img" width="10" height="10" style="fill: rgb(1, 2, 3)"></rect><text>4</text></g></svg>';
		document.body.append(host);
		return host.querySelector('svg')!;
	};

	it('adds the title band, a background and xmlns, and keeps the marks', () => {
		const out = standaloneSvg(svg(), '每期条目数', '#ffffff');
		expect(out.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		expect([
			out.getAttribute('width'),
			out.getAttribute('height'),
			out.getAttribute('viewBox')
		]).toEqual(['300', '148', '0 0 300 148']);
		expect([...out.children].map((c) => c.tagName)).toEqual(['rect', 'text', 'g']);
		expect(out.children[1]!.textContent).toBe('每期条目数');
		expect(out.querySelectorAll('g > g > rect')).toHaveLength(1);
	});

	it('inlines computed styles and drops interactive attributes', () => {
		const rect = standaloneSvg(svg()).querySelector('g rect')!;
		expect(rect.getAttribute('style')).toContain('fill:rgb(1, 2, 3)');
		expect(rect.hasAttribute('tabindex')).toBe(false);
		expect(rect.hasAttribute('class')).toBe(false);
	});

	it('leaves the page untouched and serialises with an XML declaration', () => {
		const original = svg();
		const markup = svgMarkup(original, '标题');
		expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
		expect(markup).toContain('标题');
		expect(original.getAttribute('height')).toBe('120');
		expect(original.querySelector('rect')!.getAttribute('tabindex')).toBe('0');
	});
});
