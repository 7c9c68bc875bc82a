-- Distinctive words of each article, to recognize reports of the same incident by the
-- names they share (victims, suspects, streets, businesses).
-- A term is a capitalized word of 3+ letters, lower-cased, from the title or the text;
-- words found in many articles ("Police", big cities) carry no signal: each term carries
-- its document frequency `n_articles`, and the two caps the incident rules use (a rare
-- name: in at most `max_rare_articles` articles; a name a little less rare: in at most
-- `max_uncommon_articles`); days, months and holidays are dropped here.
-- The text of a wire copy is left out (its original has the same words), its title is not;
-- a title's trailing site name ("... - KSLA News 12", "... | Local News") is dropped, and so is
-- the wire credit of a dateline ("(Reuters)")
-- a name found only in sentences that tell another incident nearby (their figures all summaries) is dropped;
-- `is_official` marks the names of officials introduced by their title ("Mayor Jane Doe"), and
-- `is_institution` the words of a hospital's or a county's name ("Regional One Health", "Shelby County").
-- A table, not a view: two models read it several times, and the regex scan of every
-- article's text should run once per run.
create or replace table stg_article_terms as
with settings as (
    select 8 as max_rare_articles, 30 as max_uncommon_articles, 2 as min_lowercase_articles, 0.2 as lowercase_share,
        2 as max_background_days, 25.0 as max_km  -- (max_km: as far as sql/stg_claim_events.sql's events apart)
),

sources as (
    select
        article_id,
        coalesce(regexp_replace(title, '\s+[-|–—]\s+.*$', ''), '')
        || case when duplicate_of is null then E'\n' || text else '' end as words_of
    from articles
),

words_found as (
    select
        article_id,
        lower(unnest(regexp_extract_all(words_of, '\b[A-Z][a-z]{2,}(?:[''-][A-Za-z]+)?\b'))) as term
    from sources
),

-- the sentences that tell only another incident nearby (every figure of theirs a summary, placed within `max_km` of
-- the report's first own figure, and dated at most `max_background_days` before the publication day or not dated:
-- "The shooting came hours after a man was shot and killed in Kensington, about six miles away"): a name found only
-- there is that incident's, and two reports of a city's shootings of one day would share it. An event elsewhere or
-- long ago told as background ("a month after Adam Lanza killed 20 children at Sandy Hook") keeps its names:
-- reports of one incident often recall the same past event
own_places as (
    select
        article_id,
        arg_min(latitude, (sentence_start, char_start)) as latitude,
        arg_min(longitude, (sentence_start, char_start)) as longitude
    from claims_reviewed
    where evidence_field = 'text' and not is_summary and latitude is not null
    group by article_id
),

background_sentences as (
    select claims.article_id, claims.sentence_start, claims.sentence_end
    from claims_reviewed as claims
    join articles using (article_id)
    where claims.evidence_field = 'text' and articles.duplicate_of is null
    group by claims.article_id, claims.sentence_start, claims.sentence_end
    having bool_and(claims.is_summary)
        and coalesce(max(claims.period_end) >= max(articles.published_at)::date - (select max_background_days from settings),
                     true)
        and exists (
            select 1 from own_places
            where own_places.article_id = claims.article_id
              and great_circle_km(own_places.latitude, own_places.longitude, max(claims.latitude), max(claims.longitude))
                  <= (select max_km from settings)
        )
),

background_words as (
    select
        background_sentences.article_id,
        lower(unnest(regexp_extract_all(
            substr(articles.text, background_sentences.sentence_start + 1,
                   background_sentences.sentence_end - background_sentences.sentence_start),
            '\b[A-Z][a-z]{2,}(?:[''-][A-Za-z]+)?\b'
        ))) as term
    from background_sentences
    join articles using (article_id)
),

words as (
    select found.article_id, found.term
    from (select article_id, term, count(*) as n_found from words_found group by all) as found
    left join (select article_id, term, count(*) as n_background from background_words group by all) as background
        using (article_id, term)
    where coalesce(background.n_background, 0) < found.n_found
),

-- words the corpus also writes in lower case, in the running text of at least a fifth of its articles
-- (and two): common words that a sentence or a title capitalizes ("The", "Police"), not names. In a
-- large corpus these are in too many articles to be rare anyway; in a small one (a day's feed) every
-- capitalized word is "rare" and two reports would share "The" as a name
lowercase_words as (
    select term
    from (
        select distinct article_id, unnest(regexp_extract_all(text, '(?:^|[^.!?"“]\s)([a-z]{3,})\b', 1)) as term
        from articles
        where duplicate_of is null
    )
    group by term
    having count(*) >= greatest(
        (select min_lowercase_articles from settings),
        (select lowercase_share from settings) * (select count(*) from articles where duplicate_of is null)
    )
),

-- names that are not an incident's own (victims', suspects', streets'), marked by what they name:
--   'official': officials named after their title ("Mayor Jane Doe", "Police Chief John Roe", "Sgt. Al Poe")
--     speak about every incident of their city;
--   'institution': the hospitals victims are taken to and the county whose jail, courts and sheriff a report
--     names: a city's trauma centre and its county are named in most reports of its shootings, so two reports
--     of one night that share "Regional One Health" or "Shelby County" need not tell one shooting (a name ending
--     in a hospital's word, the capitalized words after "taken to", "rushed to" and the like, a county's name)
marked_phrases as (
    select
        article_id,
        'official' as mark,
        unnest(regexp_extract_all(
            words_of,
            '\b(?:Mayor|Chief|Sheriff|Sgt\.|Sergeant|Lt\.|Lieutenant|Capt\.|Captain|Cpl\.|Corporal|'
            || 'Detective|Det\.|Spokesman|Spokeswoman|Spokesperson|Coroner|Commissioner|Superintendent|'
            || 'Prosecutor|Councilman|Councilwoman|Alderman|Gov\.|Governor)'
            || '\s+((?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][a-z]{2,}(?:[''-][A-Za-z]+)?)',
            1
        )) as phrase
    from sources
    union all
    select
        article_id,
        'institution' as mark,
        unnest(regexp_extract_all(
            words_of,
            '((?:\b[A-Z][A-Za-z''.-]*\s+(?:of\s+|and\s+|&\s+)?){1,5}'
            || '(?:Hospital|Medical\s+Center|Medical\s+Centre|Health|Healthcare|Health\s+Center|Trauma\s+Center|'
            || 'Clinic|Infirmary)s?\b'
            || '|\b(?:taken|rushed|transported|driven|flown|airlifted|brought|transferred)\s+(?:by\s+[a-z]+\s+)?to\s+'
            || '(?:the\s+)?(?:[A-Z][A-Za-z''.-]*\s*){1,5}'
            || '|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:County|Parish)\b)',
            1
        )) as phrase
    from sources
),

marked_terms as (
    select distinct
        article_id,
        mark,
        lower(unnest(regexp_extract_all(phrase, '[A-Z][a-z]{2,}(?:[''-][A-Za-z]+)?'))) as term
    from marked_phrases
),

-- a wire credit in the dateline ("MOSUL, Iraq (Reuters) -", "BAGHDAD (AP) —") names the agency, not the
-- incident: two wire stories of one day about two cities share it
credits as (
    select distinct
        article_id,
        lower(unnest(regexp_extract_all(
            regexp_extract(text, '^[^\n(]{0,80}\(([A-Za-z .&-]{2,40})\)\s*[-—–]', 1),
            '[A-Z][a-z]{2,}'
        ))) as term
    from articles
),

-- a copyright notice ("Copyright 2019 WBTV. All rights reserved.", "(© 2019 Cox Media Group)") names the
-- outlet, not the incident: two items of one station about two shootings share it. Its words are left out of
-- the article's terms after the document frequencies are counted ("group" of "Cox Media Group" stays as common
-- as the corpus writes it)
notices as (
    select distinct
        article_id,
        lower(unnest(regexp_extract_all(notice, '[A-Z][a-z]{2,}'))) as term
    from (
        select article_id, unnest(regexp_extract_all(
            text, '(?:©|\(c\)|Copyright|COPYRIGHT)\s*(?:©\s*)?\d{4}[^\n]{0,80}'
        )) as notice
        from articles
    )
),

names as (
    select * from words
    where not exists (
        select 1 from credits where credits.article_id = words.article_id and credits.term = words.term
    )

      and term not in (select term from lowercase_words)
    -- days, months and holidays are dates, not names (two shootings of one Thanksgiving
    -- weekend share the word, not the incident)
    and term not in (
        'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
        'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
        'october', 'november', 'december', 'thanksgiving', 'christmas', 'easter', 'halloween',
        -- "New Year's Eve", "Christmas Eve", "Valentine's Day", and other feasts
        'eve', 'year''s', 'valentine''s', 'hanukkah', 'kwanzaa', 'passover', 'ramadan'
    )
    -- pronouns, determiners and plain nouns of people at the head of a sentence or a title ("She was
    -- asleep", "Man killed on ..."), and abbreviated street types ("Cleveland Ave."): in a large corpus too
    -- frequent to be rare anyway, in a small feed (a few dozen reports) below the lower-case share above,
    -- and two unrelated reports would share them as names
    and term not in (
        'she', 'his', 'her', 'hers', 'him', 'they', 'them', 'their', 'its', 'one', 'both', 'all', 'any', 'anyone',
        'someone', 'everyone', 'nobody', 'each', 'every', 'some', 'many', 'few', 'this', 'that', 'these', 'those',
        'there', 'here', 'who', 'what', 'when', 'where', 'which', 'man', 'men', 'woman', 'women', 'family',
        -- number words that open a headline or a linked story's title ("Two hurt in crash on I-465"): a count,
        -- not a name
        'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens',
        'several', 'multiple', 'another', 'other', 'others',
        'relatives', 'neighbors', 'neighbours', 'investigators', 'detectives', 'officers',
        -- a city police's area that every report of its shootings names ("Area Two detectives are investigating")
        'area',
        'ave', 'blvd', 'hwy', 'pkwy',
        -- street types: the street's own name ("Carnes Avenue") says which street, its type does not
        'street', 'streets', 'avenue', 'avenues', 'boulevard', 'road', 'drive', 'lane', 'highway', 'parkway',
        'expressway', 'freeway', 'interstate', 'terrace', 'circle', 'block'
    )
    -- the abbreviations of states and provinces that datelines and addresses write after a town ("MEMPHIS, Tenn.
    -- (WREG) -", "Lawton, Okla."): the town again, not a name; two reports of one state's towns would share them
    and term not in (
        'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ill', 'ind', 'kan', 'kans', 'mass', 'mich',
        'minn', 'miss', 'mont', 'neb', 'nebr', 'nev', 'okla', 'ore', 'oreg', 'tenn', 'tex', 'wash', 'wis', 'wisc',
        'wyo', 'ont', 'que', 'alta', 'sask'
    )
),

counted as (
    select *, count(*) over (partition by term) as n_articles
    from names
),

final as (
    select
        article_id,
        term,
        n_articles,
        n_articles <= (select max_rare_articles from settings) as is_rare,
        n_articles <= (select max_uncommon_articles from settings) as is_uncommon,
        exists (
            select 1 from marked_terms
            where marked_terms.article_id = counted.article_id and marked_terms.term = counted.term
              and marked_terms.mark = 'official'
        ) as is_official,
        exists (
            select 1 from marked_terms
            where marked_terms.article_id = counted.article_id and marked_terms.term = counted.term
              and marked_terms.mark = 'institution'
        ) as is_institution
    from counted
    where not exists (
        select 1 from notices where notices.article_id = counted.article_id and notices.term = counted.term
    )
)

select * from final
