import { describe, expect, it } from 'vitest';
import { loadDemoAlliances } from './archive-node';
import { activityWeight, assignProfiles, dayOf, issueCalendar, REAL_LATEST } from './cadence';
import { attributionName } from './compose';
import { fieldOf, generateArchive, type DemoIssue, type DemoItem } from './generate';
import { renderIssue } from './render';

const alliances = loadDemoAlliances('data/alliances.csv');
const archive = (seed: number, issues = 83) => generateArchive({ issues, seed, alliances });
const A = archive(7);
const B = archive(8);
const itemsOf = (i: DemoIssue): DemoItem[] => [
	...i.sections.policy,
	...i.sections.liaison,
	...i.sections.alliance
];

describe('determinism', () => {
	it('the same seed gives the same archive and the same text', () => {
		const again = archive(7);
		expect(again).toEqual(A);
		expect(again.map(renderIssue)).toEqual(A.map(renderIssue));
	});

	it('a different seed gives a different archive', () => {
		expect(B.map(renderIssue)).not.toEqual(A.map(renderIssue));
		expect(B.map((i) => i.date)).not.toEqual(A.map((i) => i.date));
	});

	it('the input order of the registry does not change the profiles', () => {
		const byId = (ps: { id: string }[]) => [...ps].sort((a, b) => a.id.localeCompare(b.id));
		expect(byId(assignProfiles([...alliances].reverse(), 7))).toEqual(
			byId(assignProfiles(alliances, 7))
		);
	});
});

describe('calendar', () => {
	it.each([1, 2, 3, 99])(
		'seed %i: serials run consecutively up to 83, the last issue in 2025',
		(seed) => {
			const issues = archive(seed);
			expect(issues).toHaveLength(83);
			expect(issues.map((i) => i.serial)).toEqual(Array.from({ length: 83 }, (_, k) => k + 1));
			expect(issues.at(-1)!.year).toBe(2025);
		}
	);

	it.each([1, 2, 3, 99])(
		'seed %i: dates strictly increase, match the year and come before the real issue',
		(seed) => {
			const issues = archive(seed);
			for (let k = 0; k < issues.length; k++) {
				const i = issues[k]!;
				expect(i.date.slice(0, 4)).toBe(String(i.year));
				expect(dayOf(i.date)).toBeLessThan(dayOf(REAL_LATEST.date));
				if (k > 0) expect(dayOf(i.date)).toBeGreaterThan(dayOf(issues[k - 1]!.date));
			}
		}
	);

	it('numbers restart at 1 each year and count up; full years have 5 to 7 issues', () => {
		const years = new Map<number, number[]>();
		for (const i of A) years.set(i.year, [...(years.get(i.year) ?? []), i.number]);
		const list = [...years];
		list.forEach(([, numbers], k) => {
			const first = numbers[0]!;
			expect(numbers).toEqual(numbers.map((_, j) => first + j));
			if (k > 0) {
				expect(first).toBe(1);
				expect(numbers.length).toBeGreaterThanOrEqual(5);
				expect(numbers.length).toBeLessThanOrEqual(7);
			}
		});
		expect(list.length).toBeGreaterThanOrEqual(12);
	});

	it('a longer archive extends a shorter one back in time (same dates for the same serials)', () => {
		const short = issueCalendar(20, 5);
		expect(issueCalendar(60, 5).slice(-20)).toEqual(short);
	});

	it('a real latest issue later in its year puts the first synthetic issues in that year', () => {
		const latest = { year: 2026, number: 3, serial: 90, date: '2026-08-10' };
		const slots = issueCalendar(10, 1, latest);
		expect(slots.slice(-2).map((s) => [s.year, s.number, s.serial])).toEqual([
			[2026, 1, 88],
			[2026, 2, 89]
		]);
		expect(dayOf(slots.at(-1)!.date)).toBeLessThan(dayOf(latest.date));
	});

	it('refuses more issues than serials before the real one', () => {
		expect(() => archive(1, 84)).toThrow(RangeError);
		expect(generateArchive({ issues: 0, seed: 1, alliances })).toEqual([]);
	});
});

describe('items', () => {
	it.each([
		['A', A],
		['B', B]
	])('archive %s: counts per issue are in range', (_, issues) => {
		for (const i of issues) {
			expect(i.sections.policy.length).toBeGreaterThanOrEqual(6);
			expect(i.sections.policy.length).toBeLessThanOrEqual(8);
			expect(i.sections.liaison.length).toBeGreaterThanOrEqual(2);
			expect(i.sections.liaison.length).toBeLessThanOrEqual(3);
			expect(i.sections.alliance.length).toBeGreaterThanOrEqual(12);
			expect(i.sections.alliance.length).toBeLessThanOrEqual(18);
		}
		const mean = issues.reduce((n, i) => n + itemsOf(i).length, 0) / issues.length;
		expect(mean).toBeGreaterThan(22);
		expect(mean).toBeLessThan(28);
	});

	it.each([
		['A', A],
		['B', B]
	])(
		'archive %s: titles are unique within an issue, short and safe for the format',
		(_, issues) => {
			for (const i of issues) {
				const titles = itemsOf(i).map((x) => x.title);
				expect(new Set(titles).size).toBe(titles.length);
				for (const t of titles) {
					expect(t.length).toBeLessThan(40);
					expect(t).not.toMatch(/[\n\r]|^[-★➤]|动态$/);
				}
			}
		}
	);

	it('bodies are one paragraph of 80 to 250 characters; attributions have the real forms', () => {
		const digest =
			/^\(联盟协发网秘书处和联盟试点工作联络组摘述，信息来源：(新华社|中国政府网|科技部|工信部|人民日报)\)$/;
		for (const i of A) {
			for (const x of itemsOf(i)) {
				expect(x.body.length).toBeGreaterThanOrEqual(80);
				expect(x.body.length).toBeLessThanOrEqual(250);
				expect(x.body).not.toMatch(/[\n\r]/);
			}
			for (const x of i.sections.policy) expect(x.attribution).toMatch(digest);
			for (const x of i.sections.liaison) {
				expect(['(联盟协发网秘书处和联盟试点工作联络组供稿)', '(联盟协发网秘书处供稿)']).toContain(
					x.attribution
				);
			}
		}
	});

	it('alliance items: short name in the title, full name in the body, (全名秘书处供稿)', () => {
		const byId = new Map(alliances.map((a) => [a.id, a]));
		for (const i of A) {
			for (const x of i.sections.alliance) {
				const a = byId.get(x.allianceId!)!;
				const names = a.shortNames.length ? a.shortNames : [a.name];
				expect(names.some((n) => x.title.includes(n))).toBe(true);
				expect(x.body).toContain(a.name);
				expect(x.attribution).toBe(`(${attributionName(a.name)}秘书处供稿)`);
			}
		}
	});

	it('event dates are never after the issue and at most ~3 months before; the body states them', () => {
		let dated = 0;
		let total = 0;
		for (const i of [...A, ...B]) {
			for (const x of itemsOf(i)) {
				total++;
				if (!x.eventDate) continue;
				dated++;
				const gap = dayOf(i.date) - dayOf(x.eventDate);
				expect(gap).toBeGreaterThanOrEqual(0);
				// A month-precision date is the 1st of the month the event fell in.
				expect(gap).toBeLessThanOrEqual(x.eventPrecision === 'day' ? 92 : 92 + 31);
				const [, m, d] = x.eventDate.split('-').map(Number);
				expect(x.body.startsWith(x.eventPrecision === 'day' ? `${m}月${d}日，` : `${m}月，`)).toBe(
					true
				);
			}
		}
		expect(dated / total).toBeGreaterThan(0.65);
	});

	it('fieldOf takes the field from a full name', () => {
		expect(fieldOf('半导体照明产业技术创新战略联盟')).toBe('半导体照明');
		expect(fieldOf('国家肉类加工产业科技创新联盟')).toBe('肉类加工');
		expect(fieldOf('建筑信息模型（BIM）产业技术创新战略联盟')).toBe('建筑信息模型');
		expect(fieldOf('集成电路封测产业链技术创新战略联盟')).toBe('集成电路封测');
		expect(fieldOf('钒钛战略联盟')).toBe('钒钛');
	});
});

describe('alliance profiles', () => {
	const profiles = assignProfiles(alliances, 7);
	const appearances = (id: string, issues: DemoIssue[]) =>
		issues.map((i) => i.sections.alliance.some((x) => x.allianceId === id));

	it('every registered alliance has exactly one profile; about 10% are silent', () => {
		expect(profiles.map((p) => p.id)).toEqual(alliances.map((a) => a.id));
		const silent = profiles.filter((p) => p.profile === 'silent').length;
		expect(silent).toBe(Math.round(alliances.length * 0.1));
		for (const kind of ['steady', 'bursty', 'fading', 'rising'] as const) {
			expect(profiles.some((p) => p.profile === kind)).toBe(true);
		}
	});

	it('silent alliances never contribute; all others do', () => {
		const contributors = new Set(A.flatMap((i) => itemsOf(i).map((x) => x.allianceId)));
		for (const p of profiles) expect(contributors.has(p.id)).toBe(p.profile !== 'silent');
	});

	it('steady alliances appear in most issues; fading ones early, rising ones late', () => {
		const half = Math.floor(A.length / 2);
		for (const p of profiles) {
			const seen = appearances(p.id, A);
			const early = seen.slice(0, half).filter(Boolean).length;
			const late = seen.slice(half).filter(Boolean).length;
			if (p.profile === 'steady') expect((early + late) / A.length).toBeGreaterThan(0.5);
			if (p.profile === 'fading') {
				expect(early).toBeGreaterThan(late);
				expect(seen.slice(-10).some(Boolean)).toBe(false);
			}
			if (p.profile === 'rising') expect(late).toBeGreaterThan(early);
		}
	});

	it('bursty alliances cluster: most of their items fall inside their bursts', () => {
		for (const p of profiles.filter((q) => q.profile === 'bursty')) {
			const seen = appearances(p.id, A);
			const inBurst = seen.filter((s, k) => s && activityWeight(p, k / (A.length - 1)) > 1).length;
			const all = seen.filter(Boolean).length;
			if (all > 0) expect(inBurst / all).toBeGreaterThan(0.5);
		}
	});

	it('alliances of the latest real issue are never silent or fading', () => {
		const recent = alliances.slice(0, 15).map((a) => a.id);
		for (const seed of [1, 2, 3, 4, 5]) {
			for (const p of assignProfiles(alliances, seed, recent)) {
				if (recent.includes(p.id)) expect(['steady', 'bursty', 'rising']).toContain(p.profile);
			}
		}
	});
});

describe('topic mix drifts over the years', () => {
	const share = (issues: DemoIssue[], types: string[]) => {
		const xs = issues.flatMap((i) => i.sections.alliance);
		return xs.filter((x) => types.includes(x.type!)).length / xs.length;
	};
	it.each([7, 8, 9])('seed %i: standards and international grow, governance shrinks', (seed) => {
		const issues = seed === 7 ? A : seed === 8 ? B : archive(seed);
		const third = Math.floor(issues.length / 3);
		const early = issues.slice(0, third);
		const late = issues.slice(-third);
		expect(share(late, ['standards', 'international'])).toBeGreaterThan(
			share(early, ['standards', 'international'])
		);
		expect(share(late, ['governance'])).toBeLessThan(share(early, ['governance']));
	});
});

describe('performance', () => {
	it('generates and renders 1,000 issues in under a second', () => {
		const latestReal = { year: 2026, number: 1, serial: 1001, date: '2026-04-20' };
		let best = Infinity;
		for (let run = 0; run < 3 && best >= 1000; run++) {
			const t0 = performance.now();
			const issues = generateArchive({ issues: 1000, seed: run, alliances, latestReal });
			const chars = issues.reduce((n, i) => n + renderIssue(i).length, 0);
			best = Math.min(best, performance.now() - t0);
			expect(issues).toHaveLength(1000);
			expect(chars).toBeGreaterThan(1_000_000);
		}
		expect(best).toBeLessThan(1000);
	});
});
