-- The settings every analysis table is computed under, and the rules that read them. Created
-- per connection (TEMP), so a second set of settings in another session never leaks into this one.
CREATE OR REPLACE TEMP TABLE analysis_setting (
    cap                DECIMAL(24,6),
    sangat_tinggi      DECIMAL(24,6) NOT NULL,
    tinggi             DECIMAL(24,6) NOT NULL,
    sedang             DECIMAL(24,6) NOT NULL,
    rendah             DECIMAL(24,6) NOT NULL,
    efficiency         VARCHAR NOT NULL,
    warning_capaian    DECIMAL(24,6) NOT NULL,
    warning_absorption DECIMAL(24,6) NOT NULL,
    deadline_day       INTEGER NOT NULL
);

-- The capaian as reports show it: uncapped, or held at the cap. least() skips NULLs, so a
-- capaian that could not be computed is kept NULL before the cap is applied.
CREATE OR REPLACE TEMP MACRO shown_capaian(c) AS
    CASE WHEN c IS NULL OR (SELECT cap FROM analysis_setting) IS NULL THEN c
         ELSE least(c, (SELECT cap FROM analysis_setting)) END;

-- part / whole x 100 in exact decimals, rounded half away from zero to two places.
CREATE OR REPLACE TEMP MACRO percent_of(part, whole) AS
    CASE WHEN part IS NULL OR whole IS NULL OR whole = 0 THEN NULL
         ELSE CAST(sign(part) * sign(whole)
                   * ((abs(CAST(round(part * 1000000) AS HUGEINT)) * 20000 + abs(CAST(round(whole * 1000000) AS HUGEINT)))
                      // (2 * abs(CAST(round(whole * 1000000) AS HUGEINT)))) AS DECIMAL(38,0)) * 0.01
    END;

-- a / b in exact decimals to two places.
CREATE OR REPLACE TEMP MACRO quotient(a, b) AS percent_of(a, b * 100);

-- The interpretation band (Permendagri 86/2017 by default), judged on the figure as printed.
CREATE OR REPLACE TEMP MACRO band_of(c) AS
    CASE WHEN c IS NULL THEN NULL
         WHEN round(c, 2) >= (SELECT sangat_tinggi FROM analysis_setting) THEN 'Sangat Tinggi'
         WHEN round(c, 2) >= (SELECT tinggi FROM analysis_setting) THEN 'Tinggi'
         WHEN round(c, 2) >= (SELECT sedang FROM analysis_setting) THEN 'Sedang'
         WHEN round(c, 2) >= (SELECT rendah FROM analysis_setting) THEN 'Rendah'
         ELSE 'Sangat Rendah'
    END;

-- On track when the target to date is met, at risk when missed within the Tinggi band, else behind.
CREATE OR REPLACE TEMP MACRO track_of(c) AS
    CASE WHEN c IS NULL THEN NULL
         WHEN round(c, 2) >= 100 THEN 'sesuai target'
         WHEN round(c, 2) >= (SELECT tinggi FROM analysis_setting) THEN 'berisiko'
         ELSE 'tertinggal'
    END;

-- Whether a realisasi is at least as good as a reference value, honouring polarity.
CREATE OR REPLACE TEMP MACRO at_least_as_good(polarity, value, reference) AS
    CASE WHEN value IS NULL OR reference IS NULL THEN NULL
         WHEN polarity = 'negatif' THEN value <= reference
         ELSE value >= reference
    END;

-- A figure as Indonesian documents print it, two decimals: 1.234.567,89.
CREATE OR REPLACE TEMP MACRO id_number(x) AS
    CASE WHEN x IS NULL THEN NULL
         ELSE replace(replace(replace(format('{:,.2f}', CAST(x AS DOUBLE)), ',', '#'), '.', ','), '#', '.')
    END;

-- A target as Indonesian documents print it: 19,29, a range 80,00–90,00, or its text (a predikat).
CREATE OR REPLACE TEMP MACRO id_target(low, high, text) AS
    CASE WHEN low IS NULL THEN text
         WHEN high IS NOT NULL AND high <> low THEN id_number(low) || '–' || id_number(high)
         ELSE id_number(low)
    END;
