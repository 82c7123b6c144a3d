/** Chinese strings: the source of truth for every key. `{name}` marks a value filled in by t(). */
import { pagesZh } from './pages';

export const zh = {
	...pagesZh,
	'app.name': '联盟活跃度看板',
	'app.tagline': '从联络组简报看试点联盟的活跃度',
	'app.skip': '跳到正文',

	'nav.label': '主导航',
	'nav.overview': '总览',
	'nav.alliances': '联盟',
	'nav.topics': '主题',
	'nav.evaluation': '活跃度评价',
	'nav.items': '条目',
	'nav.quality': '数据质量',
	'nav.import': '导入',

	'section.policy': '重要政策动态',
	'section.liaison': '联盟联络组及协发网动态',
	'section.alliance': '试点联盟动态',

	'kind.contributed': '供稿',
	'kind.digest': '摘述',

	'role.contributor': '供稿方',
	'role.subject': '主体',
	'role.mentioned': '提及',

	'dimension.organisation': '组织运行',
	'dimension.innovation': '协同创新',
	'dimension.industry': '服务产业',
	'dimension.exchange': '宣传交流合作',
	'dimension.policy': '政策主题',

	'grade.high': '活跃度高',
	'grade.fairly-high': '活跃度较高',
	'grade.average': '活跃度一般',
	'grade.inactive': '不活跃',

	'filter.label': '筛选',
	'filter.alliance': '联盟',
	'filter.from': '起始月份',
	'filter.to': '截止月份',
	'filter.period': '时间范围',
	'filter.year': '评价年度',
	'filter.section': '栏目',
	'filter.type': '活动类型',
	'filter.dim': '评价维度',
	'filter.q': '搜索',
	'filter.qPlaceholder': '标题或正文中的词语',
	'filter.real': '仅看真实数据',
	'filter.sort': '排序',
	'filter.page': '页码',
	'filter.all': '全部',
	'filter.clear': '清除筛选',
	'filter.apply': '应用',
	'filter.active': '已筛选：{summary}',

	'preset.year': '{year}年',
	'preset.last12': '近12个月',
	'preset.quarter': '{year}年第{q}季度',

	'filterError.repeated': '参数 {param} 出现了多次，只采用第一个值“{value}”',
	'filterError.month': '参数 {param}={value} 无效：应为 YYYY-MM 形式的年月',
	'filterError.range': '时间范围无效：起始月份 {from} 晚于截止月份 {to}，已忽略截止月份',
	'filterError.year': '参数 {param}={value} 无效：应为四位数年份',
	'filterError.enum': '参数 {param}={value} 无效：可选值为 {allowed}',
	'filterError.id': '参数 {param}={value} 无效：应为小写字母、数字和连字符组成的标识',
	'filterError.flag': '参数 {param}={value} 无效：应为 1',
	'filterError.page': '参数 {param}={value} 无效：应为正整数',
	'filterError.sort': '参数 {param}={value} 无效：应为字段名，可带前缀 -',

	'chart.table': '表格',
	'chart.saveSvg': '保存 SVG',
	'chart.savePng': '保存 PNG',
	'chart.saveFailed': '保存图片失败：{error}',
	'chart.legend': '图例',
	'chart.total': '合计',
	'chart.items': '条目数',
	'chart.month': '月份',
	'chart.issue': '期次',
	'chart.date': '日期',
	'chart.value': '数值',
	'chart.undated': '{n} 条没有可用日期，未在时间轴上显示',

	'export.csv': '导出 CSV',

	'empty.items': '当前筛选条件下没有条目',
	'empty.alliances': '当前筛选条件下没有联盟',
	'empty.chart': '当前筛选条件下没有可绘制的数据',
	'empty.issues': '还没有导入任何简报',
	'empty.search': '没有找到包含“{q}”的条目',
	'empty.warnings': '没有解析警告',

	'badge.synthetic': '合成数据',
	'badge.syntheticTitle': '演示用的合成数据，并非真实简报内容',

	loading: '正在加载…',
	'loading.db': '正在启动数据库…',
	'error.generic': '出错了：{message}',

	'locale.label': '语言',
	'locale.switch': 'English',
	'theme.label': '外观',
	'theme.system': '跟随系统',
	'theme.light': '浅色',
	'theme.dark': '深色',

	'unit.items': '{n} 条',
	'unit.issues': '{n} 期',
	'unit.alliances': '{n} 个联盟',
	'stat.issues': '简报期数',
	'stat.items': '条目',
	'stat.activeAlliances': '活跃联盟',

	'page.prev': '上一页',
	'page.next': '下一页',
	'page.of': '第 {page} 页，共 {pages} 页'
} as const;

/** Every key a user-visible string can be looked up by. */
export type MessageKey = keyof typeof zh;
