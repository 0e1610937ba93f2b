-- A unit's name and jenis in the loaded reference workbook; no row when the code is unknown.
SELECT name, jenis FROM unit WHERE unit_code = $unit;
