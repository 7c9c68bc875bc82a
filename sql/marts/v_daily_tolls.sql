-- v_daily_tolls: killed and injured by place and day, from incidents only (summary
-- figures never add), each incident counted once on its first day.
create or replace view v_daily_tolls as
with final as (
    select
        date_start as day,
        coalesce(country, 'unknown') as country,
        coalesce(location, 'unknown') as location,
        count(*) as n_incidents,
        sum(killed_best) as killed_best,
        sum(killed_low) as killed_low,
        sum(injured_best) as injured_best,
        sum(children_killed_best) as children_killed_best,
        sum(children_injured_best) as children_injured_best,
        count(*) filter (where grade = 'contested') as n_contested
    from incidents
    where date_start is not null
    group by all
)

select * from final
order by day, country, location
