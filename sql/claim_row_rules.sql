-- Row-level rules on claims: one row per claim and rule it breaks.
-- A claim that breaks any rule is set aside (passes_row_rules = false): analysts still
-- see it, with the rule, in claim_issues, but it stays out of tolls and incidents.
with violations as (
    select claim_id, article_id, 'required_fields' as rule,
           'casualty_type, qualifier, rule or evidence_text missing' as detail
    from claim_facts
    where casualty_type is null or qualifier is null or evidence_text is null or rule is null

    union all
    select claim_id, article_id, 'qualifier_allowed', 'qualifier ' || qualifier
    from claim_facts
    where qualifier not in ('exact', 'at_least', 'more_than', 'nearly', 'about', 'up_to', 'range', 'vague')

    union all
    select claim_id, article_id, 'date_precision_allowed', 'date_precision ' || date_precision
    from claim_facts
    where date_precision not in ('day', 'week', 'month', 'year', 'range', 'publication')

    union all
    select claim_id, article_id, 'bounds_ordered', format('count_low {} > count_high {}', count_low, count_high)
    from claim_facts
    where count_low > count_high

    union all
    select claim_id, article_id, 'reported_value_in_bounds',
           format('reported {} outside [{}, {}] for {}', reported_value, count_low, count_high, qualifier)
    from claim_facts
    where reported_value < count_low or reported_value > count_high

    union all
    select claim_id, article_id, 'point_in_bounds', format('point {} outside [{}, {}]', count_point, count_low, count_high)
    from claim_facts
    where count_point < count_low or count_point > count_high

    union all
    select claim_id, article_id, 'subset_not_larger_than_parent',
           format('subset {} > parent {}', count_point, parent_point)
    from claim_facts
    where count_point > parent_point

    union all
    select claim_id, article_id, 'period_ordered', format('period {} to {}', period_start, period_end)
    from claim_facts
    where period_start > period_end

    union all
    select claim_id, article_id, 'period_not_after_publication',
           format('period ends {} after publication {}', period_end, published_date)
    from claim_facts
    where period_end > published_date

    union all
    select claim_id, article_id, 'offsets_inside_text',
           format('span [{}, {}) sentence [{}, {}) text length {}',
                  char_start, char_end, sentence_start, sentence_end, text_length)
    from claim_facts
    where char_start < sentence_start or char_end > sentence_end or char_start >= char_end
       or sentence_start < 0 or sentence_end > text_length

    union all
    select claim_id, article_id, 'evidence_matches_offsets', 'evidence_text differs from the text at its offsets'
    from claim_facts
    where text_at_offsets is distinct from evidence_text
),

final as (
    select * from violations
)

select * from final
