-- Articles that have no extraction yet, or one from another extractor version.
-- Parameter: $1 = the current extractor version.
select articles.article_id
from articles
left join extraction_log
    on extraction_log.article_id = articles.article_id
where extraction_log.article_id is null
   or extraction_log.extractor_version <> $1
order by articles.article_id
