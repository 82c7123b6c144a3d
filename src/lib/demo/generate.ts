/** Deterministic synthetic bulletin archive: issues, sections and items built from seeded templates. */
import {
	activityWeight,
	assignProfiles,
	dayOf,
	issueCalendar,
	REAL_LATEST,
	type AllianceProfile,
	type DemoAlliance,
	type LatestReal
} from './cadence';
import { attributionName, compose, context, datePrefix, fill, titleOk, type Ctx } from './compose';
import {
	DEPARTMENTS,
	LIAISON_CLOSERS,
	LIAISON_TEMPLATES,
	POLICY_CLOSERS,
	POLICY_TEMPLATES,
	type TextTemplate
} from './policy-templates';
import { createRng, type Rng } from './rng';
import { ALLIANCE_TEMPLATES, type AllianceTemplate } from './templates';
import { STAFF } from './words';
import { ACTIVITY_TYPES, TYPE_CLOSERS, TYPE_DRIFT, type ActivityType } from './words';

export { REAL_LATEST, type DemoAlliance, type LatestReal } from './cadence';
export { fieldOf } from './compose';

/** One synthetic item: what the bulletin prints, plus what generated it (for tests and checks). */
export interface DemoItem {
	title: string;
	body: string;
	/** The whole attribution line, parentheses included. */
	attribution: string;
	/** The contributing alliance (alliance items) or the alliance named (some liaison items). */
	allianceId?: string;
	/** Activity type of an alliance item. */
	type?: ActivityType;
	/** The event date the body gives ('YYYY-MM-DD'; the 1st for a month), or null when it gives none. */
	eventDate?: string | null;
	/** How much of the date the body gives. */
	eventPrecision?: 'day' | 'month' | null;
}

/** One synthetic issue. */
export interface DemoIssue {
	year: number;
	number: number;
	serial: number;
	/** 'YYYY-MM-DD'. */
	date: string;
	sections: { policy: DemoItem[]; liaison: DemoItem[]; alliance: DemoItem[] };
	/** Fictional names for the closing block. */
	staff: { editor: string; reviewer: string; signer: string };
}

/** Options of generateArchive. */
export interface ArchiveOptions {
	/** How many synthetic issues (they all come before latestReal). */
	issues: number;
	seed: number;
	alliances: DemoAlliance[];
	/** The real issue the archive leads up to; default 2026年第1期（总第84期）, 2026-04-20. */
	latestReal?: LatestReal;
	/** Ids of alliances seen in the latest real issue: never silent or fading. */
	recent?: string[];
}

/** Attribution of policy digests, before the source. */
export const DIGEST_PREFIX = '联盟协发网秘书处和联盟试点工作联络组摘述，信息来源：';
/** Attribution of liaison items. */
export const LIAISON_ATTRIBUTION = '(联盟协发网秘书处和联盟试点工作联络组供稿)';

/** Pick `k` alliances by weight without replacement (Efraimidis–Spirakis), repeating only when too few are active. */
function chooseContributors(
	rng: Rng,
	profiles: AllianceProfile[],
	t: number,
	k: number
): AllianceProfile[] {
	const keyed: { p: AllianceProfile; key: number }[] = [];
	for (const p of profiles) {
		const w = activityWeight(p, t);
		if (w > 0) keyed.push({ p, key: Math.log(1 - rng.next()) / w });
	}
	if (keyed.length === 0) return [];
	keyed.sort((a, b) => b.key - a.key);
	const out = keyed.slice(0, k).map((x) => x.p);
	while (out.length < k)
		out.push(
			rng.weighted(
				keyed.map((x) => x.p),
				keyed.map((x) => activityWeight(x.p, t))
			)
		);
	return rng.shuffle(out);
}

/** Generate `issues` synthetic issues, oldest first, ending just before the latest real issue. Same options → same archive. */
export function generateArchive(opts: ArchiveOptions): DemoIssue[] {
	const latest = opts.latestReal ?? REAL_LATEST;
	const slots = issueCalendar(opts.issues, opts.seed, latest);
	const profiles = assignProfiles(opts.alliances, opts.seed, opts.recent);
	const byId = new Map(opts.alliances.map((a) => [a.id, a]));
	const root = createRng(opts.seed);
	const byType = new Map<ActivityType, AllianceTemplate[]>(
		ACTIVITY_TYPES.map((t) => [t, ALLIANCE_TEMPLATES.filter((x) => x.type === t)])
	);
	const last = Math.max(1, slots.length - 1);

	return slots.map((slot, index) => {
		const t = index / last;
		const rng = root.fork('issue', slot.serial);
		const issueDay = dayOf(slot.date);
		const seen = new Set<string>();

		/** Draw templates until the title is usable, then write the body. */
		const item = (
			draw: () => { tpl: TextTemplate | AllianceTemplate; closers: string[]; a?: DemoAlliance },
			finish: (ctx: Ctx) => Pick<DemoItem, 'attribution' | 'allianceId' | 'type'>
		): DemoItem => {
			for (let attempt = 0; ; attempt++) {
				const { tpl, closers, a } = draw();
				const day = issueDay - rng.int(3, 88);
				const ctx = context(rng, day, slot.year, a);
				const title = fill(tpl.title, ctx);
				if (!titleOk(title, seen, attempt)) continue;
				seen.add(title);
				const { prefix, date, precision } = datePrefix(rng, day);
				const body = compose(rng, prefix, tpl.lead, tpl.more, closers, ctx);
				return { title, body, ...finish(ctx), eventDate: date, eventPrecision: precision };
			}
		};

		const policy = Array.from({ length: rng.int(6, 8) }, () => {
			let tpl = POLICY_TEMPLATES[0]!;
			return item(
				() => ({ tpl: (tpl = rng.pick(POLICY_TEMPLATES)), closers: POLICY_CLOSERS }),
				(ctx) => {
					const dept = DEPARTMENTS.find((d) => d.name === ctx('dept'));
					const source = rng.pick(tpl.sources ?? dept?.sources ?? ['新华社']);
					return { attribution: `(${DIGEST_PREFIX}${source})` };
				}
			);
		});

		const active = profiles.filter((p) => activityWeight(p, t) > 0);
		const liaison = Array.from({ length: rng.int(2, 3) }, () => {
			let named: DemoAlliance | undefined;
			return item(
				() => {
					const tpl = rng.pick(LIAISON_TEMPLATES);
					named = tpl.alliance && active.length > 0 ? byId.get(rng.pick(active).id) : undefined;
					return {
						tpl: tpl.alliance && !named ? LIAISON_TEMPLATES[0]! : tpl,
						closers: LIAISON_CLOSERS,
						a: named
					};
				},
				() => ({
					attribution: rng.chance(0.85) ? LIAISON_ATTRIBUTION : '(联盟协发网秘书处供稿)',
					...(named ? { allianceId: named.id } : {})
				})
			);
		});

		const drift = ACTIVITY_TYPES.map(
			(ty) => TYPE_DRIFT[ty].from + (TYPE_DRIFT[ty].to - TYPE_DRIFT[ty].from) * t
		);
		const alliance = chooseContributors(rng, profiles, t, rng.int(12, 18)).map((p) => {
			const a = byId.get(p.id)!;
			const weights = drift.map((w, i) => w * p.bias[ACTIVITY_TYPES[i]!]);
			let type: ActivityType = 'events';
			return item(
				() => {
					type = rng.weighted(ACTIVITY_TYPES, weights);
					return { tpl: rng.pick(byType.get(type)!), closers: TYPE_CLOSERS[type], a };
				},
				() => ({ attribution: `(${attributionName(a.name)}秘书处供稿)`, allianceId: a.id, type })
			);
		});

		const staffRng = root.fork('staff', slot.year);
		const staff = {
			editor: staffRng.pick(STAFF.editors),
			reviewer: root.fork('reviewer', Math.floor(slot.year / 4)).pick(STAFF.reviewers),
			signer: STAFF.signers[0]!
		};
		return { ...slot, sections: { policy, liaison, alliance }, staff };
	});
}
