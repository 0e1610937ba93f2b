-- Earlier rejected versions of a file now loaded (the same path, or the same kind, unit and
-- period) are settled: they stay rejected in the history, marked as replaced, and stop counting as
-- an open finding.
UPDATE source_file SET superseded_by = $by
WHERE status = 'rejected' AND superseded_by IS NULL AND file_id < $by
  AND (path = $path
       OR (kind = $kind AND unit_code IS NOT DISTINCT FROM $unit_code AND year IS NOT DISTINCT FROM $year
           AND month IS NOT DISTINCT FROM $month));
