# PgBouncer from Debian's package, as the topology test runs it.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends pgbouncer && rm -rf /var/lib/apt/lists/*
COPY deploy/pgbouncer.ini /etc/pgbouncer/pgbouncer.ini
COPY deploy/pgbouncer-userlist.txt /etc/pgbouncer/userlist.txt
RUN chown -R postgres:postgres /etc/pgbouncer
USER postgres
EXPOSE 6432
CMD ["pgbouncer", "/etc/pgbouncer/pgbouncer.ini"]
