/**
 * Issues present and the longest gap, counted in JS from issue keys (issue_keys.k): the ranking's per-issue
 * statistics without a window over every (alliance, issue) pair in DuckDB.
 */

/** What an alliance's issue keys say about it within the issues in scope. */
export interface IssueRuns {
	/** Distinct issues in scope among its keys. */
	present: number;
	/**
	 * Longest run of consecutive issues in scope without it, the runs before its first and after its last
	 * included; every issue in scope when it has none.
	 */
	longestGap: number;
}

/**
 * A counter over the issues in scope, `scope` being their keys in issue order (date, then id). Keys outside
 * the scope are ignored; a key given twice counts once.
 */
export function issueRuns(scope: readonly number[]): (keys: readonly number[]) => IssueRuns {
	let top = 0;
	for (const k of scope) if (k > top) top = k;
	// Position of each key in scope (0 = not in scope), and one mark per position, reused per alliance.
	const position = new Int32Array(top + 1);
	scope.forEach((k, i) => (position[k] = i + 1));
	const marks = new Uint8Array(scope.length + 1);
	return (keys) => {
		marks.fill(0);
		let present = 0;
		for (const k of keys) {
			const p = k >= 0 && k <= top ? position[k]! : 0;
			if (p && !marks[p]) {
				marks[p] = 1;
				present++;
			}
		}
		let longestGap = 0;
		let run = 0;
		for (let p = 1; p <= scope.length; p++) {
			if (marks[p]) run = 0;
			else if (++run > longestGap) longestGap = run;
		}
		return { present, longestGap };
	};
}
