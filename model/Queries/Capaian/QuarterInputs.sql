-- One row per indicator, unit and quarter whose last month was reported: the quarter-end target
-- and realisasi to date, the same at the previous quarter's end, and the mean of the months'
-- own values (summed here, divided in decimal by the caller). Yearly indicators have no quarters.
WITH months AS (
    SELECT c.indicator_code, c.unit_code, c.year, c.month, (c.month + 2) // 3 AS quarter,
           i.polarity, i.aggregation, c.target_text, c.target_low, c.target_high,
           c.realisasi_value, c.realisasi_grade, r.realisasi_month
    FROM capaian_result c
    JOIN indicator i ON i.indicator_code = c.indicator_code
    LEFT JOIN capaian_report r ON r.file_id = c.file_id AND r.source_row = c.source_row
    WHERE i.aggregation <> 'tahunan'
),
quarter_ends AS (
    SELECT * FROM months WHERE month % 3 = 0
),
month_values AS (
    SELECT indicator_code, unit_code, year, quarter,
           count(*) AS months_reported,
           sum(realisasi_month) AS sum_month, count(realisasi_month) AS valued_months
    FROM months
    GROUP BY indicator_code, unit_code, year, quarter
)
SELECT e.indicator_code, e.unit_code, e.year, e.quarter, e.polarity, e.aggregation,
       e.target_text, e.target_low, e.target_high,
       p.target_text AS prev_text, p.target_low AS prev_low, p.target_high AS prev_high,
       p.month IS NOT NULL AS has_prev,
       e.realisasi_value, e.realisasi_grade, p.realisasi_value AS prev_value,
       v.sum_month, v.valued_months, v.months_reported
FROM quarter_ends e
JOIN month_values v
  ON v.indicator_code = e.indicator_code AND v.unit_code = e.unit_code AND v.year = e.year AND v.quarter = e.quarter
LEFT JOIN quarter_ends p
  ON p.indicator_code = e.indicator_code AND p.unit_code = e.unit_code AND p.year = e.year AND p.quarter = e.quarter - 1
ORDER BY e.year, e.indicator_code, e.unit_code, e.quarter;
