import { pagesEn } from './pages';
import type { MessageKey } from './zh';

/** English strings; same keys as zh (checked by the compiler and by a test). */
export const en: Record<MessageKey, string> = {
	...pagesEn,
	'app.name': 'Alliance Pulse',
	'app.tagline': "Pilot alliances' activeness, read from the liaison group's bulletins",
	'app.skip': 'Skip to content',

	'nav.label': 'Main navigation',
	'nav.overview': 'Overview',
	'nav.alliances': 'Alliances',
	'nav.topics': 'Topics',
	'nav.evaluation': 'Evaluation',
	'nav.items': 'Items',
	'nav.quality': 'Data quality',
	'nav.import': 'Import',

	'section.policy': 'Policy news',
	'section.liaison': 'Liaison group and network news',
	'section.alliance': 'Pilot alliance news',

	'kind.contributed': 'Contributed',
	'kind.digest': 'Digest',

	'role.contributor': 'Contributor',
	'role.subject': 'Subject',
	'role.mentioned': 'Mentioned',

	'dimension.organisation': 'Organisation',
	'dimension.innovation': 'Collaborative innovation',
	'dimension.industry': 'Serving industry',
	'dimension.exchange': 'Publicity, exchange and cooperation',
	'dimension.policy': 'Policy themes',

	'grade.high': 'High',
	'grade.fairly-high': 'Fairly high',
	'grade.average': 'Average',
	'grade.inactive': 'Inactive',

	'filter.label': 'Filters',
	'filter.alliance': 'Alliance',
	'filter.from': 'From',
	'filter.to': 'To',
	'filter.period': 'Period',
	'filter.year': 'Evaluation year',
	'filter.section': 'Section',
	'filter.type': 'Activity type',
	'filter.dim': 'Dimension',
	'filter.q': 'Search',
	'filter.qPlaceholder': 'Words in title or body',
	'filter.real': 'Real data only',
	'filter.sort': 'Sort',
	'filter.page': 'Page',
	'filter.all': 'All',
	'filter.clear': 'Clear filters',
	'filter.apply': 'Apply',
	'filter.active': 'Filtered: {summary}',

	'preset.year': '{year}',
	'preset.last12': 'Last 12 months',
	'preset.quarter': 'Q{q} {year}',

	'filterError.repeated':
		'Parameter {param} appears more than once; using the first value "{value}"',
	'filterError.month': 'Parameter {param}={value} is invalid: expected a month as YYYY-MM',
	'filterError.range': 'Invalid period: from {from} is after to {to}; "to" was ignored',
	'filterError.year': 'Parameter {param}={value} is invalid: expected a four-digit year',
	'filterError.enum': 'Parameter {param}={value} is invalid: allowed values are {allowed}',
	'filterError.id':
		'Parameter {param}={value} is invalid: expected an id of lower-case letters, digits and hyphens',
	'filterError.flag': 'Parameter {param}={value} is invalid: expected 1',
	'filterError.page': 'Parameter {param}={value} is invalid: expected a positive whole number',
	'filterError.sort':
		'Parameter {param}={value} is invalid: expected a field name, optionally prefixed with -',

	'chart.table': 'Table',
	'chart.saveSvg': 'Save SVG',
	'chart.savePng': 'Save PNG',
	'chart.saveFailed': 'Could not save the image: {error}',
	'chart.legend': 'Legend',
	'chart.total': 'Total',
	'chart.items': 'Items',
	'chart.month': 'Month',
	'chart.issue': 'Issue',
	'chart.date': 'Date',
	'chart.value': 'Value',
	'chart.undated': '{n} items have no usable date and are not on the timeline',

	'export.csv': 'Export CSV',

	'empty.items': 'No items match the current filters',
	'empty.alliances': 'No alliances match the current filters',
	'empty.chart': 'Nothing to chart for the current filters',
	'empty.issues': 'No bulletins have been imported yet',
	'empty.search': 'No items contain "{q}"',
	'empty.warnings': 'No parse warnings',

	'badge.synthetic': 'Synthetic data',
	'badge.syntheticTitle': 'Synthetic demonstration data, not the text of a real bulletin',

	loading: 'Loading…',
	'loading.db': 'Starting the database…',
	'error.generic': 'Something went wrong: {message}',

	'locale.label': 'Language',
	'locale.switch': '中文',
	'theme.label': 'Appearance',
	'theme.system': 'System',
	'theme.light': 'Light',
	'theme.dark': 'Dark',

	'unit.items': '{n} items',
	'unit.issues': '{n} issues',
	'unit.alliances': '{n} alliances',
	'stat.issues': 'Issues',
	'stat.items': 'Items',
	'stat.activeAlliances': 'Active alliances',

	'page.prev': 'Previous',
	'page.next': 'Next',
	'page.of': 'Page {page} of {pages}'
};
