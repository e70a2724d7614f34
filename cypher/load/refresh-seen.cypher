// name: refresh-seen
// After a forget, recompute firstSeen/lastSeen of positions from the articles that still state them.
MATCH ()-[r:HOLDS_POSITION]->()
OPTIONAL MATCH (a:Article) WHERE a.id IN [d IN r.evidenceDocIds | 'Article:' + d]
WITH r, min(a.date) AS first, max(a.date) AS last
SET r.firstSeen = first, r.lastSeen = last
RETURN count(r) AS count
