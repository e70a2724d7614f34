// name: article-exists
// Whether an article is in the database (forget reports the ones that are not).
// params: $articleId (the content-hash id, without the "Article:" prefix)
MATCH (a:Article {id: 'Article:' + $articleId})
RETURN count(a) AS n;
