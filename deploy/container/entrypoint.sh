#!/bin/sh
# Starts Payara Micro with the WARs listed in KAERU_WARS (comma-separated). Settings come from the
# environment (MicroProfile Config: KAERU_DB_URL is kaeru.db.url; docs/configuration.md).
# --nocluster: instances share state through PostgreSQL (outbox, leases, rate limits), not Hazelcast.
set -eu
set -- --nocluster --rootdir /var/lib/kaeru/payara --port 8080 --prebootcommandfile /opt/kaeru/pre-boot.asadmin
OLD_IFS=$IFS
IFS=,
for war in $KAERU_WARS; do
  set -- "$@" --deploy "$war"
done
IFS=$OLD_IFS
exec java -XX:+UseG1GC -Djava.io.tmpdir=/var/lib/kaeru -jar /opt/kaeru/payara-micro.jar "$@"
