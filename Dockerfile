# The same app `pnpm start` runs, for a server with its own PostgreSQL
# (docker-compose.yml passes DATABASE_URL, so no embedded database starts).
FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN npm install --global pnpm@12.21.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm run build

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app /app
# Uploaded photos and documents live here (FILES_DIR); keep it on a volume.
RUN mkdir -p /data/files && chown -R node:node /data
ENV FILES_DIR=/data/files
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
