// name: evidence
// description: Every source sentence behind the facts about one entity, with the article's title and date
// param: name = ""  the entity, by name or alias (required)
// param: limit = 500  most rows returned
MATCH (e:Entity) WHERE NOT e:Article AND (e.name = $name OR $name IN e.aliases)
MATCH (e)-[r]-(other)
WHERE NOT other:Article
UNWIND range(0, size(r.evidenceDocIds) - 1) AS i
MATCH (a:Article {id: 'Article:' + r.evidenceDocIds[i]})
RETURN e.name AS entity, type(r) AS fact, other.name AS other, coalesce(r.title, r.role, '') AS qualifier,
       a.title AS article, a.date AS date, r.evidenceSentences[i] AS sentence, r.evidenceRules[i] AS rule
ORDER BY date, article, fact, other
LIMIT $limit;
