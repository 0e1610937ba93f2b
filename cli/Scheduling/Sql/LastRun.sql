SELECT max(coalesce(scheduled_for, started_at)) FROM job_run WHERE job_name = $job;
