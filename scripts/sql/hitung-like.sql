-- hitung-like.sql: what `logistik hitung` does to one voter roll (jenis pemilih, preset
-- pemilu-2024), written for DuckDB, so that the benchmark can time a database doing the same job
-- (scripts/lib/duckdb-like.mjs runs it; docs/benchmarks.md "Like for like" says what it leaves out).
--
-- {{roll}} is replaced by the roll's path as an SQL string. Statements end with ';' at the end of a
-- line; a statement after a '-- result: NAME' line is a result the runner writes to NAME.csv.
--
-- Which rule of hitung each part follows (src/core/validate/…):
--   TPS identity       identity.ts, region-code.ts, tps-number.ts
--   NIK and NKK        voter-checks.ts checkNik/checkNkk, nik.ts nikShape/nikBirth, provinces.ts
--   date of birth      voter-checks.ts readBirthDate/checkAge, dates.ts parseDate/ageOn
--   duplicate NIK      add-row.ts claim/settle: among the rows that passed their own checks, the
--                      first by line keeps the NIK; every later one is rejected (duplicate-nik)
--   ballots per TPS    dpt + ceil(dpt × 2 / 100) (pemilu-2024: cadangan_persen 2, per TPS)

SET VARIABLE polling_day = DATE '2024-02-14';

-- JavaScript's String.prototype.trim() strips these (DuckDB's trim() strips only spaces).
SET VARIABLE ws = chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || ' ' || chr(160) || chr(5760)
  || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199)
  || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288)
  || chr(65279);

-- One row per record, with only what the rest needs (read_csv gives an empty cell as NULL). `line`
-- is the physical line: the header is line 1 and no record of the benchmark's rolls spans two lines (read_csv numbers records, not lines).
CREATE TEMP TABLE checked AS
WITH cells AS (
  SELECT
    ordinality + 1 AS line,
    trim(coalesce(kode_kelurahan, ''), getvariable('ws')) AS kode_raw,
    trim(coalesce(tps, ''), getvariable('ws')) AS tps_raw,
    trim(coalesce(nik, ''), getvariable('ws')) AS nik_raw,
    trim(coalesce(nkk, ''), getvariable('ws')) AS nkk_raw,
    trim(coalesce(tanggal_lahir, ''), getvariable('ws')) AS lahir_raw,
    upper(trim(coalesce(status_kawin, ''), getvariable('ws'))) AS status_raw
  FROM read_csv({{roll}}, header = true, all_varchar = true) WITH ORDINALITY
),
identity AS (
  SELECT *,
    -- parseKode: PP.KK.CC.DDDD or 10 digits; KK not 00 or 70, CC not 00, DDDD starts with 1 or 2.
    CASE
      WHEN regexp_full_match(kode_raw, '\d{2}\.\d{2}\.\d{2}\.[12]\d{3}') THEN kode_raw
      WHEN regexp_full_match(kode_raw, '\d{6}[12]\d{3}')
        THEN concat_ws('.', kode_raw[1:2], kode_raw[3:4], kode_raw[5:6], kode_raw[7:10])
    END AS kode_dotted,
    -- parseTps: `1`, `001`, `TPS 1`, `tps-001` … → 001; 0 and more than three digits are not TPS numbers.
    try_cast(regexp_extract(tps_raw, '^(?i:tps[\s.\-]*)?0*(\d{1,3})$', 1) AS INTEGER) AS tps_number,
    -- nikShape: 16 digits; the masked form of published lists (counted, no duplicate check).
    regexp_full_match(nik_raw, '\d{16}') AS nik_ok,
    regexp_full_match(nik_raw, '[\d*xX]{16}') AND regexp_matches(nik_raw, '[*xX]') AS nik_masked,
    -- checkNkk: blank or 16 digits; spreadsheet damage rejects the row, another shape only warns.
    regexp_full_match(nkk_raw, '\d(?:[.,]\d+)?[eE]\+?\d+|\d+[.,]0+|\d{15}') AS nkk_spreadsheet
  FROM cells
),
judged AS (
  SELECT *,
    kode_raw = '' OR tps_raw = '' AS tps_identity,
    kode_raw <> '' AND (kode_dotted IS NULL OR kode_dotted[4:5] IN ('00', '70') OR kode_dotted[7:8] = '00') AS kode_format,
    tps_raw <> '' AND coalesce(tps_number, 0) = 0 AS tps_format,
    NOT nik_ok AND NOT nik_masked AS nik_bad,
    -- parseDate: yyyy-mm-dd, or d-m-yyyy / d/m/yyyy with one separator, a real date.
    CASE
      WHEN regexp_full_match(lahir_raw, '\d{4}-\d{2}-\d{2}') THEN try_strptime(lahir_raw, '%Y-%m-%d')::DATE
      WHEN regexp_full_match(lahir_raw, '\d{1,2}-\d{1,2}-\d{4}') THEN try_strptime(lahir_raw, '%d-%m-%Y')::DATE
      WHEN regexp_full_match(lahir_raw, '\d{1,2}/\d{1,2}/\d{4}') THEN try_strptime(lahir_raw, '%d/%m/%Y')::DATE
    END AS lahir
  FROM identity
)
SELECT
  line,
  kode_dotted AS kode_kelurahan,
  lpad(tps_number::VARCHAR, 3, '0') AS tps,
  CASE WHEN nik_ok THEN nik_raw::BIGINT END AS nik,
  -- The row's own galat (checkRow: counted = no galat); a duplicate NIK is decided below.
  NOT (tps_identity OR kode_format OR tps_format OR nik_bad OR nkk_spreadsheet) AS own_ok,
  tps_identity, kode_format, tps_format, nik_bad, nkk_spreadsheet,
  nkk_raw <> '' AND NOT nkk_spreadsheet AND NOT regexp_full_match(nkk_raw, '[\d*xX]{16}') AS nkk_format,
  NOT kode_format AND kode_dotted IS NOT NULL AND kode_dotted[1:2] NOT IN (
    '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52',
    '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94',
    '95', '96') AS kode_province,
  nik_ok AND nik_raw[1:2] NOT IN (
    '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52',
    '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94',
    '95', '96') AS nik_province,
  -- nikBirth: DD (+40 for women) MM YY, a real date in 19YY or 20YY.
  nik_ok AND (
    try(make_date(2000 + nik_raw[11:12]::INTEGER, nik_raw[9:10]::INTEGER,
                  nik_raw[7:8]::INTEGER - CASE WHEN nik_raw[7:8]::INTEGER > 40 THEN 40 ELSE 0 END)) IS NULL
    AND try(make_date(1900 + nik_raw[11:12]::INTEGER, nik_raw[9:10]::INTEGER,
                      nik_raw[7:8]::INTEGER - CASE WHEN nik_raw[7:8]::INTEGER > 40 THEN 40 ELSE 0 END)) IS NULL
  ) AS nik_birthdate,
  -- readBirthDate: not a date, or after polling day.
  lahir_raw <> '' AND (lahir IS NULL OR lahir > getvariable('polling_day')) AS tanggal_lahir,
  -- checkAge: under 17 on polling day and not (ever) married (S or P in any of their spellings).
  lahir IS NOT NULL AND lahir <= getvariable('polling_day')
    AND year(getvariable('polling_day')) - year(lahir)
        - CASE WHEN month(getvariable('polling_day')) * 100 + day(getvariable('polling_day'))
                    < month(lahir) * 100 + day(lahir) THEN 1 ELSE 0 END < 17
    AND regexp_replace(status_raw, '[\s_\-.]+', ' ', 'g') NOT IN (
      'S', 'SUDAH', 'KAWIN', 'SUDAH KAWIN', 'P', 'PERNAH', 'PERNAH KAWIN', 'CERAI', 'CERAI HIDUP', 'CERAI MATI')
    AS under_age
FROM judged;

-- Duplicate NIKs: among rows that passed their own checks, every row after the first of its NIK.
CREATE TEMP TABLE duplicates AS
WITH firsts AS (
  SELECT nik, min(line) AS first_line
  FROM checked
  WHERE own_ok AND nik IS NOT NULL
  GROUP BY nik
  HAVING count(*) > 1
)
SELECT c.line, f.first_line
FROM checked c JOIN firsts f USING (nik)
WHERE c.own_ok AND c.line > f.first_line;

-- result: tps
-- Per TPS (distribusi-tps.csv): counted voters and the PPWP ballots, dpt + ceil(dpt × 2 / 100).
SELECT kode_kelurahan, tps, dpt, dpt + (dpt * 2 + 99) // 100 AS surat_suara
FROM (
  SELECT c.kode_kelurahan, c.tps, count(*) AS dpt
  FROM checked c ANTI JOIN duplicates d ON c.line = d.line
  WHERE c.own_ok
  GROUP BY ALL
)
ORDER BY kode_kelurahan, tps;

-- result: duplicates
SELECT line, first_line FROM duplicates ORDER BY line;

-- result: per_kode
-- Issue counts of the checks above, under hitung's codes (masalah.per_kode); `nik-shape` is the sum
-- of nik-format, nik-letter, nik-invisible, nik-separator and nik-spreadsheet, which SQL lumps.
SELECT
  count(*) AS baris_data,
  count(*) FILTER (own_ok) - (SELECT count(*) FROM duplicates) AS dihitung,
  count(*) FILTER (tps_identity) AS "tps-identity",
  count(*) FILTER (kode_format) AS "kode-wilayah-format",
  count(*) FILTER (kode_province) AS "kode-wilayah-province",
  count(*) FILTER (tps_format) AS "tps-format",
  count(*) FILTER (nik_bad) AS "nik-shape",
  count(*) FILTER (nik_province) AS "nik-province",
  count(*) FILTER (nik_birthdate) AS "nik-birthdate",
  count(*) FILTER (nkk_spreadsheet) AS "nkk-spreadsheet",
  count(*) FILTER (nkk_format) AS "nkk-format",
  count(*) FILTER (tanggal_lahir) AS "tanggal-lahir",
  count(*) FILTER (under_age) AS "under-age",
  (SELECT count(*) FROM duplicates) AS "duplicate-nik"
FROM checked;
