SELECT count(*) FROM unit WHERE unit_code = $unit;
