SELECT unit_code, name FROM unit WHERE jenis = 'dinas' LIMIT 1;
