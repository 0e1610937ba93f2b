INSERT INTO job_run (job_name, scheduled_for, started_at, finished_at, outcome, detail, files)
VALUES ($job, $scheduled_for, $started_at, $finished_at, $outcome, $detail, $files);
