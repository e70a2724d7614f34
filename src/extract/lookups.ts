// How many mentions and sections the per-document look-ups (scope, positions) visit: one counter,
// read by tests to check that extraction does work linear in its input (a text twice as long
// visits about twice as many). Nothing in the pipeline reads it; an increment is all it costs.
export const lookupVisits = { count: 0 };
