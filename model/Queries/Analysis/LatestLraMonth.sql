-- The latest month of the year up to the given one that has an LRA: the month budget figures stand at.
SELECT max(month) FROM lra_line WHERE year = $year AND month <= $month;
