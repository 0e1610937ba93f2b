SELECT count(*) > 0 FROM indicator WHERE upper(indicator_code) = upper($indicator);
