UPDATE source_file
SET status = $status, unit_code = $unit_code, year = $year, month = $month, signed_on = $signed_on,
    row_count = $row_count, warning_count = $warning_count, error_count = $error_count
WHERE file_id = $file_id;
