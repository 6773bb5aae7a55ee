-- Issue 10: the procurement simulator's thresholds, as dated data with their official
-- source, never constants in code. Global: the same for every tenant, so no tenant_id.
-- One row per limit, buyer type and contract type (BuyerType and ContractType in core).
-- amount_sek is left empty where the SEK value of a period is not confirmed: the
-- simulator then says the threshold in SEK is unknown for the date instead of guessing.
-- When the thresholds change (EU thresholds every two years on 1 January; the Swedish
-- direct-award limits when the Riksdag amends LOU 19 a kap. / LUF 19 a kap.), add a new
-- migration that closes the old rows' valid_to and inserts the new ones (docs/procurement.md).
CREATE TABLE procurement_threshold (
    id            bigint         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text           NOT NULL CHECK (kind IN ('EU_THRESHOLD', 'DIRECT_AWARD_LIMIT')),
    buyer_type    text           NOT NULL CHECK (buyer_type IN ('STATE_AUTHORITY', 'OTHER_AUTHORITY', 'UTILITY')),
    contract_type text           NOT NULL
                                 CHECK (contract_type IN ('GOODS', 'SERVICES', 'WORKS', 'SOCIAL_SERVICES')),
    amount_sek    numeric(14, 2) CHECK (amount_sek > 0),
    amount_eur    numeric(14, 2) CHECK (amount_eur > 0),
    valid_from    date           NOT NULL,
    valid_to      date,
    legal_basis   text           NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 500),
    source_url    text           NOT NULL CHECK (source_url LIKE 'http%' AND length(source_url) <= 2048),
    CHECK (amount_sek IS NOT NULL OR amount_eur IS NOT NULL),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    UNIQUE (kind, buyer_type, contract_type, valid_from)
);
CREATE INDEX procurement_threshold_period_idx ON procurement_threshold (valid_from, valid_to);

-- 2024-01-01 – 2025-12-31, LOU and LUF: SEK values as Upphandlingsmyndigheten listed them
-- on 20 November 2023; euro amounts of the Commission's revision for 2024–2025.
INSERT INTO procurement_threshold (kind, buyer_type, contract_type, amount_sek, amount_eur, valid_from, valid_to,
                                   legal_basis, source_url)
SELECT 'EU_THRESHOLD', buyer, contract, sek, eur, DATE '2024-01-01', DATE '2025-12-31', basis,
       'https://www.upphandlingsmyndigheten.se/frageportalen/2904774/nya-beloppsgranser-for-2024-har-ar-listan/'
FROM (VALUES
    ('STATE_AUTHORITY', 'GOODS',           1546202,  143000,  'LOU 5 kap.; EU-tröskelvärde 2024–2025, centrala myndigheter (direktiv 2014/24/EU art. 4 b)'),
    ('STATE_AUTHORITY', 'SERVICES',        1546202,  143000,  'LOU 5 kap.; EU-tröskelvärde 2024–2025, centrala myndigheter (direktiv 2014/24/EU art. 4 b)'),
    ('OTHER_AUTHORITY', 'GOODS',           2389585,  221000,  'LOU 5 kap.; EU-tröskelvärde 2024–2025, övriga myndigheter (direktiv 2014/24/EU art. 4 c)'),
    ('OTHER_AUTHORITY', 'SERVICES',        2389585,  221000,  'LOU 5 kap.; EU-tröskelvärde 2024–2025, övriga myndigheter (direktiv 2014/24/EU art. 4 c)'),
    ('STATE_AUTHORITY', 'WORKS',           59880179, 5538000, 'LOU 5 kap.; EU-tröskelvärde 2024–2025, byggentreprenader (direktiv 2014/24/EU art. 4 a)'),
    ('OTHER_AUTHORITY', 'WORKS',           59880179, 5538000, 'LOU 5 kap.; EU-tröskelvärde 2024–2025, byggentreprenader (direktiv 2014/24/EU art. 4 a)'),
    ('STATE_AUTHORITY', 'SOCIAL_SERVICES', 8109450,  750000,  'LOU 5 kap.; EU-tröskelvärde 2024–2025, sociala och andra särskilda tjänster (direktiv 2014/24/EU art. 4 d)'),
    ('OTHER_AUTHORITY', 'SOCIAL_SERVICES', 8109450,  750000,  'LOU 5 kap.; EU-tröskelvärde 2024–2025, sociala och andra särskilda tjänster (direktiv 2014/24/EU art. 4 d)'),
    ('UTILITY',         'GOODS',           4789982,  443000,  'LUF 5 kap.; EU-tröskelvärde 2024–2025, varor och tjänster (direktiv 2014/25/EU art. 15 a)'),
    ('UTILITY',         'SERVICES',        4789982,  443000,  'LUF 5 kap.; EU-tröskelvärde 2024–2025, varor och tjänster (direktiv 2014/25/EU art. 15 a)'),
    ('UTILITY',         'WORKS',           59880179, 5538000, 'LUF 5 kap.; EU-tröskelvärde 2024–2025, byggentreprenader (direktiv 2014/25/EU art. 15 b)')
) AS seed (buyer, contract, sek, eur, basis);

-- LUF's threshold for social and other specific services: EUR 1 000 000 is in the
-- directive itself (not revised); its SEK value for 2024–2025 is not confirmed, so it is
-- not seeded.
INSERT INTO procurement_threshold (kind, buyer_type, contract_type, amount_sek, amount_eur, valid_from, valid_to,
                                   legal_basis, source_url)
VALUES ('EU_THRESHOLD', 'UTILITY', 'SOCIAL_SERVICES', NULL, 1000000, DATE '2024-01-01', DATE '2025-12-31',
        'LUF 5 kap.; EU-tröskelvärde 2024–2025, sociala och andra särskilda tjänster (direktiv 2014/25/EU art. 15 c)',
        'http://data.europa.eu/eli/dir/2014/25/oj');

-- The direct-award limits are fixed in the acts since 1 February 2022 (prop. 2021/22:5):
-- 700 000 kr under LOU, 1 200 000 kr under LUF, and for social and other specific services
-- under LOU the threshold itself. Upphandlingsmyndigheten confirmed on 22 November 2023
-- that they were unchanged from 1 January 2024. Whether they still hold from 2026 is not
-- confirmed here, so the rows end with 2025.
INSERT INTO procurement_threshold (kind, buyer_type, contract_type, amount_sek, amount_eur, valid_from, valid_to,
                                   legal_basis, source_url)
SELECT 'DIRECT_AWARD_LIMIT', buyer, contract, sek, NULL, DATE '2024-01-01', DATE '2025-12-31', basis,
       'https://www.upphandlingsmyndigheten.se/frageportalen/2904774/nya-beloppsgranser-for-2024-har-ar-listan/'
FROM (VALUES
    ('STATE_AUTHORITY', 'GOODS',           700000,  'LOU 19 a kap. (direktupphandlingsgräns, prop. 2021/22:5)'),
    ('STATE_AUTHORITY', 'SERVICES',        700000,  'LOU 19 a kap. (direktupphandlingsgräns, prop. 2021/22:5)'),
    ('STATE_AUTHORITY', 'WORKS',           700000,  'LOU 19 a kap. (direktupphandlingsgräns, prop. 2021/22:5)'),
    ('OTHER_AUTHORITY', 'GOODS',           700000,  'LOU 19 a kap. (direktupphandlingsgräns, prop. 2021/22:5)'),
    ('OTHER_AUTHORITY', 'SERVICES',        700000,  'LOU 19 a kap. (direktupphandlingsgräns, prop. 2021/22:5)'),
    ('OTHER_AUTHORITY', 'WORKS',           700000,  'LOU 19 a kap. (direktupphandlingsgräns, prop. 2021/22:5)'),
    ('STATE_AUTHORITY', 'SOCIAL_SERVICES', 8109450, 'LOU 19 a kap. (direktupphandlingsgräns lika med tröskelvärdet för sociala och andra särskilda tjänster)'),
    ('OTHER_AUTHORITY', 'SOCIAL_SERVICES', 8109450, 'LOU 19 a kap. (direktupphandlingsgräns lika med tröskelvärdet för sociala och andra särskilda tjänster)')
) AS seed (buyer, contract, sek, basis);

INSERT INTO procurement_threshold (kind, buyer_type, contract_type, amount_sek, amount_eur, valid_from, valid_to,
                                   legal_basis, source_url)
SELECT 'DIRECT_AWARD_LIMIT', 'UTILITY', contract, 1200000, NULL, DATE '2024-01-01', DATE '2025-12-31',
       'LUF 19 a kap. (direktupphandlingsgräns, prop. 2021/22:5)',
       'https://www.upphandlingsmyndigheten.se/nyheter/2023/nya-troskelvarden-den-1-januari-2024/'
FROM (VALUES ('GOODS'), ('SERVICES'), ('WORKS')) AS seed (contract);

-- 2026-01-01 – 2027-12-31: the euro amounts of Commission Delegated Regulations (EU)
-- 2025/2152 (Directive 2014/24/EU) and 2025/2150 (Directive 2014/25/EU). Their SEK values
-- were not confirmed when this was written: amount_sek stays empty until a migration adds
-- them from the Commission's communication or Upphandlingsmyndigheten.
INSERT INTO procurement_threshold (kind, buyer_type, contract_type, amount_sek, amount_eur, valid_from, valid_to,
                                   legal_basis, source_url)
SELECT 'EU_THRESHOLD', buyer, contract, NULL, eur, DATE '2026-01-01', DATE '2027-12-31', basis, source
FROM (VALUES
    ('STATE_AUTHORITY', 'GOODS',           140000,  'LOU 5 kap.; kommissionens delegerade förordning (EU) 2025/2152, centrala myndigheter', 'http://data.europa.eu/eli/reg_del/2025/2152/oj'),
    ('STATE_AUTHORITY', 'SERVICES',        140000,  'LOU 5 kap.; kommissionens delegerade förordning (EU) 2025/2152, centrala myndigheter', 'http://data.europa.eu/eli/reg_del/2025/2152/oj'),
    ('OTHER_AUTHORITY', 'GOODS',           216000,  'LOU 5 kap.; kommissionens delegerade förordning (EU) 2025/2152, övriga myndigheter', 'http://data.europa.eu/eli/reg_del/2025/2152/oj'),
    ('OTHER_AUTHORITY', 'SERVICES',        216000,  'LOU 5 kap.; kommissionens delegerade förordning (EU) 2025/2152, övriga myndigheter', 'http://data.europa.eu/eli/reg_del/2025/2152/oj'),
    ('STATE_AUTHORITY', 'WORKS',           5404000, 'LOU 5 kap.; kommissionens delegerade förordning (EU) 2025/2152, byggentreprenader', 'http://data.europa.eu/eli/reg_del/2025/2152/oj'),
    ('OTHER_AUTHORITY', 'WORKS',           5404000, 'LOU 5 kap.; kommissionens delegerade förordning (EU) 2025/2152, byggentreprenader', 'http://data.europa.eu/eli/reg_del/2025/2152/oj'),
    ('STATE_AUTHORITY', 'SOCIAL_SERVICES', 750000,  'LOU 5 kap.; direktiv 2014/24/EU art. 4 d (oförändrat 2026–2027)', 'http://data.europa.eu/eli/dir/2014/24/oj'),
    ('OTHER_AUTHORITY', 'SOCIAL_SERVICES', 750000,  'LOU 5 kap.; direktiv 2014/24/EU art. 4 d (oförändrat 2026–2027)', 'http://data.europa.eu/eli/dir/2014/24/oj'),
    ('UTILITY',         'GOODS',           432000,  'LUF 5 kap.; kommissionens delegerade förordning (EU) 2025/2150, varor och tjänster', 'http://data.europa.eu/eli/reg_del/2025/2150/oj'),
    ('UTILITY',         'SERVICES',        432000,  'LUF 5 kap.; kommissionens delegerade förordning (EU) 2025/2150, varor och tjänster', 'http://data.europa.eu/eli/reg_del/2025/2150/oj'),
    ('UTILITY',         'WORKS',           5404000, 'LUF 5 kap.; kommissionens delegerade förordning (EU) 2025/2150, byggentreprenader', 'http://data.europa.eu/eli/reg_del/2025/2150/oj'),
    ('UTILITY',         'SOCIAL_SERVICES', 1000000, 'LUF 5 kap.; direktiv 2014/25/EU art. 15 c (oförändrat 2026–2027)', 'http://data.europa.eu/eli/dir/2014/25/oj')
) AS seed (buyer, contract, eur, basis, source);
