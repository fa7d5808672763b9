#!/bin/sh
# Fills an existing Netdesk database with made-up contacts (for the start-up benchmark).
# usage: packaging/generate-contacts.sh --data-dir DIR [--count N]   (N defaults to 10000)
# The database must exist (start Netdesk once with that --data-dir) and Netdesk must be closed.
set -eu

DATA_DIR=""
COUNT=10000
while [ $# -gt 0 ]; do
    case "$1" in
        --data-dir) DATA_DIR=$2; shift 2 ;;
        --count) COUNT=$2; shift 2 ;;
        *) echo "usage: $0 --data-dir DIR [--count N]" >&2; exit 2 ;;
    esac
done
DB="$DATA_DIR/netdesk.db"
[ -n "$DATA_DIR" ] && [ -f "$DB" ] || { echo "generate-contacts: no database at '$DB'" >&2; exit 1; }
case "$COUNT" in ''|*[!0-9]*) echo "generate-contacts: --count must be a number" >&2; exit 2 ;; esac

sqlite3 "$DB" <<SQL
.timeout 5000
BEGIN;
WITH RECURSIVE
  n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $COUNT),
  first(k, v) AS (VALUES (0,'Anne'),(1,'Bo'),(2,'Camilla'),(3,'Søren'),(4,'Mette'),(5,'Jens'),
                         (6,'Louise'),(7,'Mads'),(8,'Ida'),(9,'Frederik'),(10,'Sofie'),(11,'Ørsted')),
  last(k, v)  AS (VALUES (0,'Jensen'),(1,'Nielsen'),(2,'Hansen'),(3,'Pedersen'),(4,'Andersen'),
                         (5,'Christensen'),(6,'Larsen'),(7,'Sørensen'),(8,'Rasmussen'),(9,'Jørgensen'))
INSERT INTO contact (name, phone, email, notes, created_at, updated_at)
SELECT first.v || ' ' || last.v || ' ' || i,
       printf('+45 %02d %02d %02d %02d', i % 90 + 10, i % 97, i % 89, i % 83),
       lower(replace(first.v, 'ø', 'o')) || '.' || i || '@example.com',
       CASE WHEN i % 3 = 0 THEN 'Met at the spring fair; wants a follow-up call.' ELSE '' END,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || (i * 37) || ' minutes'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || (i * 41) || ' minutes')
FROM n
JOIN first ON first.k = i % 12
JOIN last ON last.k = (i / 12) % 10;
COMMIT;
SQL
echo "generate-contacts: $(sqlite3 "$DB" 'SELECT count(*) FROM contact') contacts in $DB"
