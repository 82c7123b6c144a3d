/** Props of the chart components: rows and accessors in, labels passed in, callbacks out. */
import type { ChartLabels } from './types';

/** What every chart takes. */
export interface BaseChartProps {
	/** Heading in the figcaption, also the saved file's name and the image title. */
	title: string;
	/** One sentence under the title: what is counted, for which filters. */
	caption?: string;
	/** Strings for the Table / SVG / PNG buttons (chartLabels() in i18n). */
	labels: ChartLabels;
	/** Sentence shown instead of the chart when there are no rows. */
	emptyMessage: string;
	/** Plot height in px; each chart has a sensible default. */
	height?: number;
	/** Value format for ticks, tooltips and the table (default formatNumber). */
	format?: (n: number) => string;
}

/** Horizontal bars, one per row (e.g. top alliances by items). */
export interface BarChartProps<T> extends BaseChartProps {
	rows: T[];
	label: (row: T) => string;
	value: (row: T) => number;
	/** Axis and table heading of the bar labels, e.g. 联盟. */
	categoryLabel: string;
	/** Axis and table heading of the values, e.g. 条目数. */
	valueLabel: string;
	onselect?: (row: T) => void;
}

/** Long rows (x, series, value) shared by stacked bars, lines and stacked areas. */
export interface SeriesProps<T> extends BaseChartProps {
	rows: T[];
	x: (row: T) => string;
	series: (row: T) => string;
	value: (row: T) => number;
	/** Every x to show, in order (zero-filled); default: the rows' x values sorted. */
	xOrder?: string[];
	/** Series order (stacking order, legend order, colours); default: first seen. */
	seriesOrder?: string[];
	/** Display name of a series key, e.g. section id → 重要政策动态. */
	seriesLabel?: (key: string) => string;
	/** Display form of an x key, e.g. monthTickLabel or an issue's 第N期. */
	xFormat?: (key: string) => string;
	xLabel: string;
	yLabel: string;
	/** Legend heading (read by screen readers), e.g. 栏目. */
	seriesName?: string;
}

/** Vertical stacked bars (e.g. items per issue stacked by section). */
export interface StackedBarChartProps<T> extends SeriesProps<T> {
	onselect?: (x: string, series: string) => void;
}

/** Series over time as lines, or stacked areas. */
export interface LineChartProps<T> extends SeriesProps<T> {
	mode?: 'lines' | 'stacked';
	onselect?: (x: string) => void;
}

/** Rows × columns matrix of counts, zero cells shown (e.g. alliance × month). */
export interface HeatMapProps<T> extends BaseChartProps {
	rows: T[];
	row: (d: T) => string;
	column: (d: T) => string;
	value: (d: T) => number;
	/** Every row to show, in order, including silent ones. */
	rowOrder?: string[];
	/** Every column to show, in order (e.g. monthRange(from, to)). */
	columnOrder?: string[];
	rowLabel?: (key: string) => string;
	columnLabel?: (key: string) => string;
	rowsName: string;
	columnsName: string;
	valueLabel: string;
	onselectrow?: (row: string) => void;
	onselectcell?: (row: string, column: string, value: number) => void;
}

/** Items as dots on a date axis, optionally in lanes (e.g. by section). */
export interface TimelineProps<T> extends BaseChartProps {
	rows: T[];
	/** 'YYYY-MM-DD'; rows with null or another form are counted in `undatedMessage`. */
	date: (row: T) => string | null;
	label: (row: T) => string;
	lane?: (row: T) => string;
	laneOrder?: string[];
	laneLabel?: (key: string) => string;
	/** Display of a date in tooltip and table, e.g. dateLabel. */
	dateFormat?: (date: string) => string;
	/** Display of a month tick, e.g. monthTickLabel. */
	monthFormat?: (yearMonth: string) => string;
	dateName: string;
	itemName: string;
	laneName?: string;
	/** Sentence for rows left off for want of a date, e.g. n => t('chart.undated', { n }). */
	undatedMessage?: (n: number) => string;
	onselect?: (row: T) => void;
}
