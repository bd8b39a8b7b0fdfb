# vanban: one image for the API (`serve`) and the queue workers (`worker`).

# The review page is built with the dev tools (vite), then only its output is copied.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY web ./web
COPY scripts/web ./scripts/web
RUN npm run build:web

FROM node:20-bookworm-slim

# Native OCR engine (optional, ~2× faster than tesseract.js) with the Vietnamese model; fonts for rendering.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie fonts-liberation2 ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/web ./scripts/web
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=web /app/web/dist ./web/dist
COPY bin ./bin
COPY src ./src
COPY workers ./workers
COPY schema ./schema
COPY dictionaries ./dictionaries
COPY tsconfig.json ./

ENV NODE_ENV=production \
    VANBAN_DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=3000
VOLUME ["/data"]
USER node
ENTRYPOINT ["node", "bin/vanban.js"]
CMD ["serve"]
