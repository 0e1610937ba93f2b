-- The year's Perjanjian Kinerja for the office's IKU (or, given a unit, that unit's indicators):
-- the PK Murni target, the latest PK Perubahan target with its date, and the indicative budget
-- of the latest version that states one (a revision that changes only the target keeps the budget).
WITH versions AS (
    SELECT indicator_code, version, target_text, target_low, target_high, effective_from, pagu_indikatif,
           row_number() OVER (PARTITION BY indicator_code, version ORDER BY effective_from DESC) AS latest,
           row_number() OVER (PARTITION BY indicator_code
                              ORDER BY pagu_indikatif IS NULL, effective_from DESC) AS budgeted
    FROM pk_target
    WHERE year = $year
)
SELECT i.indicator_code, i.name, i.satuan, i.sasaran_code, i.sasaran_name,
       murni.target_text AS murni_text, murni.target_low AS murni_low, murni.target_high AS murni_high,
       revised.target_text AS revised_text, revised.target_low AS revised_low, revised.target_high AS revised_high,
       revised.effective_from AS revised_from, final.pagu_indikatif
FROM indicator i
LEFT JOIN versions murni ON murni.indicator_code = i.indicator_code AND murni.version = 'Murni' AND murni.latest = 1
LEFT JOIN versions revised
       ON revised.indicator_code = i.indicator_code AND revised.version = 'Perubahan' AND revised.latest = 1
LEFT JOIN versions final ON final.indicator_code = i.indicator_code AND final.budgeted = 1
WHERE ($unit IS NULL AND i.jenis = 'IKU') OR i.unit_code = $unit
ORDER BY i.sort_order;
