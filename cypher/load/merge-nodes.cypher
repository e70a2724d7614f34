// name: merge-nodes
// Upsert one batch of nodes of one label. The label comes from schema/schema.json (never from
// input); every value arrives in $rows. Aliases are unioned so incremental loads add, never drop.
// params: $rows: [{id, name, aliases, props}]
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:`{{LABEL}}`, n += row.props, n.name = row.name,
    n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
RETURN count(n) AS count
