-- Every unit of the reference workbook with its jenis (dinas, sekretariat, bidang, uptd).
SELECT unit_code, jenis FROM unit ORDER BY unit_code;
