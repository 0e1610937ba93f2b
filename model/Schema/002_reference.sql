-- The planning reference workbook. A newer workbook replaces all of these rows.
CREATE TABLE IF NOT EXISTS unit (
    unit_code    VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    jenis        VARCHAR NOT NULL,
    parent_code  VARCHAR,
    file_id      INTEGER NOT NULL,
    source_sheet VARCHAR NOT NULL,
    source_row   INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS indicator (
    indicator_code VARCHAR PRIMARY KEY,
    name           VARCHAR NOT NULL,
    satuan         VARCHAR NOT NULL,
    polarity       VARCHAR NOT NULL,      -- positif, negatif
    aggregation    VARCHAR NOT NULL,      -- kumulatif, terakhir, rata-rata, tahunan
    jenis          VARCHAR NOT NULL,      -- IKU, IKP, IKK
    unit_code      VARCHAR NOT NULL,
    sasaran_code   VARCHAR NOT NULL,
    sasaran_name   VARCHAR NOT NULL,
    parent_code    VARCHAR,
    sort_order     INTEGER NOT NULL,
    file_id        INTEGER NOT NULL,
    source_sheet   VARCHAR NOT NULL,
    source_row     INTEGER NOT NULL
);

-- Renstra: kind is 'awal' (baseline), 'tahunan' (a year's target) or 'akhir' (end of period).
CREATE TABLE IF NOT EXISTS renstra_target (
    indicator_code VARCHAR NOT NULL,
    year           INTEGER NOT NULL,
    kind           VARCHAR NOT NULL,
    target_text    VARCHAR NOT NULL,
    target_low     DECIMAL(24,6),
    target_high    DECIMAL(24,6),
    file_id        INTEGER NOT NULL,
    source_sheet   VARCHAR NOT NULL,
    source_row     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS pk_target (
    year           INTEGER NOT NULL,
    indicator_code VARCHAR NOT NULL,
    target_text    VARCHAR NOT NULL,
    target_low     DECIMAL(24,6),
    target_high    DECIMAL(24,6),
    version        VARCHAR NOT NULL,      -- Murni, Perubahan
    effective_from DATE NOT NULL,
    pagu_indikatif DECIMAL(20,2),
    file_id        INTEGER NOT NULL,
    source_sheet   VARCHAR NOT NULL,
    source_row     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS rencana_aksi (
    year           INTEGER NOT NULL,
    indicator_code VARCHAR NOT NULL,
    month          INTEGER NOT NULL,
    target_text    VARCHAR NOT NULL,
    target_low     DECIMAL(24,6),
    target_high    DECIMAL(24,6),
    file_id        INTEGER NOT NULL,
    source_sheet   VARCHAR NOT NULL,
    source_row     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS comparator (
    indicator_code VARCHAR NOT NULL,
    year           INTEGER NOT NULL,
    jenis          VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,
    value_text     VARCHAR NOT NULL,
    value          DECIMAL(24,6),
    sumber         VARCHAR,
    file_id        INTEGER NOT NULL,
    source_sheet   VARCHAR NOT NULL,
    source_row     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS sub_kegiatan (
    sub_kegiatan_code VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    unit_code         VARCHAR NOT NULL,
    indicator_code    VARCHAR,
    file_id           INTEGER NOT NULL,
    source_sheet      VARCHAR NOT NULL,
    source_row        INTEGER NOT NULL
);
