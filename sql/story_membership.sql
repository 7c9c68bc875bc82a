-- Stories: an article and its reprints. Wire copies and syndicated reprints count once
-- when incidents count their sources.
--   * exact copies: the same normalized text (articles.duplicate_of);
--   * near copies: articles published at most `max_gap_days` apart whose sets of
--     capitalized words overlap by at least `min_jaccard` (a reprint keeps the names,
--     places and quotes of its original, with a different headline or last paragraph);
--   * wire_agency: the agency byline in the dateline ("(AP) —", "(Reuters) -", "(AA) –", "(Xinhua) --"), or the
--     agency's signature that closes a paper's copy ("- AFP", a last line "— The Associated Press").
-- An article's story_id is the smallest article_id among its copies.
create or replace table story_membership as
with settings as (
    select 0.8 as min_jaccard, 3 as max_gap_days, 40 as max_term_articles
),

articles_with_agency as (
    select
        article_id,
        duplicate_of,
        published_date,
        case
            when regexp_matches(left(text, 300), '\((?:AP|The Associated Press|Associated Press)\)')
                then 'Associated Press'
            when regexp_matches(left(text, 300), '\(Reuters\)') then 'Reuters'
            when regexp_matches(left(text, 300), '\(AFP\)') then 'AFP'
            when regexp_matches(left(text, 300), '\(UPI\)') then 'UPI'
            when regexp_matches(left(text, 300), '\((?:AA|Anadolu(?: Agency)?)\)') then 'Anadolu Agency'
            when regexp_matches(left(text, 300), '\(Xinhua\)') then 'Xinhua'
            when regexp_matches(left(text, 300), '\((?:dpa|DPA)\)') then 'dpa'
            when regexp_matches(left(text, 300), '\(EFE\)') then 'EFE'
            when regexp_matches(left(text, 300), '\(PTI\)') then 'PTI'
            when regexp_matches(left(text, 300), '\(IANS\)') then 'IANS'
            -- a paper's copy signed at its end instead ("... sectarian militants.\n\n- AFP", a last line
            -- "— The Associated Press" or "The Associated Press" alone)
            when regexp_matches(right(rtrim(text), 60), '(?:^|\n)\s*(?:[-—–]+\s*)?(?:The )?Associated Press\.?$')
                then 'Associated Press'
            when regexp_matches(right(rtrim(text), 40), '(?:^|\n|\s)[-—–]\s*(?:AFP|Reuters|AP|Xinhua|dpa|EFE|PTI|IANS)\.?$')
                then replace(regexp_extract(right(rtrim(text), 40), '(AFP|Reuters|AP|Xinhua|dpa|EFE|PTI|IANS)\.?$', 1),
                             'AP', 'Associated Press')
        end as wire_agency
    from articles
),

-- words found in many articles say nothing about copying, and would make the pair
-- join quadratic: only the others are compared
distinctive_terms as (
    select article_id, term
    from stg_article_terms
    where n_articles <= (select max_term_articles from settings)
),

term_counts as (
    select article_id, count(*) as n_terms from distinctive_terms group by article_id
),

shared as (
    select left_terms.article_id as left_id, right_terms.article_id as right_id, count(*) as n_shared
    from distinctive_terms as left_terms
    join distinctive_terms as right_terms
        on left_terms.term = right_terms.term and left_terms.article_id < right_terms.article_id
    group by all
),

near_copies as (
    select shared.left_id, shared.right_id
    from shared
    join term_counts as left_counts on left_counts.article_id = shared.left_id
    join term_counts as right_counts on right_counts.article_id = shared.right_id
    join articles_with_agency as left_article on left_article.article_id = shared.left_id
    join articles_with_agency as right_article on right_article.article_id = shared.right_id
    where shared.n_shared >= 5
      and shared.n_shared / (left_counts.n_terms + right_counts.n_terms - shared.n_shared)
          >= (select min_jaccard from settings)
      and abs(date_diff('day', left_article.published_date, right_article.published_date))
          <= (select max_gap_days from settings)
),

earliest_copy as (
    select right_id as article_id, min(left_id) as copy_of from near_copies group by right_id
),

final as (
    select
        articles_with_agency.article_id,
        coalesce(
            articles_with_agency.duplicate_of, earliest_copy.copy_of, articles_with_agency.article_id
        ) as story_id,
        articles_with_agency.wire_agency
    from articles_with_agency
    left join earliest_copy using (article_id)
)

select * from final
