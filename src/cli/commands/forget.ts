// govgraph forget <article…>: remove articles from the database and every fact only they support.
import { defineCommand } from 'citty';
import { forgetArticle } from '../../neo4j/writer';
import { connect, connectionFromEnv, toNeo4jError } from '../../neo4j/connection';
import { EXIT, GovgraphError } from '../../errors';
import { readInputs } from '../../ingest';
import { collectPaths } from '../args';

export default defineCommand({
  meta: { name: 'forget', description: 'Remove an article (by file or by its id) and the facts only it supports' },
  args: { articles: { type: 'positional', description: 'Article files or ids (16 hex characters)', required: true } },
  async run({ args }) {
    const targets = collectPaths({ _: args._, paths: args.articles });
    const ids: string[] = [];
    for (const target of targets) {
      if (/^(?:Article:)?[0-9a-f]{16}$/.test(target)) ids.push(target.replace(/^Article:/, ''));
      else for await (const r of readInputs([target], {})) if (r.ok) ids.push(r.doc.id);
    }
    if (ids.length === 0) throw new GovgraphError('E_ENTITY_UNKNOWN', `no readable article among: ${targets.join(', ')}`);
    const conn = connectionFromEnv();
    const driver = await connect(conn);
    try {
      let missing = 0;
      for (const id of ids) {
        const { found } = await forgetArticle(driver, id, conn.database).catch((err: unknown) => {
          throw toNeo4jError(err, conn);
        });
        console.log(found ? `forgot article ${id}` : `article ${id} is not in the database`);
        if (!found) missing++;
      }
      return missing > 0 ? EXIT.partial : EXIT.ok;
    } finally {
      await driver.close();
    }
  },
});
