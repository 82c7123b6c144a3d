/** Which alliances an item names, and in what role: contributor (attribution), subject (title), mentioned (body). */
import type { Mention, Registry } from '../registry/types';
import type { RawItem } from './segment';
import type { AllianceRole, ItemAlliance, ParseWarning, UnresolvedName } from './types';

/** An item's alliances and the names that resolved to nothing. */
export interface ItemNames {
	alliances: ItemAlliance[];
	unresolved: UnresolvedName[];
}

/** The contributor of an attribution: the whole name if it resolves, else every name inside it. */
function contributorMentions(registry: Registry, contributor: string): Mention[] {
	const whole = registry.resolve(contributor);
	if (whole.status !== 'unresolved') return [{ text: contributor, index: 0, resolution: whole }];
	const inside = registry.findMentions(contributor);
	return inside.length > 0 ? inside : [{ text: contributor, index: 0, resolution: whole }];
}

/** Resolve every name an item gives; unresolved names are warnings with suggestions. */
export function resolveItemAlliances(
	registry: Registry,
	itemId: string,
	raw: RawItem,
	body: string,
	warnings: ParseWarning[]
): ItemNames {
	const alliances: ItemAlliance[] = [];
	const unresolved: UnresolvedName[] = [];
	const seen = new Set<string>();
	const add = (mentions: Mention[], role: AllianceRole) => {
		for (const m of mentions) {
			const r = m.resolution;
			if (r.status === 'alliance') {
				const key = `${r.alliance.id}|${role}`;
				if (seen.has(key)) continue;
				seen.add(key);
				alliances.push({ id: r.alliance.id, name: r.alliance.name, role, text: m.text });
			} else if (r.status === 'unresolved') {
				const key = `?${m.text}|${role}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const suggestions = r.suggestions.map((a) => ({ id: a.id, name: a.name }));
				unresolved.push({ text: m.text, itemId, role, suggestions });
				const hint = suggestions.length
					? `；可能是：${suggestions.map((s) => s.name).join('、')}`
					: '';
				warnings.push({
					code: 'unresolved-name',
					message: `无法识别的组织名称“${m.text}”（${role}）${hint}`,
					line: raw.line,
					text: m.text
				});
			}
		}
	};
	if (raw.attribution)
		add(contributorMentions(registry, raw.attribution.contributor), 'contributor');
	add(registry.findMentions(raw.title), 'subject');
	add(registry.findMentions(body), 'mentioned');
	return { alliances, unresolved };
}
