-- Every PK Perubahan of the year in the order they took effect, for reports that name each one.
SELECT indicator_code, target_text, target_low, target_high, effective_from
FROM pk_target
WHERE year = $year AND version = 'Perubahan'
ORDER BY indicator_code, effective_from;
