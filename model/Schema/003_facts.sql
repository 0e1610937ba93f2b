-- One row per indicator line of a unit's monthly capaian file, values as typed and as parsed.
CREATE TABLE IF NOT EXISTS capaian_report (
    file_id            INTEGER NOT NULL,
    unit_code          VARCHAR NOT NULL,
    year               INTEGER NOT NULL,
    month              INTEGER NOT NULL,
    indicator_code     VARCHAR NOT NULL,
    target_annual_text VARCHAR,
    target_todate_text VARCHAR,
    target_todate_low  DECIMAL(24,6),
    target_todate_high DECIMAL(24,6),
    realisasi_month    DECIMAL(24,6),
    realisasi_text     VARCHAR,
    realisasi_todate   DECIMAL(24,6),
    realisasi_grade    VARCHAR,
    capaian_reported   DECIMAL(24,6),
    kendala            VARCHAR,
    tindak_lanjut      VARCHAR,
    source_sheet       VARCHAR,
    source_row         INTEGER NOT NULL
);

-- LRA lines in file order. Account lines carry the sub kegiatan they sit under.
CREATE TABLE IF NOT EXISTS lra_line (
    file_id           INTEGER NOT NULL,
    year              INTEGER NOT NULL,
    month             INTEGER NOT NULL,
    line_no           INTEGER NOT NULL,
    kode              VARCHAR NOT NULL,
    level             VARCHAR NOT NULL,   -- program, kegiatan, sub_kegiatan, akun
    parent_kode       VARCHAR,
    uraian            VARCHAR NOT NULL,
    anggaran          DECIMAL(20,2) NOT NULL,
    realisasi_lalu    DECIMAL(20,2) NOT NULL,
    realisasi_bulan   DECIMAL(20,2) NOT NULL,
    realisasi_todate  DECIMAL(20,2) NOT NULL,
    source_row        INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS emonev_line (
    file_id            INTEGER NOT NULL,
    year               INTEGER NOT NULL,
    month              INTEGER NOT NULL,
    sub_kegiatan_code  VARCHAR NOT NULL,
    name               VARCHAR NOT NULL,
    pagu               DECIMAL(20,2) NOT NULL,
    target_fisik       DECIMAL(24,6),
    realisasi_fisik    DECIMAL(24,6),
    rak_todate         DECIMAL(20,2),
    realisasi_keuangan DECIMAL(20,2) NOT NULL,
    permasalahan       VARCHAR,
    solusi             VARCHAR,
    source_sheet       VARCHAR,
    source_row         INTEGER NOT NULL
);

-- LKE rows as the evaluator filled them; scores are recomputed from the answers.
CREATE TABLE IF NOT EXISTS lke_row (
    file_id          INTEGER NOT NULL,
    unit_code        VARCHAR NOT NULL,
    year             INTEGER NOT NULL,
    number           VARCHAR NOT NULL,
    depth            INTEGER NOT NULL,
    title            VARCHAR NOT NULL,
    weight           DECIMAL(24,6),
    answer           VARCHAR,
    evaluator_value  DECIMAL(24,6),
    catatan          VARCHAR,
    source_sheet     VARCHAR,
    source_row       INTEGER NOT NULL
);
