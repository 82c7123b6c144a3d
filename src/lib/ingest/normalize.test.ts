import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAndNormalize, displayWidth, normalizeText } from './normalize';

const root = new URL('../../../', import.meta.url);
const readText = (path: string) => readFileSync(new URL(path, root), 'utf8');

const original = readText('data/bulletins/2026-01.txt');
const pdfText = readText('tests/fixtures/2026-01.pdf.txt');
const expected = normalizeText(original);
const pdf = normalizeText(pdfText);
const pdfLines = pdf.split('\n');

/** The item titles listed under 本期导读 (lines beginning with "- "). */
const tocTitles = original
	.slice(original.indexOf('本期导读'), original.indexOf('➤'))
	.split('\n')
	.filter((l) => l.startsWith('- '))
	.map((l) => l.slice(2));
/** The attribution lines, e.g. "(半导体照明产业技术创新战略联盟秘书处供稿)". */
const attributions = original.split('\n').filter((l) => /^\(.*\)$/.test(l));

/** Chinese filler text of `n` characters, with no punctuation. */
const han = (n: number, from = 0) =>
	Array.from({ length: n }, (_, i) => '联盟试点工作简报产业技术创新战略'[(from + i) % 16]).join('');

describe('normalizeText: one rule at a time', () => {
	it.each([
		['CRLF to LF', '标题\r\n正文\r\n', '标题\n正文\n'],
		['lone CR to LF', '标题\r正文', '标题\n正文\n'],
		['U+3000 indentation stripped', '\u3000\u30002月9日，会议召开。', '2月9日，会议召开。\n'],
		['U+3000 inside text becomes a space', '高质量发展\u3000有力支撑', '高质量发展 有力支撑\n'],
		['NBSP becomes a space', '联络组\u00a0地址', '联络组 地址\n'],
		['leading ASCII indentation stripped', '    2月9日，会议召开。', '2月9日，会议召开。\n'],
		['zero-width characters removed', '联\u200b盟\u200c简\u200d报\ufeff\u2060', '联盟简报\n'],
		['trailing spaces and tabs removed', '标题 \t \n正文\u3000', '标题\n正文\n'],
		['runs of spaces collapse', '电话：010  网站：x', '电话：010 网站：x\n'],
		['form feed removed', '第一页末行。\n\f第二页首行。\f', '第一页末行。\n第二页首行。\n'],
		[
			'blank lines kept where nothing is wrapped (line numbers stay)',
			'甲。\n\n\n\n乙。',
			'甲。\n\n\n\n乙。\n'
		],
		['leading blank lines kept, trailing dropped', '\n\n\n甲。\n\n\n', '\n\n\n甲。\n'],
		['whitespace only gives empty text', ' \n\u3000\n\f\n', ''],
		['space between two Han characters kept', '简 报', '简 报\n']
	])('%s', (_, input, output) => {
		expect(normalizeText(input)).toBe(output);
	});

	it.each([
		['— 3 —'],
		['- 3 -'],
		['－3－'],
		['–12–'],
		['第 3 页'],
		['第3页'],
		['第 3 页 共 10 页'],
		['第3页/共10页']
	])('drops the page-number line "%s"', (page) => {
		expect(normalizeText(`甲。\n\n${page}\n\n乙。`)).toBe('甲。\n\n乙。\n');
		expect(normalizeText(`甲。\n    ${page}\n\f乙。`)).toBe('甲。\n乙。\n');
	});

	it('drops a bare number only next to a page break', () => {
		expect(normalizeText('甲。\n\n3\n\f乙。')).toBe('甲。\n乙。\n');
		expect(normalizeText('甲。\n\f12\n乙。')).toBe('甲。\n乙。\n');
		expect(normalizeText('甲。\n\n3\n\n乙。')).toBe('甲。\n\n3\n\n乙。\n');
	});

	it('keeps table-of-contents entries that look a little like page numbers', () => {
		expect(normalizeText('- 3项标准发布\n- 8个专委会成立')).toBe(
			'- 3项标准发布\n- 8个专委会成立\n'
		);
	});
});

describe('normalizeText: spaces between Chinese and digits/Latin (PDF extraction)', () => {
	it.each([
		['2026 年第 1 期（总第 84 期）', '2026年第1期（总第84期）'],
		['2 月 9 日，习近平总书记', '2月9日，习近平总书记'],
		['总第 84 期', '总第84期'],
		['在北京召开 ISO/IEC 两项国际标准研讨会', '在北京召开ISO/IEC两项国际标准研讨会'],
		['举办半导体产业 CEO 大会', '举办半导体产业CEO大会'],
		['第 1 期\n(BIM 产业技术创新战略联盟秘书处供稿)', '第1期\n(BIM产业技术创新战略联盟秘书处供稿)'],
		['突破 3.5 万亿元，增长 20% 以上', '突破3.5万亿元，增长20%以上'],
		['第 1 期 ISO/IEC 2 standards', '第1期ISO/IEC 2 standards'],
		['第 3 期 see page 12 of the annex', '第3期see page 12 of the annex'],
		// contact labels keep the space that separates them from the value before
		['学院南路 76 号 902 电话：010-62184883', '学院南路76号902 电话：010-62184883'],
		[
			'网站：www.citisa.org 联盟协发网微信公众号：CITISA',
			'网站：www.citisa.org 联盟协发网微信公众号：CITISA'
		]
	])('%s', (input, output) => {
		expect(normalizeText(input)).toBe(output + '\n');
	});

	it('leaves a text with no sign of extraction spacing alone', () => {
		const clean = '联络组地址：北京市海淀区学院南路76号(南院)新材料大楼902 电话：010-62184883';
		expect(normalizeText(clean)).toBe(clean + '\n');
		expect(normalizeText('WAPI 联盟 and CEO 大会')).toBe('WAPI 联盟 and CEO 大会\n');
	});
});

describe('normalizeText: joining hard-wrapped lines', () => {
	const W = 30; // characters per wrapped line in these synthetic documents
	const para = (n: number, seed: number) => han(n, seed) + '。';
	const wrap = (s: string) => s.match(new RegExp(`.{1,${W}}`, 'gu')) as string[];

	it('joins the wrap lines of a paragraph and nothing else', () => {
		const body = para(100, 3);
		const doc = [
			'联盟召开标准工作启动会',
			...wrap(body),
			'(粉末冶金产业技术创新战略联盟秘书处供稿)'
		];
		expect(normalizeText(doc.join('\n'))).toBe(
			['联盟召开标准工作启动会', body, '(粉末冶金产业技术创新战略联盟秘书处供稿)', ''].join('\n')
		);
	});

	it('keeps blank lines as paragraph breaks', () => {
		const a = para(70, 1);
		const b = para(70, 2);
		const doc = [...wrap(a), '', ...wrap(b)].join('\n');
		expect(normalizeText(doc)).toBe(`${a}\n\n${b}\n`);
	});

	it('does not join after sentence-final punctuation when paragraphs are not blank-separated', () => {
		const first = han(W - 1) + '。';
		const second = [han(W, 5), han(W, 6), han(10, 7) + '。'];
		const titles = ['标题一', '标题二', '标题三', '标题四', '标题五', '标题六'];
		expect(normalizeText([first, ...second, ...titles].join('\n'))).toBe(
			[first, second.join(''), ...titles, ''].join('\n')
		);
	});

	it('joins across a full line ending in 。 when paragraphs are blank-separated', () => {
		const body = han(W - 1) + '。' + han(W - 1, 4) + '。' + han(W, 2) + han(15, 9) + '。';
		const doc = ['标题', '', ...wrap(body), '', '(甲供稿)', '', '乙', '', '丙', '', '丁', '', '戊'];
		expect(normalizeText(doc.join('\n'))).toBe(
			`标题\n\n${body}\n\n(甲供稿)\n\n乙\n\n丙\n\n丁\n\n戊\n`
		);
	});

	it.each([
		['- 目录条目'],
		['★ 重要政策动态'],
		['➤ 联盟联络组及协发网动态'],
		['(半导体照明产业技术创新战略联盟秘书处供稿)'],
		['（联盟协发网秘书处供稿）'],
		['2026年第1期（总第84期）'],
		['2026年4月20日'],
		['本期导读'],
		['报：科技部、发展改革委'],
		['送：各试点产业技术创新战略联盟'],
		['本期编辑：杨丹泽'],
		['审核：尚辉良'],
		['签发：李新男'],
		['联络组地址：北京市海淀区'],
		['电话：010-65987533'],
		['联盟联络组/联盟协发网网站：www.citisa.org'],
		['新闻投稿专用邮箱：tougao@citisa.org'],
		['2月9日，习近平总书记'],
		['近日，国家标准化管理委员会']
	])('never joins the marker line "%s" onto a long line', (marker) => {
		const long = [han(W), han(W, 1), han(W, 2)];
		expect(normalizeText([...long, marker].join('\n'))).toBe(`${long.join('')}\n${marker}\n`);
	});

	it('never joins short lines (titles, header, closing block) to each other', () => {
		const head = [
			'产业技术创新战略联盟试点工作',
			'简 报',
			'2026年第1期（总第84期）',
			'联盟试点工作联络组办公室',
			'2026年4月20日'
		];
		const doc = [...head, ...wrap(para(90, 0)), '本期编辑：杨丹泽', '审核：尚辉良', '签发：李新男'];
		expect(normalizeText(doc.join('\n'))).toBe(
			[...head, para(90, 0), '本期编辑：杨丹泽', '审核：尚辉良', '签发：李新男', ''].join('\n')
		);
	});

	it('puts a space between Latin words joined across a wrap, none between Chinese and Latin', () => {
		const en = 'The alliance published two international standards drafts in the';
		const doc = [en, en, en, 'ISO/IEC series.'].join('\n');
		expect(normalizeText(doc)).toBe(`${en} ${en} ${en} ISO/IEC series.\n`);
	});

	it('does not join anything in a text that is not hard-wrapped (one paragraph per line)', () => {
		expect(normalizeText(original)).toBe(original.replace(/\n+$/, '') + '\n');
	});

	it('joins a wrap split by a page break, page number and the blank lines around it', () => {
		const body = para(100, 2);
		const lines = wrap(body);
		const doc = ['标题', ...lines.slice(0, 2), '', '— 2 —', '', '\f' + lines.slice(2).join('\n')];
		expect(normalizeText(doc.join('\n'))).toBe(`标题\n${body}\n`);
	});
});

describe('normalizeText: the LibreOffice PDF of the real bulletin (pdftotext -layout)', () => {
	it('has the artefacts it is meant to remove', () => {
		expect(pdfText).toContain('\f');
		expect(pdfText).toContain('2026 年第 1 期（总第 84 期）');
		expect(pdfText.split('\n').length).toBeGreaterThan(original.split('\n').length + 50);
	});

	it('lists 26 items under 本期导读', () => {
		expect(tocTitles).toHaveLength(26);
		expect(attributions).toHaveLength(26);
	});

	it.each(tocTitles)('has the TOC entry and the title "%s" as lines', (title) => {
		expect(pdfLines).toContain(`- ${title}`);
		const bare = (s: string) => s.replace(/\s/g, '');
		expect(pdfLines.map(bare)).toContain(bare(title));
		expect(pdfLines.filter((l) => bare(l) === bare(title))).toHaveLength(1);
	});

	it.each(attributions)('has the attribution %s as a line', (attribution) => {
		expect(pdfLines).toContain(attribution);
	});

	it('differs from the original in one line only: a space lost at a PDF line end', () => {
		const want = expected.replace(/^\n+/, '').split('\n');
		expect(pdfLines).toHaveLength(want.length);
		const diff = want.flatMap((line, i) => (line === pdfLines[i] ? [] : [i]));
		expect(diff).toHaveLength(1);
		const i = diff[0] as number;
		expect(want[i]).toContain('高质量发展 有力支撑');
		expect(pdfLines[i]).toBe((want[i] as string).replace('发展 有力', '发展有力'));
	});

	it('gives the same text when page numbers and footer blank lines are added', () => {
		let page = 0;
		const paged = pdfText.replace(/\n?\f/g, () => `\n\n          — ${++page} —\n\n\f`);
		expect(page).toBeGreaterThan(3);
		expect(normalizeText(paged)).toBe(pdf);
	});

	it('is idempotent', () => {
		expect(normalizeText(pdf)).toBe(pdf);
		expect(normalizeText(expected)).toBe(expected);
	});

	it('decodeAndNormalize reads the extracted text as UTF-8', () => {
		const bytes = new Uint8Array(readFileSync(new URL('tests/fixtures/2026-01.pdf.txt', root)));
		expect(decodeAndNormalize(bytes, '2026-01.pdf.txt')).toEqual({ text: pdf, encoding: 'utf-8' });
	});
});

describe('displayWidth', () => {
	it('counts CJK as 2 and ASCII as 1', () => {
		expect(displayWidth('联盟CEO大会，')).toBe(2 * 5 + 3);
	});
});
