-- claims_reviewed: claims with the analysts' overrides applied. Every reconciliation model
-- reads this view, never claims directly, so overrides reach tolls and incidents.
--   reject_claim  : the claim is set aside (passes_row_rules = false)
--   correct_value : the claim's figure becomes exactly `value`
-- When several overrides address one claim, the latest decision wins.
create or replace view claims_reviewed as
with latest_claim_overrides as (
    select *
    from overrides
    where action in ('reject_claim', 'correct_value')
    qualify row_number() over (partition by claim_id order by decided_at desc, override_id desc) = 1
),

corrections as (
    select claim_id, override_id, action, try_cast(value as integer) as corrected_value
    from latest_claim_overrides
),

final as (
    select
        claims.* replace (
            case when corrections.action = 'correct_value' then corrections.corrected_value
                 else claims.count_low end as count_low,
            case when corrections.action = 'correct_value' then corrections.corrected_value
                 else claims.count_point end as count_point,
            case when corrections.action = 'correct_value' then corrections.corrected_value
                 else claims.count_high end as count_high,
            claims.passes_row_rules and coalesce(corrections.action, '') <> 'reject_claim' as passes_row_rules
        ),
        corrections.override_id,
        -- child victims split as the Gun Violence Archive does: children 0-11, teens 12-17;
        -- without an age, a teen word in the figure's span ("a teenager", "two teenage
        -- boys", the legal words "a juvenile", "a minor", a grade of teens: "a seventh-grader", "a high school sophomore") or right after its number ("wounded
        -- three other teens") makes a teen, any other child word a child
        case
            when not claims.is_child then null
            when claims.victim_age < 12 then 'child'
            when claims.victim_age < 18 then 'teen'
            when (regexp_matches(
                substring(claims.evidence_text, claims.char_start - claims.sentence_start + 1,
                          claims.char_end - claims.char_start),
                '(?i)\b(teens?|teenagers?|teenaged?|adolescents?|juveniles?|minors?|(seventh|eighth|ninth|tenth|eleventh|7th|8th|9th|10th|11th)[- ]graders?|high\s+school\s+(freshm[ae]n|sophomores?|juniors?))\b'
            ) and not regexp_matches(
                -- the adjective: "an infant suffered a minor wound"
                substring(claims.evidence_text, claims.char_start - claims.sentence_start + 1,
                          claims.char_end - claims.char_start),
                '(?i)\bminor\s+(wounds?|injur|cuts?|abrasions?|scrapes?|burns?|grazes?|bruises?)'
            )) or regexp_matches(
                substring(claims.evidence_text, claims.char_end - claims.sentence_start + 1, 40),
                '^\s+(?:other\s+|more\s+)?(?:[\w-]+\s+)?(?i:teens?|teenagers?|teenaged?|adolescents?|juveniles?|minors?)\b'
            ) then 'teen'
            else 'child'
        end as age_group
    from claims
    left join corrections using (claim_id)
)

select * from final
