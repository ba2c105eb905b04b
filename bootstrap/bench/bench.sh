#!/usr/bin/env bash
# Inkwell's read benchmark: one command, one table. See bootstrap/docs/performance.md.
#
#   bootstrap/bench/bench.sh [--posts 10000] [--artifact jar|native] [--duration 30s]
#                            [--connections 64] [--threads 2] [--scenarios list,categories,…]
#                            [--load-only]
#   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile" profiles the jar.
#   BENCH_WARMUP=20s: how long each of four reads warms the service up before the first scenario.
#
# Needs: a JDK (jar) or the native executable (bootstrap/target/*-runner, built with -Dnative),
# PostgreSQL 15+ server binaries (PG_BIN, default /usr/lib/postgresql/15/bin), psql, pgbench,
# wrk (Debian: apt-get install wrk postgresql-15 postgresql-contrib), python3, openssl.
# It starts its own PostgreSQL in $BENCH_WORK (default /tmp/inkwell-bench; a data set of a given
# size is loaded once and kept), starts the artifact against it, runs wrk on each read scenario
# and prints a markdown table. Nothing is built unless the artifact is missing (the jar then).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
POSTS=10000 ARTIFACT=jar DURATION=30s CONNECTIONS=64 THREADS=2 SCENARIOS=all LOAD_ONLY=
while [ $# -gt 0 ]; do
  case "$1" in
    --posts) POSTS=$2; shift 2 ;;
    --artifact) ARTIFACT=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --scenarios) SCENARIOS=$2; shift 2 ;;
    --load-only) LOAD_ONLY=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
WORK=${BENCH_WORK:-/tmp/inkwell-bench}
PG_PORT=${BENCH_PG_PORT:-55433}
APP_PORT=${BENCH_APP_PORT:-18080}
DATA="$WORK/pg-$POSTS"
LOG="$WORK/bench-$POSTS-$ARTIFACT"
mkdir -p "$WORK" "$LOG"
for tool in wrk psql pgbench python3 openssl; do
  command -v "$tool" > /dev/null || { echo "bench: $tool is missing (see the header of $0)" >&2; exit 2; }
done

as_pg() { # PostgreSQL refuses to run as root: run it as nobody then
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
psql_db() { psql -X -q -h localhost -p "$PG_PORT" -U postgres -d inkwell "$@"; }

# --- PostgreSQL --------------------------------------------------------------------------
if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"; [ "$(id -u)" = 0 ] && chown 65534:65534 "$DATA"
  as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust > "$LOG/initdb.log"
fi
[ "$(id -u)" = 0 ] && chown -R 65534:65534 "$DATA"
as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -o "-p $PG_PORT -k /tmp -c max_connections=200 \
  -c shared_buffers=512MB -c shared_preload_libraries=pg_stat_statements -c fsync=off -c synchronous_commit=off \
  -c full_page_writes=off -c logging_collector=off" start > /dev/null
stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast stop > /dev/null 2>&1 || true; }

# --- the artifact ------------------------------------------------------------------------
if [ "$ARTIFACT" = native ]; then
  # the README's documented heap limit for the executable; BENCH_NATIVE_OPTS replaces it
  read -r -a NATIVE_OPTS <<< "${BENCH_NATIVE_OPTS:--Xmx128m}"
  RUN=( "$(ls "$ROOT"/bootstrap/target/*-runner | head -1)" "${NATIVE_OPTS[@]}" )
  [ -x "${RUN[0]}" ] || { echo "bench: build the native executable first (README)" >&2; stop_pg; exit 2; }
else
  JAR="$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar"
  [ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q package -DskipTests)
  # The README's documented heap limit; BENCH_JAVA_OPTS replaces it, e.g.
  # "-Xmx256m -XX:StartFlightRecording=filename=/tmp/list.jfr,settings=profile"
  read -r -a JAVA_OPTS <<< "${BENCH_JAVA_OPTS:--Xmx256m}"
  RUN=( java "${JAVA_OPTS[@]}" -jar "$JAR" )
fi
mkdir -p "$WORK/keys"
[ -f "$WORK/keys/private.pem" ] || { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/keys/private.pem" 2> /dev/null;
  openssl pkey -in "$WORK/keys/private.pem" -pubout -out "$WORK/keys/public.pem"; }
APP_PID=
start_app() {
  QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/inkwell" \
  QUARKUS_DATASOURCE_USERNAME=postgres MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/keys/public.pem" \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/keys/private.pem" INKWELL_BOOTSTRAP_ADMIN_EMAIL=admin@bench.test \
  INKWELL_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    "${RUN[@]}" > "$LOG/app.log" 2>&1 &
  APP_PID=$!
  STARTED=$(date +%s%N)
  # poll every 10 ms and take the time before anything else runs: the figure is launch → first answer
  until curl -sf -o /dev/null "http://localhost:$APP_PORT/q/health/ready"; do
    kill -0 "$APP_PID" 2> /dev/null || { echo "bench: the service did not start, see $LOG/app.log" >&2; stop_pg; exit 1; }
    sleep 0.01
  done
  READY_NS=$(( $(date +%s%N) - STARTED ))
  READY_S=$(awk -v ns="$READY_NS" 'BEGIN { printf "%.2f", ns / 1e9 }')
}
stop_app() { [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null && wait "$APP_PID" 2> /dev/null || true; APP_PID=; }
trap 'stop_app; stop_pg' EXIT

# --- the data set, loaded once per size --------------------------------------------------
if [ ! -f "$DATA/inkwell-loaded" ]; then
  psql -X -q -h localhost -p "$PG_PORT" -U postgres -c "create database inkwell" 2> /dev/null || true
  start_app; stop_app                       # Flyway migrates the empty database
  echo "loading $POSTS posts…" >&2
  LOAD_START=$SECONDS
  cp "$HERE/load.sql" "$LOG/load.sql"       # psql reads as it goes: an edit meanwhile must not reach it
  psql_db -v posts="$POSTS" -f "$LOG/load.sql" > "$LOG/load.log"
  echo "loaded in $((SECONDS - LOAD_START)) s" >&2
  psql_db -c "create extension if not exists pg_stat_statements"
  touch "$DATA/inkwell-loaded"
fi
if [ ! -f "$DATA/inkwell-loaded-social" ]; then  # tags, follows, favorites (issue 12): also on an older data set
  start_app; stop_app                       # Flyway migrates to the schema that has them
  echo "adding tags, follows and favorites…" >&2
  LOAD_START=$SECONDS
  cp "$HERE/social.sql" "$LOG/social.sql"
  psql_db -f "$LOG/social.sql" > "$LOG/social.log"
  echo "added in $((SECONDS - LOAD_START)) s" >&2
  touch "$DATA/inkwell-loaded-social"
fi
if [ ! -f "$DATA/inkwell-rendered" ]; then  # Markdown rendered on write (issue 13): older rows by the service
  # load.sql runs with triggers off: queue what it wrote, as V8 queues the posts it finds
  psql_db -c "insert into post_render_queue (post_id) select p.id from posts p where not exists
              (select 1 from post_contents c where c.post_id = p.id) on conflict do nothing" > /dev/null
  start_app
  echo "the service renders the content of the loaded posts…" >&2
  LOAD_START=$SECONDS
  until [ "$(psql_db -At -c "select count(*) from post_render_queue")" = 0 ]; do sleep 5; done
  stop_app
  echo "rendered in $((SECONDS - LOAD_START)) s" >&2
  psql_db -c "vacuum analyze post_contents" -c "vacuum analyze post_render_queue" > /dev/null
  touch "$DATA/inkwell-rendered"
fi
if [ ! -f "$DATA/inkwell-numbered" ]; then  # sitemap numbers (issue 14): V9 numbers the posts it finds
  start_app; stop_app                       # Flyway migrates to the schema that has them
  # load.sql runs with triggers off: number what it wrote after V9 ran, as V9 numbers existing posts
  psql_db -c "insert into post_numbers (post_id) select p.id from posts p where not exists
              (select 1 from post_numbers n where n.post_id = p.id) order by p.created_at, p.id" > /dev/null
  psql_db -c "vacuum analyze post_numbers" > /dev/null
  touch "$DATA/inkwell-numbered"
fi
[ -z "$LOAD_ONLY" ] || exit 0

start_app
echo "service ready in ${READY_S} s" >&2
BASE="http://localhost:$APP_PORT"
WORD=$(psql_db -At -c "select split_part(title, ' about ', 2) from posts where slug = 'post-4242'")
POST_ID=$(psql_db -At -c "select id from posts where slug = 'post-42'")
CURSOR=$(curl -s "$BASE/posts/feed?limit=20" | python3 -c 'import json,sys; print(json.load(sys.stdin)["nextCursor"])')
# a reader registered through the RealWorld API who follows 20 writers, for the signed-in scenarios
READER="bench-reader-$(date +%s%N)"
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"user\":{\"username\":\"$READER\",\"email\":\"$READER@bench.test\",\"password\":\"bench-reader-password\"}}" \
  "$BASE/api/users" | python3 -c 'import json,sys; print(json.load(sys.stdin)["user"]["token"])')
for i in $(seq 100 119); do
  curl -sf -o /dev/null -X POST -H "Authorization: Token $TOKEN" -H 'Content-Type: application/json' \
    "$BASE/api/profiles/writer-$i/follow"
done
declare -A URL=(
  [list]="/posts?limit=20"
  [deep-page]="/posts?limit=20&page=200"
  [by-category]="/posts?limit=20&category=topic-7"
  [by-author]="/posts?limit=20&author=writer-42"
  [search]="/posts?limit=20&q=4242"
  [search-broad]="/posts?limit=20&q=$WORD"
  [feed]="/posts/feed?limit=20"
  [feed-next]="/posts/feed?limit=20&after=$CURSOR"
  [popular]="/posts/popular"
  [categories]="/categories"
  [post]="/posts/post-42"
  [comments]="/posts/$POST_ID/comments"
  [tag]="/posts?limit=20&tag=tag-42"
  [rare-tag]="/posts?limit=20&tag=rare-tag"
  [tags]="/tags"
  [following]="/posts/following?limit=20"
  [list-signed-in]="/posts?limit=20"
  [rw-list]="/api/articles?limit=20"
  [rw-list-signed-in]="/api/articles?limit=20"
  [rw-feed]="/api/articles/feed?limit=20"
  [rw-article]="/api/articles/post-42"
  [rw-comments]="/api/articles/post-42/comments"
  [rw-tags]="/api/tags"
  [atom]="/feeds/posts.atom"
  [atom-category]="/feeds/posts.atom?category=topic-7"
  [rss]="/feeds/posts.rss"
  [atom-304]="/feeds/posts.atom"
  [sitemap]="/sitemap.xml"
  [sitemap-part]="/sitemap-1.xml"
)
# a feed reader that has the current version: If-None-Match with the feed's ETag
ATOM_ETAG=$(curl -s -o /dev/null -D - "$BASE/feeds/posts.atom" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
declare -A HEADERS=([atom-304]="If-None-Match: $ATOM_ETAG")
# a sitemap of up to 50,000 URLs is built two at a time per instance (README): a crawler's few
# connections, not 64 (which would only measure the queue in front of it)
declare -A CONNS=([sitemap]=4 [sitemap-part]=4)
# the signed-in scenarios send the reader's token
declare -A SIGNED_IN=([following]=1 [list-signed-in]=1 [rw-list-signed-in]=1 [rw-feed]=1)
ORDER=(list deep-page by-category by-author search search-broad feed feed-next popular categories post comments
       tag rare-tag tags following list-signed-in rw-list rw-list-signed-in rw-feed rw-article rw-comments rw-tags
       atom atom-category rss atom-304 sitemap sitemap-part)
[ "$SCENARIOS" = all ] || IFS=, read -r -a ORDER <<< "$SCENARIOS"
for name in "${ORDER[@]}"; do
  [ -n "${URL[$name]:-}" ] || { echo "bench: no scenario '$name' (there are: ${!URL[*]})" >&2; exit 2; }
done

statements() {
  psql_db -At -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
                  where d.datname = 'inkwell' and s.query not ilike '%pg_stat_statements%'"
}

# CPU time (user + system, in clock ticks) of the service, and of every PostgreSQL process
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2> /dev/null || echo 0; }
PG_PID=$(head -1 "$DATA/postmaster.pid")
db_ticks() {
  local sum; sum=$(cpu_ticks "$PG_PID")
  for child in $(pgrep -P "$PG_PID"); do sum=$((sum + $(cpu_ticks "$child"))); done
  echo "$sum"
}
# A general warm-up first: with only each scenario's own 5 s, the first one was measured while the
# JIT was still compiling (the same list: 1,162 req/s first, 2,106 run again).
WARMUP=${BENCH_WARMUP:-20s}
for warm in list rw-list post comments; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE${URL[$warm]}" > /dev/null
done
echo "| scenario | req/s | p50 ms | p99 ms | errors | SQL/request | CPU ms/request: service | database |"
echo "|---|---|---|---|---|---|---|---|"
for name in "${ORDER[@]}"; do
  url="$BASE${URL[$name]}"
  AUTH=()
  [ -z "${SIGNED_IN[$name]:-}" ] || AUTH=(-H "Authorization: Token $TOKEN")
  [ -z "${HEADERS[$name]:-}" ] || AUTH+=(-H "${HEADERS[$name]}")
  conns=${CONNS[$name]:-$CONNECTIONS}
  wrk -t"$THREADS" -c"$conns" -d5s --timeout 10s "${AUTH[@]}" "$url" > /dev/null      # warm-up (JIT, caches, pool)
  psql_db -At -c "select pg_stat_statements_reset()" > /dev/null
  svc0=$(cpu_ticks "$APP_PID") db0=$(db_ticks)
  wrk -t"$THREADS" -c"$conns" -d"$DURATION" --timeout 10s --latency "${AUTH[@]}" "$url" > "$LOG/$name.wrk"
  svc=$(( $(cpu_ticks "$APP_PID") - svc0 )) db=$(( $(db_ticks) - db0 ))
  calls=$(statements)
  python3 "$HERE/wrk_row.py" "$LOG/$name.wrk" "$name" --statements "$calls" --service-ticks "$svc" --db-ticks "$db" \
    --tck "$(getconf CLK_TCK)"
done
RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")

# --- the ceiling: PostgreSQL alone running the statements of one GET /posts?limit=20 --------
psql_db -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" > /dev/null
sleep 0.5
OFFSET=$(stat -c %s "$DATA/server.log")
curl -s -o /dev/null "$BASE/posts?limit=20&page=2"
sleep 0.5
psql_db -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" > /dev/null
N=$(python3 "$HERE/capture_sql.py" "$DATA/server.log" "$OFFSET" "$LOG/list.pgbench")
ceiling() {
  pgbench -n -M "$1" -h localhost -p "$PG_PORT" -U postgres -c 32 -j "$THREADS" -T 15 -f "$LOG/list.pgbench" inkwell \
    2> /dev/null | awk '/^tps = / {printf "%.0f", $3}'
}
TPS=$(ceiling simple) TPS_PREPARED=$(ceiling prepared)
echo
echo "posts: $POSTS · artifact: $ARTIFACT · $CONNECTIONS connections, $THREADS wrk threads, $DURATION per scenario"
echo "peak RSS of the service: $((RSS_KB / 1024)) MB · ready $READY_S s after launch · commit $(cd "$ROOT" && git rev-parse --short HEAD)"
echo "pgbench ceiling of GET /posts?limit=20 (its $N logged statements, 32 clients, 15 s): $TPS transactions/s" \
     "(simple protocol: parsed and planned every time), $TPS_PREPARED (prepared: planned once, as the service's" \
     "JDBC driver runs it)"
