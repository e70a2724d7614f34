// name: post-history
// description: Holders of one post over time, earliest first, each with the sentence that states it
// param: title = "区委书记"  the post as written, without the place
// param: district = ""  the place, by name, alias or code ("" for every place with that post)
// param: from = ""  only holders seen on or after this date ("" for no bound)
// param: to = ""  only holders seen on or before this date ("" for no bound)
MATCH (o:Official)-[h:HOLDS_POSITION {title: $title}]->(place)
WHERE ($district = '' OR place.name = $district OR $district IN place.aliases OR place.code = $district)
  AND ($from = '' OR h.lastSeen >= $from)
  AND ($to = '' OR h.firstSeen <= $to)
RETURN place.name AS place, h.title AS title, o.name AS official, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen,
       h.start AS start, h.end AS end, h.evidenceSentences[0] AS evidence
ORDER BY place, coalesce(h.start, h.firstSeen), official;
