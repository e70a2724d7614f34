// name: company-footprint
// description: A company's (or institution's) projects with their districts, its partners and the districts that signed with it
// param: name = ""  company or institution by name or alias ("" for all)
// param: limit = 200  most rows returned
MATCH (c) WHERE (c:Company OR c:Institution) AND ($name = '' OR c.name = $name OR $name IN c.aliases)
OPTIONAL MATCH (c)-[i:INVOLVED_IN]->(p:Project)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(d:District)
WITH c, collect(DISTINCT p.name + ' (' + i.role + coalesce(', ' + d.name, '') + ')') AS projects
OPTIONAL MATCH (c)-[:PARTNERS_WITH]-(partner)
WITH c, projects, collect(DISTINCT partner.name) AS partners
OPTIONAL MATCH (s:District)-[:SIGNED_WITH]->(c)
WITH c, projects, partners, collect(DISTINCT s.name) AS signedWith
WHERE size(projects) + size(partners) + size(signedWith) > 0 OR $name <> ''
RETURN c.name AS name, [l IN labels(c) WHERE l <> 'Entity'][0] AS kind, projects, partners, signedWith
ORDER BY size(projects) + size(partners) + size(signedWith) DESC, name
LIMIT $limit;
