// name: forget-article
// Remove one article and every fact only it supports: its evidence is cut from every
// relationship, relationships left without evidence are deleted, then entities no article
// no fact touches any more. Facts other articles also support keep their remaining evidence.
// params: $articleId (the article's content-hash id, without the "Article:" prefix)
MATCH ()-[r]->()
WHERE $articleId IN r.evidenceDocIds
WITH r, [i IN range(0, size(r.evidenceDocIds) - 1) WHERE r.evidenceDocIds[i] <> $articleId] AS keep
SET r.evidenceKeys = [i IN keep | r.evidenceKeys[i]],
    r.evidenceSentences = [i IN keep | r.evidenceSentences[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceRules = [i IN keep | r.evidenceRules[i]],
    r.evidenceDocIds = [i IN keep | r.evidenceDocIds[i]]
WITH r
CALL (r) {
  WITH r WHERE size(r.evidenceDocIds) = 0
  DELETE r
}
WITH count(*) AS touched
MATCH (article:Article {id: 'Article:' + $articleId})
DETACH DELETE article
WITH touched
MATCH (n:Entity)
WHERE NOT n:Article AND NOT (n)--()
DETACH DELETE n
RETURN touched
