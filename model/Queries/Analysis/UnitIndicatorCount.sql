-- How many indicators the reference gives one unit.
SELECT count(*) FROM indicator WHERE unit_code = $unit;
