-- Mark wire copies: articles whose normalized text is the same as an earlier article.
-- The first report (earliest published, then smallest id) is the original; each copy
-- points at it through duplicate_of, so reconciliation counts the story once.
-- A short text (under 800 characters) is a copy only under the same title (its trailing site
-- name, "... - Daily Herald", aside): pages whose body is site boilerplate (a login or
-- subscription notice) share the text but report different stories, told by their titles.
with ranked as (
    select
        article_id,
        first_value(article_id) over (
            partition by
                content_hash,
                case when length(text) < 800
                     then coalesce(lower(trim(regexp_replace(title, '\s+[-|–—]\s+[^-|–—]*$', ''))), '') else '' end
            order by published_at nulls last, article_id
        ) as original_id
    from articles
),

final as (
    select
        article_id,
        case when original_id = article_id then null else original_id end as duplicate_of
    from ranked
)

update articles
set duplicate_of = final.duplicate_of
from final
where articles.article_id = final.article_id
  and articles.duplicate_of is distinct from final.duplicate_of
