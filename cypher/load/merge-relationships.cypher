// name: merge-relationships
// Upsert one batch of relationships of one type, keyed by the fact id. The type comes from
// schema/schema.json. Evidence is appended only where its key (doc:start:end:rule) is new, so
// loading the same articles twice changes nothing and loading new ones adds their evidence.
// params: $rows: [{key, from, to, props, firstSeen, lastSeen, ev: {keys, docIds, sentences, starts, ends, rules}}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:`{{TYPE}}` {key: row.key}]->(b)
SET r += row.props
WITH r, row, [i IN range(0, size(row.ev.keys) - 1) WHERE NOT row.ev.keys[i] IN coalesce(r.evidenceKeys, [])] AS fresh
SET r.evidenceKeys = coalesce(r.evidenceKeys, []) + [i IN fresh | row.ev.keys[i]],
    r.evidenceDocIds = coalesce(r.evidenceDocIds, []) + [i IN fresh | row.ev.docIds[i]],
    r.evidenceSentences = coalesce(r.evidenceSentences, []) + [i IN fresh | row.ev.sentences[i]],
    r.evidenceStarts = coalesce(r.evidenceStarts, []) + [i IN fresh | row.ev.starts[i]],
    r.evidenceEnds = coalesce(r.evidenceEnds, []) + [i IN fresh | row.ev.ends[i]],
    r.evidenceRules = coalesce(r.evidenceRules, []) + [i IN fresh | row.ev.rules[i]],
    r.firstSeen = CASE WHEN row.firstSeen IS NULL THEN r.firstSeen
                       WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN row.lastSeen IS NULL THEN r.lastSeen
                      WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END
RETURN count(r) AS count
