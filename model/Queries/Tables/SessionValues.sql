INSERT INTO analysis_setting VALUES (
    $cap, $sangat_tinggi, $tinggi, $sedang, $rendah,
    $efficiency, $warning_capaian, $warning_absorption, $deadline_day);
