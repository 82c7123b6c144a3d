/** When synthetic issues appear (the calendar) and how often each alliance contributes (its profile). */
import { createRng } from './rng';
import { ACTIVITY_TYPES, type ActivityType } from './words';

/** The real issue the synthetic archive leads up to. */
export interface LatestReal {
	year: number;
	number: number;
	serial: number;
	/** 'YYYY-MM-DD'. */
	date: string;
}

/** The one real bulletin (data/bulletins/2026-01.txt): 2026年第1期（总第84期）, 2026年4月20日. */
export const REAL_LATEST: LatestReal = { year: 2026, number: 1, serial: 84, date: '2026-04-20' };

/** An alliance as the generator needs it. */
export interface DemoAlliance {
	id: string;
	name: string;
	shortNames: string[];
}

/** How an alliance's contributions are spread over the archive. */
export type Profile = 'steady' | 'bursty' | 'fading' | 'rising' | 'silent';

/** An alliance's seeded cadence and topic preferences. */
export interface AllianceProfile {
	id: string;
	profile: Profile;
	/** Scale of its activity, around 1. */
	level: number;
	/** Archive position (0..1) where a fading alliance stops or a rising one starts. */
	pivot: number;
	/** Position windows [from, to] in which a bursty alliance is active. */
	bursts: [number, number][];
	/** Multipliers on the activity-type mix, around 1. */
	bias: Record<ActivityType, number>;
}

/** One slot of the calendar. */
export interface IssueSlot {
	year: number;
	number: number;
	serial: number;
	date: string;
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date. */
export function dayOf(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Math.round(Date.UTC(y!, m! - 1, d!) / DAY);
}

/** The date of a day number as [year, month, day]. */
export function ymd(day: number): [number, number, number] {
	const d = new Date(day * DAY);
	return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** 'YYYY-MM-DD' of a day number. */
export function isoOf(day: number): string {
	const [y, m, d] = ymd(day);
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Move a Saturday back to Friday and a Sunday on to Monday. */
function weekday(day: number): number {
	const dow = new Date(day * DAY).getUTCDay();
	return dow === 6 ? day - 1 : dow === 0 ? day + 1 : day;
}

/**
 * The `count` issues before `latest`, oldest first: about six a year spread over the year, numbers
 * restarting at 1 each year, serials consecutive and ending at latest.serial - 1. Each year's
 * issue count and dates depend only on the seed and the year, so a longer archive extends a shorter one.
 */
export function issueCalendar(
	count: number,
	seed: number,
	latest: LatestReal = REAL_LATEST
): IssueSlot[] {
	if (!Number.isInteger(count) || count < 0)
		throw new RangeError(`issue count must be a whole number ≥ 0, got ${count}`);
	if (count > latest.serial - 1) {
		throw new RangeError(
			`${count} issues would need serials below 1: at most ${latest.serial - 1} come before 总第${latest.serial}期`
		);
	}
	const root = createRng(seed).fork('calendar');
	const latestDay = dayOf(latest.date);
	const backwards: Omit<IssueSlot, 'serial'>[] = [];
	for (let year = latest.year; backwards.length < count; year--) {
		const rng = root.fork('year', year);
		const inLatest = year === latest.year;
		const k = inLatest ? latest.number - 1 : rng.weighted([5, 6, 7], [1, 3, 1]);
		if (k <= 0) continue;
		const start = dayOf(`${String(year).padStart(4, '0')}-01-01`) + 6;
		const end = inLatest ? latestDay - 7 : dayOf(`${String(year).padStart(4, '0')}-12-31`) - 5;
		const span = (end - start) / k;
		const days: number[] = [];
		for (let j = 0; j < k; j++)
			days.push(weekday(start + Math.floor(span * (j + 0.25 + 0.5 * rng.next()))));
		for (let j = k - 1; j >= 0 && backwards.length < count; j--) {
			backwards.push({ year, number: j + 1, date: isoOf(days[j]!) });
		}
	}
	const slots = backwards.reverse().map((s, i) => ({ ...s, serial: latest.serial - count + i }));
	// Windows are wide, but keep the guarantee explicit: dates strictly increase, all before the real issue.
	for (let i = 1; i < slots.length; i++) {
		if (dayOf(slots[i]!.date) <= dayOf(slots[i - 1]!.date))
			slots[i]!.date = isoOf(dayOf(slots[i - 1]!.date) + 1);
	}
	return slots;
}

/** Share of alliances per profile; the rest are rising. */
const SHARES = { silent: 0.1, fading: 0.2, steady: 0.3, bursty: 0.2 };

/**
 * A seeded profile for every alliance, in input order: ~10% silent (never contribute), ~20% fading,
 * ~30% steady, ~20% bursty, the rest rising. Alliances in `recent` (seen in the latest real issue)
 * are never silent or fading.
 */
export function assignProfiles(
	alliances: DemoAlliance[],
	seed: number,
	recent: string[] = []
): AllianceProfile[] {
	const rng = createRng(seed).fork('profiles');
	const n = alliances.length;
	const recentSet = new Set(recent);
	const shuffled = rng.shuffle(
		[...alliances].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
	);
	const older = shuffled.filter((a) => !recentSet.has(a.id));
	const kind = new Map<string, Profile>();
	const silent = Math.round(n * SHARES.silent);
	const fading = Math.round(n * SHARES.fading);
	older.slice(0, silent).forEach((a) => kind.set(a.id, 'silent'));
	older.slice(silent, silent + fading).forEach((a) => kind.set(a.id, 'fading'));
	const rest = shuffled.filter((a) => !kind.has(a.id));
	const steady = Math.round(n * SHARES.steady);
	const bursty = Math.round(n * SHARES.bursty);
	rest.forEach((a, i) =>
		kind.set(a.id, i < steady ? 'steady' : i < steady + bursty ? 'bursty' : 'rising')
	);

	return alliances.map((a) => {
		const r = rng.fork('alliance', a.id);
		const profile = kind.get(a.id) ?? 'steady';
		const bias = {} as Record<ActivityType, number>;
		for (const t of ACTIVITY_TYPES) bias[t] = 0.5 + r.next();
		const bursts: [number, number][] = [];
		if (profile === 'bursty') {
			const count = r.int(2, 4);
			for (let i = 0; i < count; i++) {
				const from = r.next() * 0.92;
				bursts.push([from, from + 0.05 + r.next() * 0.08]);
			}
		}
		const pivot = profile === 'fading' ? 0.35 + r.next() * 0.4 : 0.15 + r.next() * 0.4;
		return { id: a.id, profile, level: 0.8 + r.next() * 0.4, pivot, bursts, bias };
	});
}

/** How strongly an alliance is drawn to contribute at archive position t (0 = oldest, 1 = newest); 0 = never. */
export function activityWeight(p: AllianceProfile, t: number): number {
	switch (p.profile) {
		case 'silent':
			return 0;
		case 'steady':
			return 6 * p.level;
		case 'bursty':
			return p.bursts.some(([a, b]) => t >= a && t <= b) ? 8 * p.level : 0.12;
		case 'fading':
			return t < p.pivot ? p.level * (0.4 + 4 * (1 - t / p.pivot)) : 0;
		case 'rising':
			return t < p.pivot ? 0 : p.level * (0.6 + 4 * ((t - p.pivot) / (1 - p.pivot)));
	}
}
