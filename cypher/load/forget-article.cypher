// name: forget-article
// Remove one article and every fact only it supports: its evidence is cut from every
// relationship, relationships left without evidence are deleted, then entities no article
// no fact touches any more, and the merge candidates that named those entities. Facts other
// articles also support keep their remaining evidence.
// params: $articleId (the article's content-hash id, without the "Article:" prefix)
MATCH ()-[r]->()
WHERE $articleId IN r.evidenceDocIds
// Write first, read after: the lock keeps a load running meanwhile from adding evidence that the
// lists set below would drop (see merge-nodes.cypher).
SET r._lock = true
WITH r, [i IN range(0, size(r.evidenceDocIds) - 1) WHERE r.evidenceDocIds[i] <> $articleId] AS keep
SET r.evidenceKeys = [i IN keep | r.evidenceKeys[i]],
    r.evidenceSentences = [i IN keep | r.evidenceSentences[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceRules = [i IN keep | r.evidenceRules[i]],
    r.evidenceDocIds = [i IN keep | r.evidenceDocIds[i]]
REMOVE r._lock
WITH r
CALL (r) {
  WITH r WHERE size(r.evidenceDocIds) = 0
  DELETE r
}
WITH count(*) AS touched
MATCH (article:Article {id: 'Article:' + $articleId})
DETACH DELETE article
WITH touched
OPTIONAL MATCH (n:Entity)
WHERE NOT n:Article AND NOT (n)--()
WITH touched, collect(n) AS orphans
WITH touched, orphans, [n IN orphans | n.id] AS gone
FOREACH (n IN orphans | DETACH DELETE n)
WITH touched, gone
CALL (gone) {
  MATCH (m:Entity)
  WHERE any(c IN m.mergeCandidates WHERE c IN gone)
  SET m._lock = true
  WITH m, [i IN range(0, size(m.mergeCandidates) - 1) WHERE NOT m.mergeCandidates[i] IN gone] AS keep
  SET m.mergeCandidateReasons = CASE WHEN keep = [] THEN null ELSE [i IN keep | m.mergeCandidateReasons[i]] END,
      m.mergeCandidates = CASE WHEN keep = [] THEN null ELSE [i IN keep | m.mergeCandidates[i]] END
  REMOVE m._lock
}
RETURN touched
