/** Shapes of the activity-type rules (data/topics.csv). */
import type { Section } from '../bulletin/types';

/** An evaluation dimension an activity type feeds; `policy` for policy themes. */
export type Dimension = 'organisation' | 'innovation' | 'industry' | 'exchange' | 'policy';
export const DIMENSIONS: readonly Exclude<Dimension, 'policy'>[] = [
	'organisation',
	'innovation',
	'industry',
	'exchange'
];

/** One activity type or policy theme, with the words that signal it. */
export interface Topic {
	id: string;
	zh: string;
	en: string;
	dimension: Dimension;
	/** Sections whose items the rule applies to. */
	sections: Section[];
	keywords: string[];
}
