// name: merge-nodes
// Upsert one batch of nodes of one label. The label comes from schema/schema.json (never from
// input); every value arrives in $rows. Lists that are sets are unioned, so a later load adds and
// never drops: aliases, an article's paths (one article, two file names) and merge candidates
// (paired with their reasons). They are kept sorted, so loads in any order give the same lists.
// params: $rows: [{id, name, aliases, props}] (props.path a string, props.mergeCandidates and
//         props.mergeCandidateReasons parallel lists)
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
// Write first, read after: the write takes the node's lock, so no other load changes the lists read
// below before this one commits (a read in a later clause takes no lock: two loads at once would
// each add to what they read, and the later commit would drop the other's entries).
SET n._lock = true
WITH n, row,
     // An article loaded before paths were a list holds a string: [] + 'a.txt' is ['a.txt'].
     [] + coalesce(n.path, []) + coalesce(row.props.path, []) AS paths,
     [i IN range(0, size(coalesce(n.mergeCandidates, [])) - 1) | [n.mergeCandidates[i], n.mergeCandidateReasons[i]]] +
     [i IN range(0, size(coalesce(row.props.mergeCandidates, [])) - 1) | [row.props.mergeCandidates[i], row.props.mergeCandidateReasons[i]]] AS pairs
WITH n, row,
     COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS a RETURN DISTINCT a ORDER BY a } AS aliases,
     COLLECT { UNWIND paths AS p RETURN DISTINCT p ORDER BY p } AS paths,
     COLLECT { UNWIND pairs AS pair RETURN DISTINCT pair ORDER BY pair } AS pairs
SET n:`{{LABEL}}`, n += row.props, n.name = row.name, n.aliases = aliases,
    n.path = CASE WHEN paths = [] THEN null ELSE paths END,
    n.mergeCandidates = CASE WHEN pairs = [] THEN null ELSE [pair IN pairs | pair[0]] END,
    n.mergeCandidateReasons = CASE WHEN pairs = [] THEN null ELSE [pair IN pairs | pair[1]] END
REMOVE n._lock
RETURN count(n) AS count
