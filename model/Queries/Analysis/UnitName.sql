-- A unit's name in the loaded reference workbook; no row when the code is unknown.
SELECT name FROM unit WHERE unit_code = $unit;
