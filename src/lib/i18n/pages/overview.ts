/** Strings of the overview page: zh is the source of truth, en has the same keys. Keys start with 'overview.'. */
export const zh = {
	'overview.intro': '联络组简报中的条目、供稿联盟与活动类型，按当前筛选条件统计。',
	'overview.preview': '数据库启动中：先显示预先统计的全量数字，启动后换成实时查询结果。',
	'overview.error': '{view}加载失败：{message}',

	'overview.stats.title': '主要数字',
	'overview.stats.view': '总览数字',
	'overview.stats.metric': '指标',
	'overview.stats.value': '数值',
	'overview.stat.issues': '简报期数',
	'overview.stat.items': '条目',
	'overview.stat.allianceItems': '试点联盟动态条目',
	'overview.stat.activeAlliances': '活跃联盟',
	'overview.stat.silentAlliances': '无供稿的登记联盟',
	'overview.stat.syntheticItems': '合成数据条目',
	'overview.stat.pending': '统计中',

	'overview.perIssue.title': '各期条目数（按栏目）',
	'overview.perIssue.caption': '每期简报各栏目的条目数，按出版顺序排列。',
	'overview.perIssue.view': '各期条目数',
	'overview.perIssue.issue': '期次',
	'overview.perIssue.issueId': '期号',
	'overview.perIssue.label': '{year}年第{number}期',
	'overview.perIssue.short': '{year}年{number}期',
	'overview.perMonth.title': '各月条目数（按栏目）',
	'overview.perMonth.caption':
		'所选时段共 {issues} 期，逐期显示过密，按出版月份汇总各栏目的条目数。',
	'overview.perMonth.view': '各月条目数',
	'overview.perMonth.month': '月份',

	'overview.top.title': '供稿最多的联盟',
	'overview.top.caption': '按供稿条目数排前 {n} 的联盟；点击柱条查看该联盟。',
	'overview.top.view': '供稿最多的联盟',
	'overview.top.rank': '排名',
	'overview.top.alliance': '联盟',
	'overview.top.id': '联盟标识',

	'overview.mix.title': '活动类型构成',
	'overview.mix.caption': '带有各活动类型（或政策主题）的条目数；一条条目可有多个类型。',
	'overview.mix.view': '活动类型构成',
	'overview.mix.type': '活动类型',
	'overview.mix.dimension': '评价维度',

	'overview.changes.title': '与上一时期相比',
	'overview.changes.caption':
		'本期 {current}，对比上一时期 {previous}（各 {months} 个月）；其他筛选条件同时作用于两个时期。',
	'overview.changes.view': '时期对比',
	'overview.changes.none': '没有可比较的时期：档案中还没有带日期的简报。',
	'overview.changes.metric': '指标',
	'overview.changes.previous': '上一时期',
	'overview.changes.current': '本期',
	'overview.changes.change': '变化',
	'overview.changes.detail': '明细',
	'overview.changes.items': '条目数',
	'overview.changes.active': '活跃联盟',
	'overview.changes.new': '新出现的供稿联盟（上一时期无供稿）',
	'overview.changes.silent': '转为沉默的联盟（本期无供稿）',
	'overview.changes.rising': '上升的活动类型：{type}',
	'overview.changes.risingGroup': '上升最多的活动类型',
	'overview.changes.noneDetail': '无',
	'overview.changes.year': '{year}卷',
	'overview.changes.all': '全部时间'
} as const;

export const en: Record<keyof typeof zh, string> = {
	'overview.intro':
		"Items, contributing alliances and activity types in the liaison group's bulletins, for the filters in force.",
	'overview.preview':
		'Starting the database: showing the precomputed totals for the whole archive until live results arrive.',
	'overview.error': '{view} failed to load: {message}',

	'overview.stats.title': 'Key figures',
	'overview.stats.view': 'Overview figures',
	'overview.stats.metric': 'Measure',
	'overview.stats.value': 'Value',
	'overview.stat.issues': 'Issues',
	'overview.stat.items': 'Items',
	'overview.stat.allianceItems': 'Alliance news items',
	'overview.stat.activeAlliances': 'Active alliances',
	'overview.stat.silentAlliances': 'Registered alliances without items',
	'overview.stat.syntheticItems': 'Synthetic items',
	'overview.stat.pending': 'counting',

	'overview.perIssue.title': 'Items per issue, by section',
	'overview.perIssue.caption': 'Items in each section of each issue, in publication order.',
	'overview.perIssue.view': 'Items per issue',
	'overview.perIssue.issue': 'Issue',
	'overview.perIssue.issueId': 'Issue id',
	'overview.perIssue.label': '{year} No. {number}',
	'overview.perIssue.short': '{year} #{number}',
	'overview.perMonth.title': 'Items per month, by section',
	'overview.perMonth.caption':
		'The period holds {issues} issues, too many for one bar each: items in each section per month of publication.',
	'overview.perMonth.view': 'Items per month',
	'overview.perMonth.month': 'Month',

	'overview.top.title': 'Alliances contributing most',
	'overview.top.caption':
		'The top {n} alliances by items contributed; select a bar to open the alliance.',
	'overview.top.view': 'Top alliances',
	'overview.top.rank': 'Rank',
	'overview.top.alliance': 'Alliance',
	'overview.top.id': 'Alliance id',

	'overview.mix.title': 'Activity-type mix',
	'overview.mix.caption':
		'Items with each activity type (or policy theme); one item can have several.',
	'overview.mix.view': 'Activity-type mix',
	'overview.mix.type': 'Activity type',
	'overview.mix.dimension': 'Dimension',

	'overview.changes.title': 'Compared with the previous period',
	'overview.changes.caption':
		'This period {current} against the previous one {previous} ({months} months each); the other filters apply to both.',
	'overview.changes.view': 'Period comparison',
	'overview.changes.none': 'No period to compare: the archive has no dated issue yet.',
	'overview.changes.metric': 'Measure',
	'overview.changes.previous': 'Previous period',
	'overview.changes.current': 'This period',
	'overview.changes.change': 'Change',
	'overview.changes.detail': 'Details',
	'overview.changes.items': 'Items',
	'overview.changes.active': 'Active alliances',
	'overview.changes.new': 'Newly contributing alliances (none in the previous period)',
	'overview.changes.silent': 'Alliances gone silent (none in this period)',
	'overview.changes.rising': 'Rising activity type: {type}',
	'overview.changes.risingGroup': 'Activity types that rose most',
	'overview.changes.noneDetail': 'none',
	'overview.changes.year': 'volume {year}',
	'overview.changes.all': 'all time'
};
