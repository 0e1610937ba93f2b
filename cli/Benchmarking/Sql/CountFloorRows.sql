-- How many rows the floor's read_csv loaded from the latest file.
SELECT count(*) FROM floor_rows;
