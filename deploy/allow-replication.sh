#!/bin/sh
# Run once by the primary's image when it creates its data folder: lets the replica
# stream the write-ahead log with the owner's password.
echo 'host replication all all scram-sha-256' >> "$PGDATA/pg_hba.conf"
