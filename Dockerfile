# syntax=docker/dockerfile:1
# ZET Monitor: one process serving the API and the built frontend.
# Build: docker build -t zet-monitor .   Production setup: see docker-compose.yml.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false
# Same npm major as the one that writes package-lock.json.
RUN npm install -g npm@11.19.1
# Manifests first, so the dependency layer is reused when only sources change.
COPY package.json package-lock.json ./
COPY contracts/package.json contracts/
COPY content/package.json content/
COPY migrations/package.json migrations/
COPY backend/package.json backend/
COPY frontend/package.json frontend/
# No dependency needs an install script (native parts ship as prebuilt optional packages).
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts \
 && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# App files stay owned by root (read-only to the app); only the embedded-database folder,
# used when no DATABASE_URL is given, is writable.
COPY --from=build /app /app
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "backend/dist/main.js"]
