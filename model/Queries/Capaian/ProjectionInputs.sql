-- Each indicator's months of a year before December, in order, with the year's target in force
-- that month: the series a year-end projection is drawn from.
SELECT c.indicator_code, c.unit_code, c.year, c.month, i.polarity, i.aggregation,
       c.annual_text, c.annual_low, c.annual_high, c.realisasi_value, c.realisasi_grade
FROM capaian_result c
JOIN indicator i ON i.indicator_code = c.indicator_code
WHERE c.month < 12 AND i.aggregation <> 'tahunan'
ORDER BY c.indicator_code, c.unit_code, c.year, c.month;
