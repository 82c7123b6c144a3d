/** Render a synthetic issue as bulletin text, in exactly the layout of data/bulletins/2026-01.txt. */
import type { DemoIssue, DemoItem } from './generate';

/** The line that marks a bulletin as synthetic (the parser sets synthetic: true on it). */
export const SYNTHETIC_MARK = '【合成数据 SYNTHETIC DEMO DATA】';

/** Section headings: contents (★) and body (➤) wordings differ for the alliance section, as in the real issue. */
export const HEADINGS = {
	policy: { toc: '重要政策动态', body: '重要政策动态' },
	liaison: { toc: '联盟联络组及协发网动态', body: '联盟联络组及协发网动态' },
	alliance: { toc: '试点联盟及协发网网员单位动态', body: '试点联盟动态及协发网网员单位动态' }
} as const;

const ORDER = ['policy', 'liaison', 'alliance'] as const;

/** The closing block after 签发 (addresses), as the real issue prints it. */
const CONTACTS = [
	'联络组地址：北京市海淀区学院南路76号(南院)新材料大楼902 电话：010-62184883',
	'编辑部地址：北京市朝阳区延静里中街3号',
	'电话：010-65987533',
	'联盟联络组/联盟协发网网站：www.citisa.org 联盟协发网微信公众号：CITISA',
	'新闻投稿专用邮箱：tougao@citisa.org 联络组日常咨询邮箱：citisa@citisa.org'
];

const TO =
	'报：科技部、发展改革委、财政部、教育部、工业和信息化部、人力资源和社会保障部、农业农村部、人民银行、国资委、税务总局、中科院、工程院、全国总工会、全国工商联、国家开发银行相关司局及部门';
const CC = '送：各试点产业技术创新战略联盟、联盟协发网成员单位、有关地方科技厅(局)';

/** 2025-06-03 → 2025年6月3日. */
function chineseDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}

/**
 * The bulletin text of one issue: two leading blank lines, blank-line-separated paragraphs, LF line
 * ends and no final newline, like the real file; plus the synthetic marker after 简 报.
 */
export function renderIssue(issue: DemoIssue): string {
	const out: string[] = [
		'',
		'',
		'产业技术创新战略联盟试点工作',
		'',
		'简 报',
		'',
		SYNTHETIC_MARK,
		'',
		`${issue.year}年第${issue.number}期（总第${issue.serial}期）`,
		'',
		'联盟试点工作联络组办公室',
		'',
		chineseDate(issue.date),
		'',
		'本期导读',
		''
	];
	for (const s of ORDER) {
		out.push(`★ ${HEADINGS[s].toc}`, '');
		for (const item of issue.sections[s]) out.push(`- ${item.title}`);
		out.push('');
	}
	for (const s of ORDER) {
		out.push(`➤ ${HEADINGS[s].body}`, '');
		for (const item of issue.sections[s]) pushItem(out, item);
	}
	out.push(
		TO,
		'',
		CC,
		'',
		`本期编辑：${issue.staff.editor}`,
		'',
		`审核：${issue.staff.reviewer}`,
		''
	);
	out.push(`签发：${issue.staff.signer}`, '');
	CONTACTS.forEach((line, i) => out.push(line, ...(i < CONTACTS.length - 1 ? [''] : [])));
	return out.join('\n');
}

/** Title, blank, body, blank, attribution, blank. */
function pushItem(out: string[], item: DemoItem): void {
	out.push(item.title, '', item.body, '', item.attribution, '');
}
