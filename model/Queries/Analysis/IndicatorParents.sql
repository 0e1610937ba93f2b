-- Every indicator of the reference with the indicator it is cascaded from, if any.
SELECT indicator_code, parent_code FROM indicator ORDER BY indicator_code;
