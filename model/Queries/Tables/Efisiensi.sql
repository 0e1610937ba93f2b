-- Efficiency of spending for every indicator with spending behind it, per month with both an LRA
-- and a capaian: each reading side by side and the one the settings choose. The spending behind an
-- indicator is the sub kegiatan mapped to it or to any indicator below it in the cascade, each
-- counted once, so an IKU carries the budget of the programs and activities that serve it.
WITH RECURSIVE supported AS (
    SELECT DISTINCT sub_kegiatan_code, indicator_code FROM sub_kegiatan WHERE indicator_code IS NOT NULL
    UNION
    SELECT s.sub_kegiatan_code, i.parent_code
    FROM supported s
    JOIN indicator i ON i.indicator_code = s.indicator_code
    WHERE i.parent_code IS NOT NULL
),
linked AS (
    SELECT s.indicator_code, l.year, l.month, sum(l.anggaran) AS pagu, sum(l.realisasi_todate) AS spent
    FROM supported s
    JOIN lra_line l ON l.kode = s.sub_kegiatan_code AND l.level = 'sub_kegiatan'
    GROUP BY s.indicator_code, l.year, l.month
),
readings AS (
    SELECT c.year, c.month, c.unit_code, c.indicator_code, i.name, i.satuan, k.pagu, k.spent,
           percent_of(k.spent, k.pagu) AS absorption, round(shown_capaian(c.capaian), 2) AS capaian,
           c.realisasi_value,
           -- Spending per unit of output means nothing where less output is better (a recidivism rate).
           CASE WHEN i.polarity <> 'negatif' THEN quotient(k.spent, c.realisasi_value) END AS cost,
           CASE WHEN i.polarity <> 'negatif' THEN quotient(last.spent, prev.realisasi_value) END AS cost_last_year
    FROM capaian_result c
    JOIN indicator i ON i.indicator_code = c.indicator_code
    JOIN linked k ON k.indicator_code = c.indicator_code AND k.year = c.year AND k.month = c.month
    LEFT JOIN capaian_result prev
           ON prev.indicator_code = c.indicator_code AND prev.unit_code = c.unit_code
          AND prev.year = c.year - 1 AND prev.month = c.month
    LEFT JOIN linked last ON last.indicator_code = c.indicator_code AND last.year = c.year - 1 AND last.month = c.month
    WHERE ($year IS NULL OR c.year = $year) AND ($month IS NULL OR c.month = $month)
      AND ($unit IS NULL OR c.unit_code = $unit)
),
scored AS (
    SELECT r.*,
           CASE WHEN r.capaian >= 100 THEN 100 - r.absorption END AS unspent,
           r.capaian - r.absorption AS gap,
           quotient(r.capaian, r.absorption) AS ratio,
           percent_of(r.cost - r.cost_last_year, r.cost_last_year) AS cost_change
    FROM readings r
)
SELECT s.year AS tahun, s.month AS bulan, s.unit_code AS kode_unit, s.indicator_code AS kode_indikator,
       s.name AS indikator, s.satuan, s.pagu, s.spent AS realisasi_anggaran, s.absorption AS serapan_persen,
       s.capaian, s.realisasi_value AS realisasi,
       s.unspent AS sisa_anggaran_target_tercapai,
       s.gap AS selisih_capaian_serapan,
       CASE WHEN s.gap > 5 THEN 'efisien' WHEN s.gap >= -5 THEN 'cukup efisien' WHEN s.gap < -5 THEN 'tidak efisien' END
           AS kategori_selisih,
       s.ratio AS rasio_capaian_serapan,
       s.cost AS biaya_per_output, s.cost_last_year AS biaya_per_output_tahun_lalu, s.cost_change AS perubahan_biaya_persen,
       a.efficiency AS bacaan_utama,
       CASE a.efficiency
           WHEN 'sisa_anggaran' THEN s.unspent
           WHEN 'selisih' THEN s.gap
           WHEN 'rasio' THEN s.ratio
           WHEN 'biaya_per_output' THEN s.cost
       END AS nilai_utama
FROM scored s
CROSS JOIN analysis_setting a
ORDER BY s.year, s.month, s.indicator_code, s.unit_code;
