"""The definitions load, and hold the assets, checks, job, schedule and sensor."""

from __future__ import annotations

import dagster as dg

from pipeline.definitions import defs


def test_definitions_validate():
    dg.Definitions.validate_loadable(defs)


def test_every_stage_is_an_asset():
    keys = {key.to_user_string() for key in defs.resolve_asset_graph().get_all_asset_keys()}
    assert keys == {"articles", "claims", "incidents", "published_warehouse"}


def test_checks_guard_each_table():
    check_keys = {
        (key.asset_key.to_user_string(), key.name)
        for key in defs.resolve_asset_graph().asset_check_keys
    }
    assert {
        ("articles", "articles_suite"),
        ("claims", "claims_suite"),
        ("claims", "claims_set_aside_share"),
        ("incidents", "incidents_suite"),
    } <= check_keys


def test_schedule_and_sensor_target_the_pipeline_job():
    assert defs.resolve_job_def("casualty_pipeline") is not None
    assert defs.resolve_schedule_def("daily_casualty_pipeline").job_name == "casualty_pipeline"
    assert defs.resolve_sensor_def("new_raw_files").job_name == "casualty_pipeline"
