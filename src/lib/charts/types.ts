/** Shapes shared by the chart components. */

/** User-visible strings every chart frame needs (see chartLabels() in i18n). */
export interface ChartLabels {
	/** Toggle for the data table, e.g. 表格. */
	table: string;
	saveSvg: string;
	savePng: string;
	/** Shown when saving fails; `{error}` is replaced by the reason. */
	saveFailed: string;
	/** Name of a stack's total, e.g. 合计. */
	total: string;
}

/** One entry of a legend. */
export interface LegendItem {
	key: string;
	label: string;
	colour: string;
}

/** One column of a chart's data table. */
export interface TableColumn<T> {
	label: string;
	value: (row: T) => string | number;
	/** Right-align (numbers). */
	numeric?: boolean;
}

/** A tick an axis draws: where, and what it says. */
export interface Tick {
	/** Pixel position along the axis. */
	pos: number;
	label: string;
}

/** What the tooltip shows and where it points (pixels in the plot). */
export interface TooltipState {
	x: number;
	y: number;
	heading: string;
	/** [name, value] pairs under the heading. */
	rows: [string, string][];
}

/** Space around the plotting area for axes and labels. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}
