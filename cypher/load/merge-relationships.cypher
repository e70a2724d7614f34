// name: merge-relationships
// Upsert one batch of relationships of one type, keyed by the fact id. The type comes from
// schema/schema.json. Evidence is a set keyed by doc:start:end:rule: a key already there is not
// added again, so loading the same articles twice changes nothing and loading new ones adds their
// evidence. It is kept in (doc, start, end, rule) order, the order of graph.json, so loads in any
// order give the same lists.
// params: $rows: [{key, from, to, props, firstSeen, lastSeen, ev: {keys, docIds, sentences, starts, ends, rules}}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:`{{TYPE}}` {key: row.key}]->(b)
// Write first, read after: the relationship's lock keeps another load from changing the evidence
// read below before this one commits (see merge-nodes.cypher).
SET r._lock = true
WITH r, row,
     [i IN range(0, size(coalesce(r.evidenceKeys, [])) - 1) |
       {key: r.evidenceKeys[i], docId: r.evidenceDocIds[i], sentence: r.evidenceSentences[i], start: r.evidenceStarts[i], end: r.evidenceEnds[i], rule: r.evidenceRules[i]}] AS stored
WITH r, row, stored + [i IN range(0, size(row.ev.keys) - 1) WHERE NOT row.ev.keys[i] IN [e IN stored | e.key] |
       {key: row.ev.keys[i], docId: row.ev.docIds[i], sentence: row.ev.sentences[i], start: row.ev.starts[i], end: row.ev.ends[i], rule: row.ev.rules[i]}] AS evidence
WITH r, row, COLLECT { UNWIND evidence AS e RETURN e ORDER BY e.docId, e.start, e.end, e.rule, e.key } AS evidence
SET r += row.props,
    r.evidenceKeys = [e IN evidence | e.key],
    r.evidenceDocIds = [e IN evidence | e.docId],
    r.evidenceSentences = [e IN evidence | e.sentence],
    r.evidenceStarts = [e IN evidence | e.start],
    r.evidenceEnds = [e IN evidence | e.end],
    r.evidenceRules = [e IN evidence | e.rule],
    r.firstSeen = CASE WHEN row.firstSeen IS NULL THEN r.firstSeen
                       WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN row.lastSeen IS NULL THEN r.lastSeen
                      WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END
REMOVE r._lock
RETURN count(r) AS count
