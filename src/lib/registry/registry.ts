/** The alliance registry: resolve one name, or find every organisation name in a text. */
import { allianceForms, RegistryDataError } from './csv';
import { compileScanner, type ScanEntry } from './mentions';
import { foldText, normalizeName, stripRoleWords, trimEdges } from './normalize';
import { coreGrams, isSubsequence, similarity, type CoreGrams } from './similarity';
import type { Alliance, Body, Mention, Registry, Resolution, UserAlias } from './types';

/** A registry that also knows the non-alliance bodies and the user aliases it was built with. */
export interface AllianceRegistry extends Registry {
	bodies: Body[];
	bodyById(id: string): Body | undefined;
	userAliases: UserAlias[];
	/** The core of a name (normalizeName), exposed for the UI's "add alias" form. */
	core(name: string): string;
}

/** Shortest core the subsequence fallback accepts, and the least share of the longer core it must cover. */
const FUZZY_MIN = 4;
const FUZZY_RATIO = 0.6;
const SUGGESTIONS = 3;
const CACHE_LIMIT = 5000;

interface FormCore {
	core: string;
	grams: CoreGrams;
	alliance: Alliance;
}

/** Add an owner to a key; a key with two owners (an ambiguous core) resolves to neither. */
function claim<T>(map: Map<string, T[]>, key: string, owner: T): void {
	if (!key) return;
	const had = map.get(key);
	if (!had) map.set(key, [owner]);
	else if (!had.includes(owner)) had.push(owner);
}

/** Build a registry from alliances, known bodies and a person's aliases. Throws RegistryDataError on a conflict. */
export function createRegistry(
	alliances: Alliance[],
	bodies: Body[] = [],
	userAliases: UserAlias[] = []
): AllianceRegistry {
	const ids = new Map(alliances.map((a) => [a.id, a]));
	const bodyIds = new Map(bodies.map((b) => [b.id, b]));
	const exact = new Map<string, Alliance>();
	const bodyExact = new Map<string, Body>();
	const cores = new Map<string, Alliance[]>();
	const bodyCores = new Map<string, Body[]>();
	const user = new Map<string, Alliance>();
	const userCores = new Map<string, Alliance[]>();
	const formCores: FormCore[] = [];
	const exactRes = new Map<Alliance, Resolution>();
	const userRes = new Map<Alliance, Resolution>();
	const bodyRes = new Map<Body, Resolution>();
	const entries: ScanEntry[] = [];

	for (const a of alliances) {
		exactRes.set(a, { status: 'alliance', alliance: a, method: 'exact' });
		userRes.set(a, { status: 'alliance', alliance: a, method: 'user' });
		for (const form of allianceForms(a)) {
			exact.set(form, a);
			const core = normalizeName(form);
			claim(cores, core, a);
			if (core && !formCores.some((f) => f.core === core && f.alliance === a)) {
				formCores.push({ core, grams: coreGrams(core), alliance: a });
			}
			if (form.includes('联盟')) {
				entries.push({ text: foldText(form), resolution: exactRes.get(a) as Resolution });
			}
		}
	}
	for (const b of bodies) {
		const res: Resolution = { status: 'body', body: b.id };
		bodyRes.set(b, res);
		for (const form of [b.name, ...b.aliases]) {
			const owner = exact.get(form);
			if (owner) {
				throw new RegistryDataError(
					`名称“${form}”既是联盟“${owner.id}”又是机构“${b.id}”`,
					'bodies.csv'
				);
			}
			bodyExact.set(form, b);
			claim(bodyCores, normalizeName(form), b);
			entries.push({ text: foldText(form), resolution: res });
		}
	}
	for (const u of userAliases) {
		const a = ids.get(u.allianceId);
		if (!a) {
			throw new RegistryDataError(
				`用户别名“${u.text}”指向不存在的联盟“${u.allianceId}”`,
				'user aliases'
			);
		}
		const text = u.text.trim();
		user.set(text, a);
		claim(userCores, normalizeName(text), a);
		entries.push({ text: foldText(text), resolution: userRes.get(a) as Resolution });
	}

	const alliance = (a: Alliance, method: 'exact' | 'normalised' | 'user'): Resolution =>
		method === 'exact'
			? (exactRes.get(a) as Resolution)
			: method === 'user'
				? (userRes.get(a) as Resolution)
				: { status: 'alliance', alliance: a, method };

	/** Alliances ranked by how close one of their cores is to `core`. */
	function suggest(core: string): Alliance[] {
		if (!core) return [];
		const g = coreGrams(core);
		const best = new Map<Alliance, number>();
		for (const f of formCores) {
			const s = similarity(g, f.grams);
			if (s > (best.get(f.alliance) ?? 0)) best.set(f.alliance, s);
		}
		return [...best]
			.sort((x, y) => y[1] - x[1] || x[0].id.localeCompare(y[0].id))
			.slice(0, SUGGESTIONS)
			.map(([a]) => a);
	}

	/** The one alliance one of whose cores contains `core` in order, or the other way round (应急装备 ↔ 应急救援装备). */
	function fuzzy(core: string): Alliance | null {
		let hit: Alliance | null = null;
		for (const f of formCores) {
			const [short, long] = core.length <= f.core.length ? [core, f.core] : [f.core, core];
			if (short.length < FUZZY_MIN || short.length / long.length < FUZZY_RATIO) continue;
			if (!isSubsequence(short, long)) continue;
			if (hit && hit !== f.alliance) return null;
			hit = f.alliance;
		}
		return hit;
	}

	function resolveUncached(name: string): Resolution {
		const raw = trimEdges(name.trim());
		const forms = [raw, stripRoleWords(raw)];
		for (const f of forms) {
			const a = exact.get(f);
			if (a) return alliance(a, 'exact');
			const b = bodyExact.get(f);
			if (b) return bodyRes.get(b) as Resolution;
		}
		for (const f of forms) {
			const a = user.get(f);
			if (a) return alliance(a, 'user');
		}
		const core = normalizeName(raw);
		const byCore = cores.get(core) ?? [];
		if (byCore.length === 1) return alliance(byCore[0] as Alliance, 'normalised');
		if (byCore.length > 1)
			return { status: 'unresolved', suggestions: byCore.slice(0, SUGGESTIONS) };
		const byUser = userCores.get(core) ?? [];
		if (byUser.length === 1) return alliance(byUser[0] as Alliance, 'user');
		const body = bodyCores.get(core) ?? [];
		if (body.length === 1) return bodyRes.get(body[0] as Body) as Resolution;
		const near = fuzzy(core);
		if (near) return alliance(near, 'normalised');
		return { status: 'unresolved', suggestions: suggest(core) };
	}

	const cache = new Map<string, Resolution>();
	function resolve(name: string): Resolution {
		const hit = cache.get(name);
		if (hit) return hit;
		const res = resolveUncached(name);
		if (cache.size >= CACHE_LIMIT) cache.clear();
		cache.set(name, res);
		return res;
	}

	const scan = compileScanner(entries, resolve);
	return {
		alliances,
		bodies,
		userAliases,
		byId: (id) => ids.get(id),
		bodyById: (id) => bodyIds.get(id),
		resolve,
		findMentions: (text: string): Mention[] => scan(text),
		core: normalizeName
	};
}
