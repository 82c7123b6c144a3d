/** Text building for synthetic items: placeholder filling, date prefixes, bodies, title checks. */
import type { DemoAlliance } from './cadence';
import { ymd } from './cadence';
import { DEPARTMENTS, SECTORS, type Department } from './policy-templates';
import type { Rng } from './rng';
import * as W from './words';

const SUFFIXES =
	/(产业链技术创新战略联盟|产业技术创新战略联盟|技术创新战略联盟|产业科技创新联盟|产业技术创新联盟|战略联盟|产业联盟|联盟)$/;

/** The field an alliance works in, from its name: 国家肉类加工产业科技创新联盟 → 肉类加工. */
export function fieldOf(name: string, short?: string): string {
	const f = name
		.replace(/[（(][^）)]*[）)]/g, '')
		.replace(/^(国家|中国|全国)/, '')
		.replace(SUFFIXES, '');
	if (f.length > 0 && f.length <= 10) return f;
	const s = (short ?? '').replace(SUFFIXES, '');
	return s.length > 0 ? s : f.slice(0, 10);
}

const CN = '〇一二三四五六七八九';
/** 1..99 in Chinese numerals, as in “十四五”. */
function chineseNumber(n: number): string {
	const m = Math.min(99, Math.max(1, Math.floor(n)));
	if (m < 10) return CN[m]!;
	const tens = Math.floor(m / 10);
	return (tens > 1 ? CN[tens]! : '') + '十' + (m % 10 ? CN[m % 10]! : '');
}

const compiled = new Map<string, string[]>();

/** Fill {placeholders} from the item's words. Templates are split once and cached. */
export function fill(text: string, ctx: Ctx): string {
	let parts = compiled.get(text);
	if (!parts) {
		parts = text.split(/\{(\w+)\}/);
		compiled.set(text, parts);
	}
	let out = parts[0]!;
	for (let i = 1; i < parts.length; i += 2) {
		out += ctx(parts[i]!) + parts[i + 1]!;
	}
	return out;
}

/** A date prefix for the body, and the event date it stands for (precision as the parser reports it). */
export function datePrefix(
	rng: Rng,
	day: number
): { prefix: string; date: string | null; precision: 'day' | 'month' | null } {
	const [y, m, d] = ymd(day);
	const mm = String(m).padStart(2, '0');
	const r = rng.next();
	if (r < 0.72) {
		return {
			prefix: `${m}月${d}日，`,
			date: `${y}-${mm}-${String(d).padStart(2, '0')}`,
			precision: 'day'
		};
	}
	if (r < 0.78) return { prefix: `${m}月，`, date: `${y}-${mm}-01`, precision: 'month' };
	if (r < 0.92) return { prefix: rng.pick(['近日，', '日前，']), date: null, precision: null };
	return { prefix: '', date: null, precision: null };
}

/** The name an attribution line uses: brackets removed, as the real issue writes (BIM产业…联盟秘书处供稿). */
export function attributionName(name: string): string {
	return name.replace(/[（(][^）)]*[）)]/g, '');
}

/** Lead, some follow-ups in template order, maybe a closer; kept between 80 and 250 characters. */
export function compose(
	rng: Rng,
	prefix: string,
	lead: string,
	more: string[],
	closers: string[],
	ctx: Ctx
): string {
	const start = prefix + fill(lead, ctx);
	const keep = more.map(() => rng.chance(0.65));
	let closer = closers.length > 0 && rng.chance(0.6) ? rng.pick(closers) : '';
	const build = () =>
		start +
		more
			.filter((_, i) => keep[i])
			.map((m) => fill(m, ctx))
			.join('') +
		closer;
	let body = build();
	for (let i = more.length - 1; body.length > 250 && i >= 0; i--) {
		if (keep[i]) [keep[i], body] = [false, build()];
	}
	if (body.length > 250) [closer, body] = ['', build()];
	for (let i = 0; body.length < 80 && i < more.length; i++) {
		if (keep[i]) continue;
		keep[i] = true;
		const next = build();
		if (next.length > 250) keep[i] = false;
		else body = next;
	}
	for (const c of closers) {
		if (body.length >= 80 || closer !== '') break;
		closer = c;
		body = build();
	}
	return body;
}

/** Is a title usable: short, single-line, unique, and not mistakable for a heading or a list entry? */
export function titleOk(title: string, seen: Set<string>, attempt: number): boolean {
	if (attempt >= 60) throw new Error(`demo: no usable title after 60 attempts (last: ${title})`);
	return (
		title.length < (attempt < 30 ? 40 : 60) &&
		!seen.has(title) &&
		!/[\n\r]/.test(title) &&
		!/^[-－–—·•●▪★➤►▶■◆▲☆◇(（]/.test(title) &&
		!/^\d{1,2}[.、．]/.test(title) &&
		!/动态$/.test(title)
	);
}

/** The short name a title uses: mostly the first, sometimes another. */
function shortName(rng: Rng, a: DemoAlliance): string {
	if (a.shortNames.length === 0) return a.name;
	return rng.chance(0.8) ? a.shortNames[0]! : rng.pick(a.shortNames);
}

/** A template's words for one item, drawn on first use and then fixed (title and body agree). */
export type Ctx = (key: string) => string;

const POOLS: Record<string, readonly string[]> = {
	city: W.CITIES,
	place: W.PLACES,
	region: W.REGIONS,
	partner: W.PARTNERS,
	theme: W.THEMES,
	sub: W.SUBS,
	tech: W.TECHS,
	country: W.COUNTRIES,
	fcity: W.FOREIGN_CITIES,
	dept: DEPARTMENTS.map((d) => d.name),
	sector: SECTORS
};

/** Pools that belong to the item's department. */
const DEPT_POOLS: Record<string, keyof Omit<Department, 'name' | 'sources'>> = {
	aim: 'aims',
	ptheme: 'themes',
	program: 'programs',
	list: 'lists'
};
const BY_NAME = new Map(DEPARTMENTS.map((d) => [d.name, d]));

/** The words a template may use, for one item; an unknown placeholder is a bug in a template. */
export function context(rng: Rng, day: number, issueYear: number, a?: DemoAlliance): Ctx {
	const [y, m] = ymd(day);
	const cache = new Map<string, string>();
	const field = () => (a ? fieldOf(a.name, a.shortNames[0]) : '');
	const make = (key: string): string => {
		const pool = POOLS[key];
		if (pool) return rng.pick(pool);
		const own = DEPT_POOLS[key];
		if (own) return rng.pick(BY_NAME.get(get('dept'))![own]);
		switch (key) {
			case 'short':
				return a ? shortName(rng, a) : '';
			case 'full':
				return a?.name ?? '';
			case 'field':
				return field();
			case 'tfield':
				return field().length <= 6 ? field() : '';
			case 'y':
				return String(y);
			case 'ay':
				return String(m <= 6 ? y - 1 : y);
			case 'ry':
				return String(issueYear - 1);
			case 'y2':
				return String(y + rng.int(2, 3));
			case 'n':
				return String(rng.int(2, 9));
			case 'm':
				return String(rng.int(12, 30));
			case 'k':
				return String(rng.int(3, 9));
			case 'yrs':
				return String(rng.int(1, 3));
			case 'plan':
				return chineseNumber(14 + Math.floor((y - 2021) / 5)) + '五';
		}
		throw new Error(`demo template placeholder {${key}} has no value`);
	};
	const get: Ctx = (key) => {
		let v = cache.get(key);
		if (v === undefined) cache.set(key, (v = make(key)));
		return v;
	};
	return get;
}
