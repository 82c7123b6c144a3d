/**
 * The registry and activity-type rules in the browser (main thread and import worker): the same data files
 * as the CLI, bundled by Vite as text, plus the person's own alliances and aliases from the stored archive.
 */
import alliancesCsv from '../../../data/alliances.csv?raw';
import bodiesCsv from '../../../data/bodies.csv?raw';
import topicsCsv from '../../../data/topics.csv?raw';
import { createParseContext } from '../bulletin/context';
import type { ParseContext } from '../bulletin/parse';
import { parseAlliancesCsv, parseBodiesCsv } from '../registry/csv';
import { createRegistry, type AllianceRegistry } from '../registry/registry';
import type { Alliance, Body, UserAlias } from '../registry/types';
import { parseTopicsCsv } from '../topics/csv';
import type { Topic } from '../topics/types';

/** What a person added to the registry. */
export interface RegistryExtras {
	userAliases: UserAlias[];
	userAlliances: Alliance[];
}

let base: { alliances: Alliance[]; bodies: Body[]; topics: Topic[] } | null = null;

/** The shipped alliances, bodies and topics (parsed once). */
export function baseRegistryData(): { alliances: Alliance[]; bodies: Body[]; topics: Topic[] } {
	base ??= {
		alliances: parseAlliancesCsv(alliancesCsv, 'data/alliances.csv'),
		bodies: parseBodiesCsv(bodiesCsv, 'data/bodies.csv'),
		topics: parseTopicsCsv(topicsCsv, 'data/topics.csv')
	};
	return base;
}

/** The registry with a person's alliances and aliases; throws RegistryDataError when they conflict with it. */
export function buildRegistry(extras: RegistryExtras): AllianceRegistry {
	const { alliances, bodies } = baseRegistryData();
	const own = extras.userAlliances.map(({ id, name, shortNames, aliases, acronym, domain }) => ({
		id,
		name,
		shortNames,
		aliases,
		acronym,
		domain
	}));
	return createRegistry([...alliances, ...own], bodies, extras.userAliases);
}

let cached: { key: string; ctx: ParseContext } | null = null;

/** The parse context for `extras`, rebuilt only when they change. */
export function parseContextFor(extras: RegistryExtras): ParseContext {
	const key = JSON.stringify(extras);
	if (cached?.key !== key)
		cached = { key, ctx: createParseContext(buildRegistry(extras), baseRegistryData().topics) };
	return cached.ctx;
}
