-- The years the store holds anything for: loaded files, Renstra and PK targets, comparators.
SELECT year FROM source_file WHERE status = 'loaded' AND year IS NOT NULL
UNION SELECT year FROM renstra_target
UNION SELECT year FROM pk_target
UNION SELECT year FROM comparator
ORDER BY year;
