import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDemoAlliances } from './archive-node';
import { generateArchive, type DemoIssue } from './generate';
import { HEADINGS, renderIssue, SYNTHETIC_MARK } from './render';

const real = readFileSync('data/bulletins/2026-01.txt', 'utf8');
const alliances = loadDemoAlliances('data/alliances.csv');
const issues = generateArchive({ issues: 30, seed: 3, alliances });

/**
 * The layout of a bulletin with its words blanked out: fixed lines kept, numbers as #, names after
 * 编辑/审核/签发 as ·, each run of contents entries as one line, each run of items as one ITEMS line.
 */
function skeleton(text: string): string {
	const lines = text.split('\n').map((line) => {
		if (line === '' || /^[★➤] /.test(line)) return line;
		if (/^(产业技术创新战略联盟试点工作|简 报|联盟试点工作联络组办公室|本期导读)$/.test(line))
			return line;
		if (/^\d{4}年第\d+期（总第\d+期）$|^\d{4}年\d+月\d+日$/.test(line))
			return line.replace(/\d+/g, '#');
		if (/^(本期编辑|审核|签发)：/.test(line)) return line.replace(/：.*/, '：·');
		if (/^(报|送)：|地址：|电话：|网站：|邮箱：/.test(line)) return line;
		if (line.startsWith('- ')) return '- ·';
		if (/^\(.*(供稿|摘述，信息来源：.+)\)$/.test(line)) return '(·)';
		return '·';
	});
	return lines
		.join('\n')
		.replace(/(- ·\n)+/g, '- ·…\n')
		.replace(/(·\n\n·\n\n\(·\)\n\n)+/g, 'ITEMS\n\n');
}

describe('renderIssue', () => {
	it('has the real issue’s skeleton: masthead, contents, headings, items, closing block', () => {
		const expected = skeleton(real);
		expect(expected).toContain('ITEMS');
		for (const issue of issues.slice(0, 10)) {
			const text = renderIssue(issue).replace(`${SYNTHETIC_MARK}\n\n`, '');
			expect(skeleton(text)).toBe(expected);
		}
	});

	it('marks the issue as synthetic right after 简 报, and starts like the real file', () => {
		const text = renderIssue(issues[0]!);
		expect(
			text.startsWith(`\n\n产业技术创新战略联盟试点工作\n\n简 报\n\n${SYNTHETIC_MARK}\n\n`)
		).toBe(true);
		expect(real.startsWith('\n\n产业技术创新战略联盟试点工作\n\n简 报\n\n')).toBe(true);
	});

	it('ends like the real file: the same address lines and no final newline', () => {
		const tail = real.slice(real.indexOf('联络组地址：'));
		for (const issue of issues) {
			const text = renderIssue(issue);
			expect(text.endsWith(tail)).toBe(true);
			expect(text).not.toMatch(/\r|\n$/);
		}
	});

	it('uses the real headings, including the different wording of the third in the contents', () => {
		const text = renderIssue(issues[0]!);
		for (const h of Object.values(HEADINGS)) {
			expect(real).toContain(`★ ${h.toc}\n`);
			expect(real).toContain(`➤ ${h.body}\n`);
			expect(text).toContain(`★ ${h.toc}\n`);
			expect(text).toContain(`➤ ${h.body}\n`);
		}
		expect(HEADINGS.alliance.toc).not.toBe(HEADINGS.alliance.body);
	});

	it('lists every item in the contents, in order, with the exact title', () => {
		for (const issue of issues) {
			const text = renderIssue(issue);
			const toc = text
				.split('\n')
				.filter((l) => l.startsWith('- '))
				.map((l) => l.slice(2));
			const all = [...issue.sections.policy, ...issue.sections.liaison, ...issue.sections.alliance];
			expect(toc).toEqual(all.map((x) => x.title));
		}
	});

	it('renders a small issue exactly', () => {
		const issue: DemoIssue = {
			year: 2025,
			number: 2,
			serial: 79,
			date: '2025-03-07',
			sections: {
				policy: [
					{
						title: '政策甲',
						body: '3月1日，正文甲。',
						attribution: '(联盟协发网秘书处和联盟试点工作联络组摘述，信息来源：新华社)'
					}
				],
				liaison: [
					{
						title: '联络乙',
						body: '正文乙。',
						attribution: '(联盟协发网秘书处和联盟试点工作联络组供稿)'
					}
				],
				alliance: [
					{ title: '联盟丙', body: '正文丙。', attribution: '(某产业技术创新战略联盟秘书处供稿)' }
				]
			},
			staff: { editor: '编甲', reviewer: '审乙', signer: '签丙' }
		};
		const text = renderIssue(issue);
		const head = [
			'',
			'',
			'产业技术创新战略联盟试点工作',
			'',
			'简 报',
			'',
			SYNTHETIC_MARK,
			'',
			'2025年第2期（总第79期）',
			'',
			'联盟试点工作联络组办公室',
			'',
			'2025年3月7日',
			'',
			'本期导读',
			'',
			'★ 重要政策动态',
			'',
			'- 政策甲',
			'',
			'★ 联盟联络组及协发网动态',
			'',
			'- 联络乙',
			'',
			'★ 试点联盟及协发网网员单位动态',
			'',
			'- 联盟丙',
			'',
			'➤ 重要政策动态',
			'',
			'政策甲',
			'',
			'3月1日，正文甲。',
			'',
			'(联盟协发网秘书处和联盟试点工作联络组摘述，信息来源：新华社)',
			'',
			'➤ 联盟联络组及协发网动态',
			'',
			'联络乙',
			'',
			'正文乙。',
			'',
			'(联盟协发网秘书处和联盟试点工作联络组供稿)',
			'',
			'➤ 试点联盟动态及协发网网员单位动态',
			'',
			'联盟丙',
			'',
			'正文丙。',
			'',
			'(某产业技术创新战略联盟秘书处供稿)',
			'',
			real.slice(real.indexOf('报：'), real.indexOf('\n', real.indexOf('报：'))),
			'',
			real.slice(real.indexOf('送：'), real.indexOf('\n', real.indexOf('送：'))),
			'',
			'本期编辑：编甲',
			'',
			'审核：审乙',
			'',
			'签发：签丙',
			''
		].join('\n');
		expect(text).toBe(head + '\n' + real.slice(real.indexOf('联络组地址：')));
	});
});
