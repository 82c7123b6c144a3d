/** Chinese text templates for synthetic alliance items, keyed by activity type (ids of data/topics.csv). */

import type { ActivityType } from './words';

/**
 * One alliance-item template. Placeholders in braces are filled from the item's context: short,
 * full, field, tfield (the field, or empty when too long for a title), y (event year), ay (year
 * under review), n (a count), k (an ordinal), yrs (1-3), city, place, region, partner, theme, sub,
 * tech, country, fcity.
 */
export interface AllianceTemplate {
	type: ActivityType;
	title: string;
	/** The first sentence after the date prefix; names the alliance in full. */
	lead: string;
	/** Follow-up sentences; the body takes some of them, then a closer for the type. */
	more: string[];
}

/** Templates for alliance items (titles start with the short name, bodies with the full name). */
export const ALLIANCE_TEMPLATES: AllianceTemplate[] = [
	{
		type: 'governance',
		title: '{short}召开{ay}年度理事会工作会议',
		lead: '{full}{ay}年度理事会工作会议在{city}召开。',
		more: [
			'会议审议通过了年度工作报告、财务报告和下一年度工作计划。',
			'会议全面总结了过去一年在组织建设、协同创新和产业服务等方面取得的成效。',
			'经审议，会议表决通过了新增{n}家理事单位及一批成员单位的决议。',
			'理事长单位代表作总结讲话，对秘书处的工作给予充分肯定。'
		]
	},
	{
		type: 'governance',
		title: '{short}召开第{k}届会员大会',
		lead: '{full}第{k}届会员大会暨换届大会在{city}召开，{n}0余家成员单位代表参会。',
		more: [
			'大会审议通过了修订后的章程，选举产生了新一届理事会和理事长单位。',
			'大会听取了上一届理事会工作报告，部署了新一届理事会的重点任务。',
			'新当选的理事长表示，将进一步完善内部治理，提升服务成员单位的能力。'
		]
	},
	{
		type: 'governance',
		title: '{short}召开{y}年秘书长工作会议',
		lead: '{full}在{city}召开{y}年秘书长工作会议，各成员单位联络人参加会议。',
		more: [
			'会议通报了秘书处年度重点工作安排，讨论了成员单位管理办法修订稿。',
			'会议强调要依规运营，规范会费管理，提升秘书处服务水平。',
			'与会代表围绕完善治理结构、加强信息报送等议题进行了交流。'
		]
	},
	{
		type: 'committees',
		title: '{short}成立{sub}专业委员会',
		lead: '{full}{sub}专业委员会成立大会在{city}召开。',
		more: [
			'会议审议通过了专委会工作规则，选举产生了主任委员和副主任委员单位。',
			'首批{n}0余家成员单位加入专委会，覆盖研发、制造和应用等环节。',
			'专委会将围绕{theme}开展技术交流与协同攻关。'
		]
	},
	{
		type: 'committees',
		title: '{short}筹备{sub}工作组',
		lead: '{full}在{city}召开{sub}工作组筹备会议暨专题研讨会。',
		more: [
			'与会各方讨论了工作组的筹备进展、组织架构和年度工作计划。',
			'工作组将聚焦{theme}，推动产学研合作与技术发展。',
			'会议明确了牵头单位和首批{n}家参与单位的分工。'
		]
	},
	{
		type: 'standards',
		title: '{short}发布{n}项团体标准',
		lead: '{full}正式发布{n}项团体标准，涉及{field}领域的{tech}等方面。',
		more: [
			'这批标准由成员单位联合起草，经过立项评审、征求意见和技术审查等环节。',
			'标准的发布将填补相关领域的标准空白，引导行业规范发展。',
			'下一步，联盟将组织开展标准宣贯和应用推广工作。'
		]
	},
	{
		type: 'standards',
		title: '{short}召开{y}年度标准工作启动会',
		lead: '{full}在{city}召开{y}年度标准工作启动暨团体标准立项评审会。',
		more: [
			'会议听取了年度标准工作安排及宣贯计划，强调要完善行业标准体系。',
			'专家组对申报的{n}项团体标准草案进行了质询与研讨。',
			'会议为后续标准的规范编制与落地实施打下了基础。'
		]
	},
	{
		type: 'standards',
		title: '{short}{n}项团标纳入国标采信计划',
		lead: '国家标准化管理委员会下达推荐性国家标准采信团体标准计划，{full}{n}项团体标准成功纳入。',
		more: [
			'这些标准聚焦{field}领域的{tech}，项目周期为{n}个月。',
			'入选标准将进一步促进{field}产业的高质量发展。',
			'这是该联盟团体标准工作获得的又一项重要认可。'
		]
	},
	{
		type: 'projects',
		title: '{short}启动{tech}项目',
		lead: '由{full}牵头的“{field}{tech}关键技术研究与示范”项目启动会在{city}举行。',
		more: [
			'项目汇聚了{n}家成员单位，目标是突破制约产业发展的共性技术难题。',
			'目前项目已完成方案研讨，进入样机开发与验证环节。',
			'项目实施将有力带动上下游企业协同创新。'
		]
	},
	{
		type: 'projects',
		title: '{short}承担的重点研发项目通过验收',
		lead: '{full}组织成员单位承担的国家重点研发计划项目在{city}通过综合绩效评价。',
		more: [
			'项目围绕{field}{tech}开展攻关，形成了一批专利和标准成果。',
			'验收专家组认为，项目完成了任务书规定的各项指标。',
			'项目成果已在{n}家企业实现示范应用。'
		]
	},
	{
		type: 'projects',
		title: '{short}成员单位揭榜{tech}攻关任务',
		lead: '{full}理事单位成功揭榜{field}领域{tech}攻关任务。',
		more: [
			'该任务由成员单位联合承担，预计{yrs}年内完成技术验证。',
			'揭榜任务聚焦产业链关键环节，彰显了成员单位的研发实力。'
		]
	},
	{
		type: 'research',
		title: '{short}发布{y}年度产业发展报告',
		lead: '{full}发布《{field}产业发展报告（{y}）》。',
		more: [
			'报告系统梳理了产业规模、技术进展和市场应用情况。',
			'报告指出了行业面临的主要问题，并提出了{n}方面的发展建议。',
			'报告将为政府决策和企业发展提供参考。'
		]
	},
	{
		type: 'research',
		title: '{short}开展{theme}专题研究',
		lead: '{full}组织成员单位启动{field}{theme}路线图研究。',
		more: [
			'研究将按照需求牵引、技术驱动的思路，梳理重点方向和关键技术。',
			'研究成果计划于年内形成白皮书并对外发布。',
			'课题组已赴{n}家企业开展专题调研。'
		]
	},
	{
		type: 'cooperation',
		title: '{short}与{region}签署战略合作协议',
		lead: '{full}与{region}人民政府在{city}签署战略合作协议。',
		more: [
			'双方将在产业规划、项目落地和人才培养等方面深化合作。',
			'根据协议，双方将共建{field}产业创新中心，推动创新资源向当地集聚。',
			'双方期待发挥各自优势，以产业和项目合作助力区域经济高质量发展。'
		]
	},
	{
		type: 'cooperation',
		title: '{short}与{partner}开展校企合作',
		lead: '{full}与{partner}在{city}签署校企合作协议。',
		more: [
			'双方围绕{theme}、联合实验室建设和人才培养等议题深入交流。',
			'双方达成共建{field}联合创新平台的合作共识。',
			'双方将定期召开联席会议，推动合作项目落地。'
		]
	},
	{
		type: 'services',
		title: '{short}举办{theme}培训班',
		lead: '{full}在{city}举办{theme}专题培训班，{n}0余名学员参加。',
		more: [
			'培训邀请行业专家讲授政策解读、技术规范和应用案例。',
			'培训采取线上线下结合的方式，为成员单位提供了实用的知识服务。',
			'学员普遍反映培训内容贴近实际，收获很大。'
		]
	},
	{
		type: 'services',
		title: '{short}上线{tfield}公共服务平台',
		lead: '{full}建设的{field}公共服务平台正式上线运行。',
		more: [
			'平台提供检测认证、技术咨询和成果对接等服务。',
			'平台已汇聚{n}00余项技术成果和专家资源。',
			'平台将面向中小企业开放，提升行业公共服务能力。'
		]
	},
	{
		type: 'events',
		title: '{short}举办{tfield}产业发展论坛',
		lead: '由{full}主办的{y}{field}产业发展论坛在{city}举行。',
		more: [
			'论坛以“协同创新、融合发展”为主题，来自政产学研用各方的{n}00余名代表参会。',
			'与会专家围绕{theme}等议题作了主题报告。',
			'论坛期间还举办了成果展示和项目对接活动。'
		]
	},
	{
		type: 'events',
		title: '{short}举办{theme}研讨会',
		lead: '{full}在{city}举办{theme}研讨会。',
		more: [
			'与会专家围绕技术路线、应用场景和产业生态展开研讨。',
			'会议认为，{theme}是{field}产业转型升级的重要方向。',
			'{n}家成员单位代表分享了实践经验。'
		]
	},
	{
		type: 'events',
		title: '{short}组织{tech}技术观摩会',
		lead: '{full}在{place}组织{tech}技术观摩研讨会。',
		more: [
			'与会专家实地考察了示范项目，围绕能耗控制及推广路径展开研讨。',
			'该技术具有良好的示范价值，为行业提供了重要的技术交流平台。'
		]
	},
	{
		type: 'international',
		title: '{short}组团参加{fcity}国际博览会',
		lead: '{full}组织{n}家成员单位参加在{fcity}举办的国际博览会。',
		more: [
			'展团集中展示了{field}领域的最新技术和产品，吸引了众多海外客商。',
			'展会期间，展团与多家海外企业开展洽谈，达成初步合作意向。',
			'此次参展进一步提升了国内企业的国际影响力。'
		]
	},
	{
		type: 'international',
		title: '{short}与{country}行业机构签署合作备忘录',
		lead: '{full}与{country}相关行业机构签署国际合作备忘录。',
		more: [
			'双方将在技术交流、标准互认和人员培训等方面开展国际合作。',
			'此次合作是联盟推动“一带一路”国际合作的又一重要举措。'
		]
	},
	{
		type: 'international',
		title: '{short}召开{n}项国际标准研讨会',
		lead: '{full}在{city}召开{n}项国际标准研讨会，主要编写单位代表参会。',
		more: [
			'会议明确了国际标准修订的关键难点与推进路径。',
			'会议旨在加速国际标准的完善与推广，提升我国在国际标准化工作中的话语权。'
		]
	},
	{
		type: 'visits',
		title: '{short}赴{place}开展调研',
		lead: '{full}组织专家赴{place}开展{field}产业专题调研。',
		more: [
			'调研组实地考察了当地重点企业和产业园区。',
			'座谈会上，双方围绕产业链协同、技术需求和项目合作等议题深入交流。',
			'调研组表示，将把调研成果转化为服务地方产业发展的具体举措。'
		]
	},
	{
		type: 'visits',
		title: '{region}代表团到访{short}',
		lead: '{region}代表团到访{full}，双方举行工作座谈。',
		more: [
			'双方围绕当地产业发展规划和项目落地等方面深入交流。',
			'代表团希望借助该联盟的资源优势，推动更多创新成果在当地转化。'
		]
	},
	{
		type: 'visits',
		title: '{short}走访调研成员单位',
		lead: '{full}秘书处赴{place}走访调研{n}家成员单位。',
		more: [
			'调研组了解了企业技术创新、市场拓展和人才建设情况。',
			'调研组听取了企业对联盟工作的意见建议，并就下一步合作进行了交流。'
		]
	}
];
