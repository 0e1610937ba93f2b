-- Each indicator's Renstra baseline and end-of-period target.
SELECT indicator_code, kind, year, target_text, target_low, target_high
FROM renstra_target
WHERE kind IN ('awal', 'akhir');
