// name: projects-by-district
// description: Projects in a district with their companies (and roles) and the officials who attended them
// param: district = ""  district by name, alias or code ("" for all)
// param: limit = 200  most rows returned
MATCH (p:Project)-[:LOCATED_IN]->(d:District)
WHERE $district = '' OR d.name = $district OR $district IN d.aliases OR d.code = $district
OPTIONAL MATCH (c)-[i:INVOLVED_IN]->(p)
WITH d, p, [x IN collect(DISTINCT {name: c.name, role: i.role}) WHERE x.name IS NOT NULL | x.name + ' (' + x.role + ')'] AS companies
OPTIONAL MATCH (o:Official)-[a:ATTENDED]->(p)
WITH d, p, companies, [x IN collect(DISTINCT {name: o.name, date: a.date}) WHERE x.name IS NOT NULL | x.name + coalesce(' ' + x.date, '')] AS attendedBy
RETURN d.name AS district, p.name AS project, p.phases AS phases, p.investment AS investment, companies, attendedBy
ORDER BY district, size(companies) + size(attendedBy) DESC, project
LIMIT $limit;
