"""How runs start: one job over every asset and check, a daily schedule, and a sensor
that starts a run when new files land in the raw folder."""


import hashlib
import json

import dagster as dg

from pipeline.config import DAILY_SCHEDULE_CRON, RAW_SENSOR_INTERVAL_SECONDS
from pipeline.ingest.readers import list_raw_files
from pipeline.resources import RawFolder

casualty_pipeline_job = dg.define_asset_job(
    name="casualty_pipeline",
    selection=dg.AssetSelection.all(),
    description="Ingest, extract, reconcile, check and publish the warehouse.",
)

daily_schedule = dg.ScheduleDefinition(
    name="daily_casualty_pipeline",
    job=casualty_pipeline_job,
    cron_schedule=DAILY_SCHEDULE_CRON,
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


def new_raw_files(seen: dict[str, str], files: dict[str, str]) -> dict[str, str]:
    """Files that are new or changed since the cursor (path -> size and mtime)."""
    return {path: stamp for path, stamp in files.items() if seen.get(path) != stamp}


@dg.sensor(
    name="new_raw_files",
    job=casualty_pipeline_job,
    minimum_interval_seconds=RAW_SENSOR_INTERVAL_SECONDS,
    default_status=dg.DefaultSensorStatus.RUNNING,
)
def raw_folder_sensor(context: dg.SensorEvaluationContext, raw_folder: RawFolder):
    """Starts one run for each batch of new or changed raw files; each file triggers once."""
    root = raw_folder.root
    if not root.is_dir():
        return dg.SkipReason(f"raw folder {root} does not exist")
    seen = json.loads(context.cursor) if context.cursor else {}
    files = {}
    for path in list_raw_files(root):
        stat = path.stat()
        files[str(path.relative_to(root))] = f"{stat.st_size}:{stat.st_mtime_ns}"
    fresh = new_raw_files(seen, files)
    if not fresh:
        return dg.SkipReason("no new raw files")
    run_key = hashlib.sha1(json.dumps(sorted(fresh.items())).encode()).hexdigest()
    context.update_cursor(json.dumps(files, sort_keys=True))
    return dg.RunRequest(run_key=run_key, tags={"new_raw_files": str(len(fresh))})
