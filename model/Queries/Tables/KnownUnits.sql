-- The unit codes of the loaded reference workbook, for filters and their messages.
SELECT unit_code FROM unit ORDER BY unit_code;
