/** Chinese text templates for synthetic policy digests and liaison-group items. */

/** News sources a policy digest may cite. */
export type PolicySource = '新华社' | '中国政府网' | '科技部' | '工信部' | '人民日报';

/** A government body, the sources that report on it, and what it plausibly issues. */
export interface Department {
	name: string;
	sources: PolicySource[];
	/** Verb phrases for 《关于…的若干措施》. */
	aims: string[];
	/** Noun phrases for action plans, meetings and work points. */
	themes: string[];
	/** Calls for applications. */
	programs: string[];
	/** Published lists. */
	lists: string[];
}

const split = (words: string): string[] => words.split(' ');

/** Bodies that issue policies, each with its own subjects so that body and subject agree. */
export const DEPARTMENTS: Department[] = [
	{
		name: '科技部',
		sources: ['科技部', '新华社', '人民日报'],
		aims: split(
			'加快推动科技成果转化应用 强化企业科技创新主体地位 推进产学研深度融合 深化科技人才评价改革'
		),
		themes: split('科技成果转化 科技金融 科技服务业 人工智能产业 未来产业'),
		programs: split('国家重点研发计划重点专项 国家技术创新中心建设'),
		lists: split('国家技术创新中心 国家科技企业孵化器')
	},
	{
		name: '工信部',
		sources: ['工信部', '新华社'],
		aims: split('推动制造业数字化转型 支持专精特新中小企业发展 促进绿色低碳技术推广应用'),
		themes: split('制造业数字化转型 工业互联网 新型储能 人工智能产业 绿色低碳产业'),
		programs: split('制造业单项冠军企业遴选 产业技术基础公共服务平台 绿色制造名单推荐'),
		lists: split('专精特新“小巨人”企业 国家级制造业创新中心 绿色工厂')
	},
	{
		name: '国家发展改革委',
		sources: ['新华社', '中国政府网'],
		aims: split('促进绿色低碳技术推广应用 推进产学研深度融合'),
		themes: split('新型储能 绿色低碳产业 数字经济 未来产业'),
		programs: split('国家企业技术中心认定 国家工程研究中心建设'),
		lists: split('国家企业技术中心 国家工程研究中心')
	},
	{
		name: '市场监管总局',
		sources: ['新华社', '人民日报'],
		aims: split('推动标准化与科技创新互动发展 加强检验检测能力建设'),
		themes: split('标准化 检验检测 计量'),
		programs: split('国家标准验证点建设 国家技术标准创新基地建设'),
		lists: split('国家技术标准创新基地 国家标准验证点')
	},
	{
		name: '国家知识产权局',
		sources: ['新华社', '人民日报'],
		aims: split('加强知识产权保护和运用 推动专利转化运用'),
		themes: split('知识产权 专利转化运用'),
		programs: split('知识产权强市建设试点示范 专利导航服务基地建设'),
		lists: split('国家知识产权示范企业 专利导航服务基地')
	},
	{
		name: '财政部',
		sources: ['中国政府网'],
		aims: split('完善科技金融服务体系 支持专精特新中小企业发展'),
		themes: split('科技金融 中小企业数字化转型'),
		programs: split('中小企业数字化转型城市试点'),
		lists: split('中小企业数字化转型示范企业')
	},
	{
		name: '教育部',
		sources: ['人民日报', '新华社'],
		aims: split('推进产学研深度融合 深化科技人才评价改革'),
		themes: split('产教融合 高校科技成果转化'),
		programs: split('高校科技成果转化和技术转移基地认定'),
		lists: split('高校科技成果转化和技术转移基地')
	}
];

/**
 * One policy or liaison template. Placeholders: dept, k, n, m, y, y2, ry, aim (a verb phrase),
 * ptheme (a noun phrase), program, list, sector, plan, yrs (1-3), short, full, field, place.
 */
export interface TextTemplate {
	title: string;
	lead: string;
	more: string[];
	/** Fixed sources (policy only); otherwise the department's. */
	sources?: PolicySource[];
	/** Names an alliance (liaison only). */
	alliance?: boolean;
}

/** Sectors with a national work conference. */
export const SECTORS = ['科技', '工业和信息化', '标准化', '知识产权'];

/** Templates for policy digests. */
export const POLICY_TEMPLATES: TextTemplate[] = [
	{
		title: '{dept}印发《关于{aim}的若干措施》',
		lead: '{dept}印发《关于{aim}的若干措施》，从{n}个方面提出{m}项具体举措。',
		more: [
			'《措施》明确了重点任务和责任分工，要求各地结合实际抓好落实。',
			'《措施》强调要发挥企业主体作用，完善多元投入机制，营造良好创新生态。',
			'《措施》提出要加强部门协同，建立健全评估和督导机制。'
		]
	},
	{
		title: '{k}部门联合印发{ptheme}行动方案',
		lead: '{dept}等{k}部门联合印发《{ptheme}行动方案（{y}-{y2}年）》。',
		more: [
			'《方案》明确了到{y2}年的发展目标，提出了{n}大重点任务。',
			'《方案》要求强化技术攻关、场景应用和标准引领，培育一批具有竞争力的企业。',
			'《方案》提出要加大财政金融支持力度，完善人才保障机制。'
		]
	},
	{
		title: '国务院常务会议研究部署{ptheme}工作',
		lead: '国务院召开常务会议，研究部署{ptheme}相关工作。',
		more: [
			'会议指出，要坚持创新驱动，加快构建现代化产业体系。',
			'会议强调，要加强政策协同，推动各项措施落地见效。',
			'会议要求各地区各部门压实责任，确保工作取得实效。'
		],
		sources: ['中国政府网', '新华社']
	},
	{
		title: '{dept}召开{ptheme}工作推进会',
		lead: '{dept}召开{ptheme}工作推进会，总结工作进展，部署下一阶段任务。',
		more: [
			'会议强调，要加强各方协同互动，扩大信息共享，提高资源配置效率。',
			'会议要求进一步发挥政策作用，推动更多资源投向科技创新领域。',
			'{n}个地方和单位在会上作了交流发言。'
		]
	},
	{
		title: '{dept}发布{y}年{ptheme}工作要点',
		lead: '{dept}发布《{y}年{ptheme}工作要点》，部署{n}个方面{m}项重点任务。',
		more: [
			'《要点》提出要强化统筹协调，完善工作机制。',
			'《要点》要求加强政策宣传解读，及时总结推广典型经验。'
		]
	},
	{
		title: '{dept}启动{y}年度{program}申报工作',
		lead: '{dept}发布通知，启动{y}年度{program}申报工作。',
		more: [
			'通知明确了申报条件、支持方向和评审程序。',
			'申报单位须通过网上系统提交材料，由推荐单位审核后报送。'
		]
	},
	{
		title: '{dept}公布第{k}批{list}名单',
		lead: '{dept}公布第{k}批{list}名单，共{m}家单位入选。',
		more: [
			'入选单位覆盖制造业重点领域，体现了较强的创新能力和发展潜力。',
			'{dept}要求各地加强跟踪服务，支持入选单位做强做优。'
		]
	},
	{
		title: '{dept}出台措施推动{ptheme}高质量发展',
		lead: '{dept}出台专项措施，推动{ptheme}高质量发展。',
		more: [
			'措施围绕技术创新、应用推广和生态建设提出具体要求。',
			'措施明确，到{y2}年形成较为完善的政策体系和服务体系。'
		]
	},
	{
		title: '{y}年全国{sector}工作会议在京召开',
		lead: '{y}年全国{sector}工作会议在北京召开。',
		more: [
			'会议总结了过去一年的工作，分析了面临的形势，部署了全年重点任务。',
			'会议强调，要以高水平科技自立自强支撑高质量发展。',
			'会议要求扎实推进“{plan}”规划各项任务落地。'
		],
		sources: ['新华社', '人民日报']
	},
	{
		title: '{dept}等部门部署{ptheme}专项行动',
		lead: '{dept}会同有关部门部署开展{ptheme}专项行动。',
		more: [
			'专项行动为期{yrs}年，重点解决制约发展的突出问题。',
			'专项行动要求建立工作台账，定期调度进展。'
		]
	}
];

/** Templates for the liaison group's and the network's own news. */
export const LIAISON_TEMPLATES: TextTemplate[] = [
	{
		title: '{ry}年度产业技术创新战略联盟活跃度评价工作启动',
		lead: '联盟协发网发布通知，启动{ry}年度产业技术创新战略联盟活跃度评价工作。',
		more: [
			'评价工作将按照初评、会评、复核的程序进行，坚持严谨、客观、实事求是的原则。',
			'通知要求各试点联盟按时报送年度工作总结和相关材料。'
		]
	},
	{
		title: '{ry}年度联盟活跃度评价工作有序推进',
		lead: '{ry}年度产业技术创新战略联盟活跃度评价工作先后完成了初评、会评等环节。',
		more: [
			'评审专家对各试点联盟报送的材料进行了认真审阅。',
			'评价结果将作为有关部门掌握试点联盟运行情况的重要依据。'
		]
	},
	{
		title: '联盟协发网召开{y}年秘书长工作会议',
		lead: '联盟协发网在北京召开{y}年网员联盟秘书长工作会议，{n}0余家网员单位参会。',
		more: [
			'会议通报了联盟协发网年度工作安排，交流了联盟运行管理经验。',
			'会议要求各网员联盟规范运营，及时报送工作信息。'
		]
	},
	{
		title: '联盟协发网举办联盟秘书处工作人员培训班',
		lead: '联盟协发网举办联盟秘书处工作人员培训班，{n}0余名学员参加培训。',
		more: [
			'培训内容包括联盟规范化建设、信息报送和活跃度评价等。',
			'学员表示，培训对做好秘书处日常工作很有帮助。'
		]
	},
	{
		title: '联盟协发网发布《{ry}年度联盟发展报告》',
		lead: '联盟协发网发布《{ry}年度产业技术创新战略联盟发展报告》。',
		more: [
			'报告系统总结了试点联盟在协同创新、标准制定和产业服务等方面的进展。',
			'报告对联盟下一步发展提出了建议。'
		]
	},
	{
		title: '国联中心联合{short}赴{place}调研',
		lead: '中关村国联产业协同发展创新中心携手{full}赴{place}开展实地调研。',
		more: [
			'调研组实地考察了当地重点企业，了解{field}产业发展情况。',
			'座谈会上，双方围绕区域协作、产业链建设等议题深入交流。'
		],
		alliance: true
	},
	{
		title: '联络组赴{short}开展工作调研',
		lead: '联盟试点工作联络组赴{full}开展工作调研。',
		more: [
			'调研组听取了联盟年度工作情况汇报，了解了秘书处运行和成员单位服务情况。',
			'调研组对联盟工作给予肯定，并就规范运营提出了意见建议。'
		],
		alliance: true
	}
];

/** Closing sentences for policy digests. */
export const POLICY_CLOSERS = [
	'各地区各有关部门将结合实际抓好贯彻落实。',
	'这一举措将为科技创新和产业发展提供有力支撑。',
	'有关部门将加强跟踪评估，确保政策取得实效。'
];

/** Closing sentences for liaison items. */
export const LIAISON_CLOSERS = [
	'联盟协发网将持续为各试点联盟做好服务。',
	'此项工作进一步夯实了联盟自律机制建设基础。'
];
