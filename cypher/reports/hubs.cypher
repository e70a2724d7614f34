// name: hubs
// description: The most connected officials, companies, institutions and projects (articles not counted)
// param: limit = 15  most rows returned
MATCH (n:Entity) WHERE n:Official OR n:Company OR n:Institution OR n:Project
OPTIONAL MATCH (n)-[r]-(other) WHERE NOT other:Article
WITH n, count(DISTINCT other) AS neighbours, count(r) AS facts
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(a:Article)
RETURN n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, neighbours, facts, count(a) AS articles
ORDER BY neighbours DESC, articles DESC, name
LIMIT $limit;
