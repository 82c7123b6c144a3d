import { describe, expect, it } from 'vitest';
import { highlight, type Segment } from './highlight';

const plain = (text: string): Segment => ({ text, match: null });
const hit = (text: string, match = text): Segment => ({ text, match });

describe('highlight', () => {
	it.each<[string, string, string[], Segment[]]>([
		['no terms: one plain segment', '联盟召开标准工作会', [], [plain('联盟召开标准工作会')]],
		['blank terms are ignored', '联盟召开标准工作会', ['', '  '], [plain('联盟召开标准工作会')]],
		['empty text: no segments', '', ['标准'], []],
		[
			'one term in the middle',
			'联盟召开标准工作会',
			['标准'],
			[plain('联盟召开'), hit('标准'), plain('工作会')]
		],
		[
			'every occurrence, at both ends',
			'标准与团体标准',
			['标准'],
			[hit('标准'), plain('与团体'), hit('标准')]
		],
		[
			'the longest term wins where two start together',
			'发布标准化路线图',
			['标准', '标准化'],
			[plain('发布'), hit('标准化'), plain('路线图')]
		],
		[
			'two terms next to each other stay two marks',
			'标准会议',
			['标准', '会议'],
			[hit('标准'), hit('会议')]
		],
		[
			'case-insensitive; the segment keeps the text, match names the term',
			'发布 WAPI 报告',
			['wapi'],
			[plain('发布 '), hit('WAPI', 'wapi'), plain(' 报告')]
		],
		[
			'regex characters are literal',
			'a+b (c) [d] 1.5 x*y a/b',
			['(c)', '1.5', 'x*y', 'a/b'],
			[
				plain('a+b '),
				hit('(c)'),
				plain(' [d] '),
				hit('1.5'),
				plain(' '),
				hit('x*y'),
				plain(' '),
				hit('a/b')
			]
		],
		['a dot matches only a dot', '1x5', ['1.5'], [plain('1x5')]],
		[
			'markup stays text',
			'<script>alert(1)</script>标准',
			['<script>'],
			[hit('<script>'), plain('alert(1)</script>标准')]
		],
		[
			'duplicate terms and surrounding spaces',
			'产学研合作',
			[' 合作 ', '合作'],
			[plain('产学研'), hit('合作')]
		],
		[
			'astral characters are not split',
			'𠀋标准𠀋',
			['标准'],
			[plain('𠀋'), hit('标准'), plain('𠀋')]
		]
	])('%s', (_name, text, terms, expected) => {
		const segments = highlight(text, terms);
		expect(segments).toEqual(expected);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});
});
