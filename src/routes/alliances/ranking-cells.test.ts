import { describe, expect, it } from 'vitest';
import type { RankingRow } from '$lib/queries/ranking';
import { rankingCells, type CellWords } from './ranking-cells';

const words = (locale: CellWords['locale']): CellWords => ({
	locale,
	shortName: (id) => ({ a: '甲联盟' })[id],
	topicLabel: (id) =>
		({ events: '会议与活动', standards: '标准制定', governance: '组织治理' })[id] ?? id,
	topicRank: (id) => ['governance', 'standards', 'events'].indexOf(id),
	count: String
});

const active: RankingRow = {
	allianceId: 'a',
	name: '甲产业技术创新战略联盟',
	items: 12,
	issuesPresent: 9,
	share: 0.0254,
	firstDate: '2024-02-08',
	lastDate: '2025-12-10',
	daysSinceLast: 131,
	longestGap: 3,
	activityTypes: ['events', 'governance', 'standards']
};
const silent: RankingRow = {
	...active,
	allianceId: 'b',
	name: '乙产业技术创新战略联盟',
	items: 0,
	issuesPresent: 0,
	share: 0,
	firstDate: null,
	lastDate: null,
	daysSinceLast: null,
	longestGap: 24,
	activityTypes: []
};

describe('rankingCells', () => {
	it('words a row as the table shows it: short name, one-decimal share, dates, types by register order', () => {
		expect(rankingCells([active, silent], words('zh-CN'))).toEqual([
			{
				id: 'a',
				rank: '1',
				name: '甲联盟',
				fullName: '甲产业技术创新战略联盟',
				items: 12,
				issues: 9,
				share: '2.5%',
				first: '2024年2月8日',
				last: '2025年12月10日',
				days: '131',
				gap: 3,
				types: '3 · 组织治理、标准制定、会议与活动',
				silent: false
			},
			{
				id: 'b',
				rank: '',
				name: '乙产业技术创新战略联盟',
				fullName: '乙产业技术创新战略联盟',
				items: 0,
				issues: 0,
				share: '0.0%',
				first: '—',
				last: '—',
				days: '—',
				gap: 24,
				types: '—',
				silent: true
			}
		]);
	});

	it('uses English dates and separators in English', () => {
		const [row] = rankingCells([active], words('en'));
		expect(row).toMatchObject({ first: '8 Feb 2024', types: '3 · 组织治理, 标准制定, 会议与活动' });
	});
});
