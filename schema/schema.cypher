// govgraph schema: uniqueness constraints and indexes, applied before every load (idempotent).
// Every node also carries the label :Entity so that one constraint covers lookups by id across labels.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name);
CREATE CONSTRAINT town_id IF NOT EXISTS FOR (n:Town) REQUIRE n.id IS UNIQUE;
CREATE INDEX town_name IF NOT EXISTS FOR (n:Town) ON (n.name);
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name);
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE INDEX institution_name IF NOT EXISTS FOR (n:Institution) ON (n.name);
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE INDEX article_name IF NOT EXISTS FOR (n:Article) ON (n.name);
CREATE INDEX district_code IF NOT EXISTS FOR (n:District) ON (n.code);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE INDEX holds_position_title IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.title);
