// name: name-clashes
// description: Places that share a name (told apart by code) and the merge candidates rules left for review
// param: limit = 100  most rows returned
CALL () {
  MATCH (d:Entity) WHERE d:District OR d:City OR d:Province
  WITH d.name AS name, collect(d) AS units WHERE size(units) > 1
  UNWIND units AS u
  OPTIONAL MATCH (u)-[:PART_OF]->(parent)
  RETURN 'same name' AS kind, name AS a, u.id + coalesce(' in ' + parent.name, '') AS b, '' AS reason
  UNION ALL
  MATCH (x:Entity) WHERE x.mergeCandidates IS NOT NULL
  UNWIND range(0, size(x.mergeCandidates) - 1) AS i
  MATCH (y:Entity {id: x.mergeCandidates[i]}) WHERE x.id < y.id
  RETURN 'merge candidate' AS kind, x.name + ' (' + x.id + ')' AS a, y.name + ' (' + y.id + ')' AS b, x.mergeCandidateReasons[i] AS reason
}
RETURN kind, a, b, reason
ORDER BY kind DESC, a, b
LIMIT $limit;
