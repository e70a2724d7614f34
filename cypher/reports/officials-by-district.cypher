// name: officials-by-district
// description: Each place's officials and titles, with the latest observation and its date
// param: district = ""  district, city or province by name, alias or code ("" for all)
// param: asOf = ""  only observations on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; "" for all)
// param: limit = 200  most rows returned
MATCH (o:Official)-[h:HOLDS_POSITION]->(place)
WHERE ($district = '' OR place.name = $district OR $district IN place.aliases OR place.code = $district)
  AND ($asOf = '' OR h.firstSeen <= $asOf)
RETURN place.name AS place, [l IN labels(place) WHERE l <> 'Entity'][0] AS kind, h.title AS title, o.name AS official,
       h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, size(h.evidenceDocIds) AS sources
ORDER BY place, lastSeen DESC, title, official
LIMIT $limit;
