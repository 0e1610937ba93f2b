-- The loaded file this one corrects: same kind, unit and period, loaded earlier.
SELECT file_id, file_name, signed_on FROM source_file
WHERE kind = $kind AND status = 'loaded' AND file_id <> $file_id
  AND unit_code IS NOT DISTINCT FROM $unit_code
  AND year IS NOT DISTINCT FROM $year
  AND month IS NOT DISTINCT FROM $month
ORDER BY file_id;
