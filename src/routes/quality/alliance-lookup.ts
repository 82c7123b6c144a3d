/** The type-ahead of the name resolver: every written form of every alliance, and the alliance a typed text names. */
import type { Alliance } from '$lib/registry/types';

/** One option of the type-ahead list: a written form and the alliance it names. */
export interface AllianceChoice {
	form: string;
	alliance: Alliance;
}

/** Every form (name, short names, aliases, acronym) of every alliance, each once, in alliance order. */
export function allianceChoices(alliances: readonly Alliance[]): AllianceChoice[] {
	const seen = new Set<string>();
	const out: AllianceChoice[] = [];
	for (const a of alliances) {
		for (const form of [a.name, ...a.shortNames, ...a.aliases, ...(a.acronym ? [a.acronym] : [])]) {
			if (seen.has(form)) continue;
			seen.add(form);
			out.push({ form, alliance: a });
		}
	}
	return out;
}

/** The alliance a typed text names: a form exactly (Latin letters in any case), or an id; null when none or several. */
export function lookupAlliance(text: string, alliances: readonly Alliance[]): Alliance | null {
	const typed = text.trim();
	if (!typed) return null;
	const exact = alliances.filter((a) => a.id === typed || formsOf(a).includes(typed));
	if (exact.length === 1) return exact[0] ?? null;
	if (exact.length > 1) return null;
	const lower = typed.toLowerCase();
	const loose = alliances.filter((a) => formsOf(a).some((f) => f.toLowerCase() === lower));
	return loose.length === 1 ? (loose[0] ?? null) : null;
}

function formsOf(a: Alliance): string[] {
	return [a.name, ...a.shortNames, ...a.aliases, ...(a.acronym ? [a.acronym] : [])];
}

/** The name a person knows an alliance by: its first short name, else its full name. */
export function shortName(a: Pick<Alliance, 'name' | 'shortNames'>): string {
	return a.shortNames[0] ?? a.name;
}
