UPDATE source_file SET status = 'superseded', superseded_by = $by WHERE file_id = $file_id;
