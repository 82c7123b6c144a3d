/** Every page's strings, merged into the one dictionary (each page owns its own file and key prefix). */
import * as alliance from './alliance';
import * as alliances from './alliances';
import * as evaluation from './evaluation';
import * as importPage from './import';
import * as items from './items';
import * as overview from './overview';
import * as quality from './quality';
import * as topics from './topics';

export const pagesZh = {
	...overview.zh,
	...alliances.zh,
	...alliance.zh,
	...topics.zh,
	...evaluation.zh,
	...items.zh,
	...quality.zh,
	...importPage.zh
};

export const pagesEn = {
	...overview.en,
	...alliances.en,
	...alliance.en,
	...topics.en,
	...evaluation.en,
	...items.en,
	...quality.en,
	...importPage.en
};
