import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');
const block = (selector: string) => {
	const start = css.indexOf(`${selector} {`);
	return css.slice(start, css.indexOf('}', start));
};
const vars = (text: string) =>
	[...text.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]);

describe('theme.css', () => {
	const light = vars(block(':root'));
	const darkMedia = vars(block(":root:not([data-theme='light'])"));
	const darkForced = vars(block(":root[data-theme='dark']"));

	it('the forced dark theme equals the prefers-color-scheme one', () => {
		expect(darkForced).toEqual(darkMedia);
	});

	it('defines every colour the charts use, in light and dark', () => {
		const used = [
			...Array.from({ length: 10 }, (_, i) => `--series-${i}`),
			...Array.from({ length: 6 }, (_, i) => `--heat-${i}`),
			'--heat-zero-stroke',
			'--bg',
			'--surface',
			'--text',
			'--text-muted',
			'--border',
			'--axis',
			'--grid',
			'--hover',
			'--focus',
			'--accent',
			'--accent-soft',
			'--link',
			'--danger'
		];
		for (const theme of [light, darkMedia]) {
			const names = theme.map(([n]) => n);
			for (const v of used) expect(names, v).toContain(v);
		}
	});

	it('uses the CJK font stack', () => {
		expect(css).toContain(
			"'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB',\n\t\tsystem-ui, sans-serif"
		);
	});
});
