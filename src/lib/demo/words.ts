/** Word pools and weights shared by the demo templates. */

/** The activity types an alliance item can show (the `id`s of data/topics.csv rows for alliance items). */
export type ActivityType =
	| 'governance'
	| 'committees'
	| 'standards'
	| 'projects'
	| 'research'
	| 'cooperation'
	| 'services'
	| 'events'
	| 'international'
	| 'visits';

/** Every activity type, in a fixed order. */
export const ACTIVITY_TYPES: readonly ActivityType[] = [
	'governance',
	'committees',
	'standards',
	'projects',
	'research',
	'cooperation',
	'services',
	'events',
	'international',
	'visits'
];

/** Relative weight of each type at the start (`from`) and end (`to`) of an archive: the topic mix drifts. */
export const TYPE_DRIFT: Record<ActivityType, { from: number; to: number }> = {
	governance: { from: 1.8, to: 0.7 },
	committees: { from: 1.0, to: 0.9 },
	standards: { from: 0.8, to: 2.0 },
	projects: { from: 1.0, to: 1.1 },
	research: { from: 0.9, to: 1.1 },
	cooperation: { from: 1.0, to: 1.2 },
	services: { from: 1.0, to: 0.9 },
	events: { from: 1.5, to: 1.3 },
	international: { from: 0.4, to: 1.4 },
	visits: { from: 0.8, to: 1.0 }
};

/** A closing sentence for each type, to round a body off. */
export const TYPE_CLOSERS: Record<ActivityType, string[]> = {
	governance: [
		'下一步，联盟将继续完善治理机制，推动各项工作再上新台阶。',
		'会议为联盟新一年的发展指明了方向。'
	],
	committees: ['此举将进一步完善联盟组织体系。', '此举将进一步发挥联盟的组织协调作用。'],
	standards: [
		'联盟将持续推进标准化工作，以标准引领产业高质量发展。',
		'标准工作将为行业规范化发展提供有力支撑。'
	],
	projects: ['项目成果有望在行业内形成示范效应。', '联盟将做好项目的组织协调和跟踪服务。'],
	research: ['研究成果将为行业发展提供决策参考。', '联盟将持续跟踪产业动向，开展前瞻性研究。'],
	cooperation: [
		'双方将建立常态化合作机制，推动合作落地见效。',
		'此次合作将实现优势互补、互利共赢。'
	],
	services: [
		'联盟将持续提升服务能力，更好服务成员单位和行业发展。',
		'此举进一步提升了联盟的行业服务水平。'
	],
	events: ['活动为行业搭建了交流合作的重要平台。', '活动取得了良好的社会反响。'],
	international: [
		'联盟将继续拓展国际合作渠道，助力企业“走出去”。',
		'此举进一步提升了联盟的国际影响力。'
	],
	visits: [
		'此次交流为联盟更好服务地方和企业打下了基础。',
		'双方表示将保持密切沟通，推动合作取得实效。'
	]
};

/** Split a space-separated word list. */
function list(words: string): string[] {
	return words.split(' ');
}

/** Cities where meetings take place. */
export const CITIES = list(
	'北京 上海 天津 重庆 广州 深圳 杭州 南京 苏州 武汉 成都 西安 合肥 长沙 郑州 济南 青岛 厦门 宁波 无锡 沈阳 长春 昆明 贵阳 南昌 福州 太原 兰州 珠海 佛山 常州 烟台 宜昌 扬州'
);

/** Places visited for field research. */
export const PLACES = list(
	'江苏常州 浙江湖州 广东佛山 山东烟台 湖北宜昌 安徽芜湖 四川宜宾 河北唐山 福建泉州 江西赣州 内蒙古包头 陕西宝鸡 湖南株洲 辽宁鞍山 河南洛阳 北京平谷'
);

/** Local governments that sign agreements or visit. */
export const REGIONS = list(
	'江苏省常州市 浙江省湖州市 山东省烟台市 四川省宜宾市 湖北省襄阳市 安徽省芜湖市 青海省海西州 河北省唐山市 江西省赣州市 广西柳州市 河南省洛阳市 湖南省株洲市'
);

/** Universities and institutes for industry–academia cooperation. */
export const PARTNERS = list(
	'清华大学 浙江大学 上海交通大学 华中科技大学 哈尔滨工业大学 北京科技大学 东南大学 西安交通大学 同济大学 大连理工大学 北京航空航天大学 四川大学 中南大学'
);

/** Cross-cutting themes for seminars, studies and training. */
export const THEMES = list(
	'人工智能赋能 绿色低碳 数字化转型 新质生产力 产业链协同 关键核心技术攻关 科技成果转化 知识产权运营 标准国际化 质量提升 供应链韧性 智能制造 碳足迹核算'
);

/** Names of specialised committees and working groups. */
export const SUBS = list(
	'标准化 知识产权 检测认证 智能制造 绿色低碳 国际合作 青年专家 数字化 产业金融 技术转移 人才培养 应用推广'
);

/** Technology words for projects, standards and demonstrations. */
export const TECHS = list(
	'高效制备 智能检测 绿色回收 低碳制造 可靠性提升 数字孪生 在线监测 高端装备 节能降耗 安全防护 精密加工 系统集成'
);

/** Countries of international partners. */
export const COUNTRIES = list(
	'德国 法国 日本 韩国 新加坡 马来西亚 泰国 印度尼西亚 沙特阿拉伯 阿联酋 埃及 巴西 匈牙利 塞尔维亚 哈萨克斯坦'
);

/** Foreign cities with trade fairs. */
export const FOREIGN_CITIES = list(
	'汉诺威 法兰克福 慕尼黑 新加坡 曼谷 迪拜 东京 首尔 吉隆坡 雅加达 伊斯坦布尔'
);

/** Fictional editorial staff for the closing block (synthetic issues never name the real staff). */
export const STAFF = {
	editors: list('张明远 刘佳宁 王思涵 陈立群 赵雨桐'),
	reviewers: list('周建华 孙志强'),
	signers: list('吴国栋')
};
