-- Each sasaran's capaian per month (December is the year): the mean of its indicators' capaian
-- as shown, over the indicators whose capaian could be computed.
WITH shown AS (
    SELECT c.year, c.month, i.sasaran_code, i.sasaran_name, shown_capaian(c.capaian) AS capaian
    FROM capaian_result c
    JOIN indicator i ON i.indicator_code = c.indicator_code
    WHERE ($year IS NULL OR c.year = $year) AND ($month IS NULL OR c.month = $month)
),
means AS (
    SELECT year, month, sasaran_code, any_value(sasaran_name) AS sasaran_name,
           count(*) AS indicators, count(capaian) AS computed, quotient(sum(capaian), count(capaian)) AS mean
    FROM shown
    GROUP BY year, month, sasaran_code
)
SELECT year AS tahun, month AS bulan, sasaran_code AS kode_sasaran, sasaran_name AS sasaran,
       indicators AS indikator, computed AS indikator_dihitung, mean AS capaian, band_of(mean) AS kategori
FROM means
ORDER BY year, month, sasaran_code;
