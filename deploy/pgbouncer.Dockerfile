# PgBouncer from Debian's package, as the topology test runs it. The auth_user's
# password comes from the environment at start, never from the image.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends pgbouncer && rm -rf /var/lib/apt/lists/*
COPY deploy/pgbouncer.ini /etc/pgbouncer/pgbouncer.ini
RUN chown -R postgres:postgres /etc/pgbouncer
USER postgres
EXPOSE 6432
CMD ["sh", "-c", "printf '\"%s\" \"%s\"\\n' \"$PGBOUNCER_AUTH_USER\" \"$PGBOUNCER_AUTH_PASSWORD\" > /etc/pgbouncer/userlist.txt && exec pgbouncer /etc/pgbouncer/pgbouncer.ini"]
