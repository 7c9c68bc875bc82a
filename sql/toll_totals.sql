-- The totals a careful coder records from one article, for two scopes:
--   scope 'article'  : the whole article             (-> view article_tolls)
--   scope 'incident' : the article's claims about one incident (-> table incidents)
-- so that an article's toll and its contribution to an incident follow one rule.
--
-- Per casualty type (see docs/conventions.md, "Article totals"):
--   * only claims that pass the row rules and are not summaries count; attackers who died or
--     were hurt ("the gunman was shot dead") count, as ACLED, UCDP, GTD and the Gun Violence
--     Archive count them, and are also totalled apart (attackers_point) for victim-only figures;
--   * subsets (parent_claim_id set) are never added to their parent;
--   * within a sentence, distinct figures are added ("three soldiers and two civilians" -> 5),
--     but running tolls ("the death toll rose to 30") are not: the largest is taken;
--   * across sentences the largest sentence total is taken (a restated figure is not summed),
--     plus figures marked as additional ("Another 12 were wounded": rule ending in '/another');
--     a sentence whose figures are all vague words ("dozens were killed") yields to a numeral of two
--     or more that another sentence gives ("at least 22 bodies"): the vague word's point value is
--     our convention (docs/conventions.md), the numeral is what the reporter counted; the vague
--     sentence still holds the high bound;
--     beside a running toll, a larger figure that another named party gives ("the toll rose
--     to 31, the ministry said. Residents said at least 40 were killed") is that party's
--     claim: the point and low follow the running toll, the high bound includes the claim;
--   * of two parties' figures for the same victims in one sentence, the extractor keeps one and marks
--     the other '/disputed' ("police said 5 were killed, but the opposition put the toll at 11"):
--     that one is not added, but the sentence's high bound holds it;
--   * children (0-11) and teens (12-17, see claims_reviewed.age_group): the largest sentence
--     total of their figures, subsets included; a sentence that names its minors by a word only
--     gives way to one that gives as many minors their ages.
-- Low and high bounds are combined the same way as the point value; a high bound is open
-- (null) as soon as one figure it adds up is open.
create or replace view toll_totals as
with counted_claims as (
    select
        claims.article_id,
        stg.incident_key,
        claims.casualty_type,
        claims.evidence_field,
        claims.sentence_start,
        claims.parent_claim_id,
        claims.is_child,
        claims.age_group,
        claims.victim_age,
        coalesce(claims.victim_group = 'attackers', false) as is_attacker,
        coalesce(claims.count_point, 0) as n,
        -- the minors a figure holds: a running toll's age is its one numbered victim's ("A third victim, a
        -- 17-year-old, ...": two hurt in all, one teen), unless its noun numbers minors ("an 8th teen was injured")
        case when (claims.rule like 'toll%' or claims.rule like 'injury_toll%') and claims.victim_age is not null
                  and coalesce(claims.victim_group, '') <> 'children'
             then least(coalesce(claims.count_point, 0), 1) else coalesce(claims.count_point, 0) end as n_minor,
        coalesce(claims.count_low, 0) as n_low,
        claims.count_high as n_high,
        claims.rule like 'toll%' or claims.rule like 'injury_toll%' as is_running_toll,
        claims.rule like '%/another' as is_additional,
        claims.rule like '%/disputed' as is_disputed,
        claims.attributed_source,
        claims.qualifier = 'vague' as is_vague,
        -- a subset that restates its parent, a minor of the same age ("Among the wounded was a
        -- 15-year-old girl": the girl, and the girl among the wounded) is not a second minor
        coalesce(parent.is_child and parent.victim_age = claims.victim_age, false) as restates_minor_parent,
        -- the figure tells who its victims are (an age, a child's word, a group, or a person's word or name in its
        -- span: "a man", "his wife", "Jo Roe"), so it is evidence of how many minors it holds; "Three others were
        -- wounded" is not
        claims.victim_age is not null or claims.is_child or coalesce(claims.victim_group, 'people') <> 'people'
            or regexp_matches(
                substring(claims.evidence_text, claims.char_start - claims.sentence_start + 1,
                          claims.char_end - claims.char_start),
                '\b(?i:m[ae]n|wom[ae]n|adults?|husband|wife|father|mother|dad|mom|grand(?:mother|father|ma|pa)|uncle|'
                || 'aunt|(?:boy|girl)friend|brother|sister|son|daughter|officer|deputy|trooper|clerk|employee|guard|'
                || 'driver|owner|resident|suspect|gunman|shooter)\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b'
            ) as describes_victims,
        -- the figure tells a death by dying ("has died", "died Monday at a hospital", "succumbed")
        claims.casualty_type = 'killed' and (claims.rule like '%died%' or regexp_matches(
            substring(claims.evidence_text, claims.char_start - claims.sentence_start + 1,
                      claims.char_end - claims.char_start),
            '(?i)\b(?:died|dies|succumbed|passed\s+away)\b')) as tells_a_death
    from claims_reviewed as claims
    left join stg_incident_claims as stg using (claim_id)
    left join claims_reviewed as parent on parent.claim_id = claims.parent_claim_id
    where claims.passes_row_rules
      and not claims.is_summary
      and claims.claim_id not in (select claim_id from summary_claims)
      and claims.casualty_type in ('killed', 'injured')
),

scoped as (
    select 'article' as scope, article_id as scope_id, * from counted_claims
    union all
    select 'incident' as scope, incident_key as scope_id, * from counted_claims
    where incident_key is not null
),

-- all victims: top-level figures only (a subset is already inside its parent)
sentence_totals as (
    select
        scope,
        scope_id,
        article_id,
        casualty_type,
        greatest(
            coalesce(sum(n) filter (where not is_running_toll and not is_additional and not is_disputed), 0),
            coalesce(max(n) filter (where is_running_toll and not is_disputed), 0)
        ) as sentence_point,
        greatest(
            coalesce(sum(n_low) filter (where not is_running_toll and not is_additional and not is_disputed), 0),
            coalesce(max(n_low) filter (where is_running_toll and not is_disputed), 0)
        ) as sentence_low,
        -- another party's disputed figure is not added, but the high bound holds it
        case when count(*) = count(n_high) then
            greatest(
                coalesce(sum(n_high) filter (where not is_running_toll and not is_additional and not is_disputed), 0),
                coalesce(max(n_high) filter (where is_running_toll or is_disputed), 0)
            )
        end as sentence_high,
        coalesce(sum(n) filter (where is_additional), 0) as additional_point,
        coalesce(sum(n_low) filter (where is_additional), 0) as additional_low,
        bool_or(is_running_toll and not is_disputed) as has_running_toll,
        bool_or(is_disputed) as has_disputed,
        min(attributed_source) filter (where not is_disputed) as sentence_source,
        coalesce(bool_and(is_vague) filter (where not is_disputed and not is_additional), false) as is_vague_only,
        bool_or(describes_victims) as describes_victims,
        bool_or(tells_a_death) as tells_a_death
    from scoped
    where parent_claim_id is null
    group by scope, scope_id, article_id, casualty_type, evidence_field, sentence_start
),

-- the report's running toll ("the death toll rose to 31, the ministry said") and who gave it
with_running_toll as (
    select
        *,
        max(sentence_point) filter (where has_running_toll)
            over (partition by scope, scope_id, article_id, casualty_type) as running_toll_point,
        max(sentence_high) filter (where has_running_toll)
            over (partition by scope, scope_id, article_id, casualty_type) as running_toll_high,
        arg_max(sentence_source, sentence_point) filter (where has_running_toll)
            over (partition by scope, scope_id, article_id, casualty_type) as running_toll_source
    from sentence_totals
),

-- a larger figure that another named party gives beside a running toll ("Residents said at
-- least 40 were killed") is that party's claim, not the report's toll: the report's figure
-- stays the running toll, the larger claim keeps the report's high bound open and shows in
-- v_source_disagreements
marked_sentences as (
    select
        *,
        running_toll_point is not null
            and sentence_point > running_toll_point
            and sentence_source is not null
            and running_toll_source is not null
            and sentence_source <> running_toll_source as is_other_party_claim,
        -- a vague word beside a numeral of two or more in another sentence of the report
        is_vague_only and coalesce(bool_or(not is_vague_only and sentence_point >= 2)
            over (partition by scope, scope_id, article_id, casualty_type), false) as is_vague_beside_numeral
    from with_running_toll
),

type_totals as (
    select
        scope,
        scope_id,
        article_id,
        casualty_type,
        max(sentence_point) filter (where not is_other_party_claim and not is_vague_beside_numeral)
            + sum(additional_point) as total_point,
        max(sentence_low) filter (where not is_other_party_claim and not is_vague_beside_numeral)
            + sum(additional_low) as total_low,
        -- bounded only when every sentence is (another party's claim too), and nothing
        -- open-ended was added
        case when count(*) = count(sentence_high) and sum(additional_point) = sum(additional_low)
             then max(sentence_high) + sum(additional_point) end as total_high,
        -- the report's figure is a running toll ("the death toll rose to 31"), not another sentence's
        coalesce(
            max(sentence_point) filter (where has_running_toll)
                = max(sentence_point) filter (where not is_other_party_claim and not is_vague_beside_numeral),
            false
        ) as tells_running_toll,
        -- two parties disagree inside the report: a claim that cannot hold with the running toll (31, and "at
        -- least 40"), or another party's figure for the same victims set aside in one sentence ('/disputed')
        coalesce(bool_or((is_other_party_claim and sentence_low > running_toll_high) or has_disputed), false)
            as is_disputed_within,
        bool_or(describes_victims) as describes_victims,
        bool_or(tells_a_death) as tells_a_death
    from marked_sentences
    group by scope, scope_id, article_id, casualty_type
),

-- children (0-11), teens (12-17) and attackers: their figures, subsets included ("including
-- 160 children"), the largest sentence total
group_sentence_totals as (
    select
        scope, scope_id, article_id, casualty_type,
        sum(n_minor) filter (where is_child and age_group = 'child') as children_sentence,
        sum(n_minor) filter (where is_child and age_group = 'teen') as teens_sentence,
        sum(n) filter (where is_attacker) as attackers_sentence,
        sum(n_minor) filter (where is_child) as minors_sentence,
        coalesce(sum(n_minor) filter (where is_child and victim_age is not null), 0) as aged_minors_sentence
    from scoped
    where (is_child or is_attacker) and not is_disputed and not restates_minor_parent
    group by scope, scope_id, article_id, casualty_type, evidence_field, sentence_start
),

-- a sentence that names its minors by a word only ("Mortar round kills two boys") gives way to one that gives
-- as many or more minors their ages ("Two boys, aged 10 and 12, were killed"): the ages say which are children
-- and which teens
aged_group_sentences as (
    select
        *,
        aged_minors_sentence = 0 and minors_sentence <= coalesce(max(minors_sentence) filter (
            where minors_sentence > 0 and aged_minors_sentence = minors_sentence
        ) over (partition by scope, scope_id, article_id, casualty_type), -1) as gives_way_to_ages
    from group_sentence_totals
),

-- the report gives each of its figures of the type an age ("Medical examiner names 18-year-old killed"): its count
-- of minors rests on ages, not on words ("A teenage boy was shot and killed")
aged_reports as (
    select scope, scope_id, article_id, casualty_type, bool_and(victim_age is not null) as gives_ages
    from scoped
    where not is_disputed and parent_claim_id is null
    group by scope, scope_id, article_id, casualty_type
),

group_totals as (
    select
        scope, scope_id, article_id, casualty_type,
        coalesce(max(children_sentence) filter (where not gives_way_to_ages), 0) as children_point,
        coalesce(max(teens_sentence) filter (where not gives_way_to_ages), 0) as teens_point,
        coalesce(max(attackers_sentence), 0) as attackers_point
    from aged_group_sentences
    group by scope, scope_id, article_id, casualty_type
),

final as (
    select
        coalesce(t.scope, c.scope) as scope,
        coalesce(t.scope_id, c.scope_id) as scope_id,
        coalesce(t.article_id, c.article_id) as article_id,
        coalesce(t.casualty_type, c.casualty_type) as casualty_type,
        coalesce(t.total_point, 0) as total_point,
        coalesce(t.total_low, 0) as total_low,
        t.total_high,
        coalesce(t.tells_running_toll, false) as tells_running_toll,
        coalesce(t.is_disputed_within, false) as is_disputed_within,
        -- a report whose figures of the type never tell who the victims are, nor any minor, is no evidence of
        -- how many minors they hold
        coalesce(t.describes_victims, false) or c.scope is not null as describes_victims,
        coalesce(t.tells_a_death, false) as tells_a_death,
        coalesce(c.children_point, 0) as children_point,
        coalesce(c.teens_point, 0) as teens_point,
        coalesce(c.attackers_point, 0) as attackers_point,
        coalesce(a.gives_ages, false) as gives_ages
    from type_totals as t
    full outer join group_totals as c
        on c.scope = t.scope and c.scope_id = t.scope_id
       and c.article_id = t.article_id and c.casualty_type = t.casualty_type
    left join aged_reports as a
        on a.scope = coalesce(t.scope, c.scope) and a.scope_id = coalesce(t.scope_id, c.scope_id)
       and a.article_id = coalesce(t.article_id, c.article_id) and a.casualty_type = coalesce(t.casualty_type, c.casualty_type)
)

select * from final
