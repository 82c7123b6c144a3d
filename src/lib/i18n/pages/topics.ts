/** Strings of the topics page: zh is the source of truth, en has the same keys. Keys start with 'topics.'. */
export const zh = {
	'topics.intro': '活动类型、评价维度与关键词随时间的变化，按当前筛选条件统计。',
	'topics.error': '{view}加载失败：{message}',
	'topics.badParam': '参数 {param}={value} 无效：可选值为 {allowed}，已按默认值显示',

	'topics.controls': '图表设置',
	'topics.view': '图形',
	'topics.view.lines': '折线',
	'topics.view.stacked': '堆叠面积',
	'topics.grain': '时间粒度',
	'topics.grain.month': '按月',
	'topics.grain.year': '按年',
	'topics.period': '时间',
	'topics.year': '{year}年',
	'topics.partialYears': '按年统计时，第一年和最后一年可能只包含部分月份的简报。',

	'topics.types.title': '活动类型随时间变化',
	'topics.types.caption':
		'每个时间段内带有该活动类型（或政策主题）的条目数；显示条目最多的 {n} 个类型。',
	'topics.types.view': '活动类型趋势',
	'topics.types.series': '活动类型',

	'topics.dims.title': '评价维度随时间变化',
	'topics.dims.caption':
		'每个时间段内至少有一个该维度活动类型的条目数（一条条目在一个维度只计一次）。',
	'topics.dims.view': '评价维度趋势',
	'topics.dims.series': '评价维度',

	'topics.keywords.title': '高频关键词',
	'topics.keywords.caption': '含有该词的条目数（按分词统计，停用词已去除）；点击柱条查看该词。',
	'topics.keywords.view': '高频关键词',
	'topics.keywords.word': '关键词',

	'topics.kw.label': '关键词',
	'topics.kw.submit': '查看',
	'topics.kw.placeholder': '输入词语，如“标准”',
	'topics.kw.none': '还没有选定关键词：点击高频关键词或输入词语。',

	'topics.kwTrend.title': '“{kw}”随时间变化',
	'topics.kwTrend.caption': '标题或正文包含“{kw}”的条目数（与条目搜索一致）。',
	'topics.kwTrend.view': '关键词趋势',

	'topics.kwic.title': '“{kw}”的上下文',
	'topics.kwic.caption': '包含该词的条目（最新的 {limit} 条），每条取第一次出现处前后约 20 个字。',
	'topics.kwic.view': '关键词上下文',
	'topics.kwic.empty': '当前筛选条件下没有包含“{kw}”的条目。',
	'topics.kwic.left': '前文',
	'topics.kwic.match': '关键词',
	'topics.kwic.right': '后文',
	'topics.kwic.item': '条目',
	'topics.kwic.issue': '期次',
	'topics.kwic.issueLabel': '{year}年第{number}期',
	'topics.kwic.itemId': '条目编号',
	'topics.kwic.synthetic': '合成数据',
	'topics.kwic.yes': '是',
	'topics.kwic.no': '否',
	'topics.kwic.open': '在条目页中查看：{title}',
	'topics.kwic.all': '在条目页查看全部包含“{kw}”的条目'
} as const;

export const en: Record<keyof typeof zh, string> = {
	'topics.intro':
		'Activity types, evaluation dimensions and keywords over time, for the filters in force.',
	'topics.error': '{view} failed to load: {message}',
	'topics.badParam':
		'Parameter {param}={value} is not valid (allowed: {allowed}); showing the default',

	'topics.controls': 'Chart settings',
	'topics.view': 'Chart',
	'topics.view.lines': 'Lines',
	'topics.view.stacked': 'Stacked areas',
	'topics.grain': 'Time grain',
	'topics.grain.month': 'Monthly',
	'topics.grain.year': 'Yearly',
	'topics.period': 'Period',
	'topics.year': '{year}',
	'topics.partialYears': "By year, the first and the last year may hold only some months' issues.",

	'topics.types.title': 'Activity types over time',
	'topics.types.caption':
		'Items with each activity type (or policy theme) per period; the {n} types with most items.',
	'topics.types.view': 'Activity-type trends',
	'topics.types.series': 'Activity type',

	'topics.dims.title': 'Evaluation dimensions over time',
	'topics.dims.caption':
		'Items with at least one activity type of the dimension per period (each item once per dimension).',
	'topics.dims.view': 'Dimension trends',
	'topics.dims.series': 'Dimension',

	'topics.keywords.title': 'Top keywords',
	'topics.keywords.caption':
		'Items containing the word (segmented words, stop words removed); select a bar to follow the word.',
	'topics.keywords.view': 'Top keywords',
	'topics.keywords.word': 'Keyword',

	'topics.kw.label': 'Keyword',
	'topics.kw.submit': 'Show',
	'topics.kw.placeholder': 'a word, e.g. 标准',
	'topics.kw.none': 'No keyword chosen yet: select a top keyword or type one.',

	'topics.kwTrend.title': '“{kw}” over time',
	'topics.kwTrend.caption':
		'Items whose title or body contains “{kw}” (as the item search counts them).',
	'topics.kwTrend.view': 'Keyword trend',

	'topics.kwic.title': '“{kw}” in context',
	'topics.kwic.caption':
		'Items containing the word (the latest {limit}), about 20 characters each side of its first occurrence.',
	'topics.kwic.view': 'Keyword in context',
	'topics.kwic.empty': 'No item contains “{kw}” under the current filters.',
	'topics.kwic.left': 'Before',
	'topics.kwic.match': 'Keyword',
	'topics.kwic.right': 'After',
	'topics.kwic.item': 'Item',
	'topics.kwic.issue': 'Issue',
	'topics.kwic.issueLabel': '{year} No. {number}',
	'topics.kwic.itemId': 'Item id',
	'topics.kwic.synthetic': 'Synthetic',
	'topics.kwic.yes': 'yes',
	'topics.kwic.no': 'no',
	'topics.kwic.open': 'Open in the items page: {title}',
	'topics.kwic.all': 'All items containing “{kw}” in the items page'
};
