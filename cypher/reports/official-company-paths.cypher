// name: official-company-paths
// description: Shortest paths (up to 4 hops, articles left out) from an official to companies, each hop with its evidence sentence
// param: name = ""  the official, by name ("" for every official)
// param: limit = 50  most paths returned
MATCH (o:Official) WHERE $name = '' OR o.name = $name
MATCH (c:Company)
MATCH path = shortestPath((o)-[*..4]-(c))
WHERE none(n IN nodes(path) WHERE n:Article)
RETURN o.name AS official, c.name AS company, length(path) AS hops,
       [i IN range(0, length(path) - 1) |
         nodes(path)[i].name + ' -[' + type(relationships(path)[i]) + ']- ' + nodes(path)[i + 1].name + ': ' + relationships(path)[i].evidenceSentences[0]] AS steps
ORDER BY hops, official, company
LIMIT $limit;
