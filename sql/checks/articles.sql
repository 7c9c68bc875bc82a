-- Frame for the articles suite: each article with the content hash of its original.
select
    articles.*,
    originals.content_hash as duplicate_hash
from articles
left join articles as originals on originals.article_id = articles.duplicate_of
