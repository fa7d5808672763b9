-- Only in the "v2" build of packaging/upgrade-test.sh (profile upgrade-test), never in a
-- real Netdesk: proves that installing a newer .deb migrates the existing database.
CREATE TABLE packaging_upgrade_test (
    id      INTEGER PRIMARY KEY,
    applied TEXT NOT NULL
);
INSERT INTO packaging_upgrade_test (id, applied) VALUES (1, 'v2');
