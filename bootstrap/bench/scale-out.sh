#!/usr/bin/env bash
# Inkwell scaled out on this machine: 1, 2 and 3 instances of the artifact behind nginx (the
# configuration of src-native/nginx-cluster.conf, with local addresses), on one PostgreSQL.
# See bootstrap/docs/performance.md, "Issue 15".
#
#   bootstrap/bench/scale-out.sh [--posts 10000] [--artifact jar|native] [--duration 20s]
#                                [--connections 64] [--instances 1,2,3] [--scenarios list,post,…]
#
# Needs what bench.sh needs, plus nginx (Debian: apt-get install nginx-light). The data set is
# bench.sh's (loaded by it when missing). Each row: wrk through nginx against N instances; "direct"
# is one instance without nginx, for what the proxy costs. On a 2-core machine the instances,
# nginx, PostgreSQL and wrk share the same two cores: the figures show the shape and that nothing
# breaks, not what N machines would do.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
POSTS=10000 ARTIFACT=jar DURATION=20s CONNECTIONS=64 THREADS=2 INSTANCES=1,2,3
SCENARIOS=list,post,popular,rw-list,feed
while [ $# -gt 0 ]; do
  case "$1" in
    --posts) POSTS=$2; shift 2 ;;
    --artifact) ARTIFACT=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --instances) INSTANCES=$2; shift 2 ;;
    --scenarios) SCENARIOS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v nginx > /dev/null || { echo "scale-out: nginx is missing (apt-get install nginx-light)" >&2; exit 2; }
"$HERE/bench.sh" --posts "$POSTS" --artifact "$ARTIFACT" --load-only > /dev/null

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
WORK=${BENCH_WORK:-/tmp/inkwell-bench}
PG_PORT=${BENCH_PG_PORT:-55433}
LB_PORT=${BENCH_LB_PORT:-18090}
FIRST_PORT=${BENCH_APP_PORT:-18081}
DATA="$WORK/pg-$POSTS"
LOG="$WORK/scale-out-$POSTS-$ARTIFACT"
mkdir -p "$LOG"
as_pg() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }
as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -o "-p $PG_PORT -k /tmp -c max_connections=200 \
  -c shared_buffers=512MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start > /dev/null

if [ "$ARTIFACT" = native ]; then
  RUN=( "$(ls "$ROOT"/bootstrap/target/*-runner | head -1)" -Xmx128m )
else
  RUN=( java -Xmx256m -jar "$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar" )
fi
PIDS=() NGINX_PID= SPLITS=()
start_instances() { # $1 instances, started together (as replicas are)
  for i in $(seq 1 "$1"); do
    QUARKUS_HTTP_PORT=$((FIRST_PORT + i - 1)) QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/inkwell" \
    QUARKUS_DATASOURCE_USERNAME=postgres MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/keys/public.pem" \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/keys/private.pem" INKWELL_BOOTSTRAP_ADMIN_EMAIL=admin@bench.test \
    INKWELL_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    INKWELL_TRUSTED_PROXIES=127.0.0.1/32 \
      "${RUN[@]}" > "$LOG/app-$1-$i.log" 2>&1 &
    PIDS+=($!)
  done
  for i in $(seq 1 "$1"); do
    until curl -sf -o /dev/null "http://localhost:$((FIRST_PORT + i - 1))/q/health/ready"; do sleep 0.05; done
  done
}
stop_instances() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
  PIDS=()
}
start_nginx() { # the cluster's configuration, its upstream servers replaced by the local instances
  mkdir -p "$LOG/nginx"
  local servers=""
  for i in $(seq 1 "$1"); do servers+="        server 127.0.0.1:$((FIRST_PORT + i - 1)) max_fails=3 fail_timeout=5s;\n"; done
  sed -e '/server inkwell-[0-9]*:8080/d' -e "s|^\(\s*upstream inkwell {\)|\1\n$servers|" \
      -e "s|listen 8080;|listen $LB_PORT;|" "$ROOT/src-native/nginx-cluster.conf" > "$LOG/nginx/nginx.conf"
  sed -i "1i pid $LOG/nginx/nginx.pid;\nerror_log $LOG/nginx/error.log;\ndaemon off;" "$LOG/nginx/nginx.conf"
  nginx -t -p "$LOG/nginx" -c "$LOG/nginx/nginx.conf" 2> "$LOG/nginx/check.log" \
    || { cat "$LOG/nginx/check.log" >&2; exit 1; }
  nginx -p "$LOG/nginx" -c "$LOG/nginx/nginx.conf" &
  NGINX_PID=$!
  until curl -sf -o /dev/null "http://localhost:$LB_PORT/nginx-health"; do sleep 0.05; done
}
stop_nginx() { [ -z "$NGINX_PID" ] || { kill "$NGINX_PID" 2> /dev/null; wait "$NGINX_PID" 2> /dev/null || true; NGINX_PID=; }; }
trap 'stop_nginx; stop_instances; as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast stop > /dev/null 2>&1 || true' EXIT

declare -A URL=(
  [list]="/posts?limit=20" [post]="/posts/post-42" [popular]="/posts/popular" [rw-list]="/api/articles?limit=20"
  [feed]="/posts/feed?limit=20" [categories]="/categories" [tags]="/tags" [atom]="/feeds/posts.atom"
  [search]="/posts?limit=20&q=4242" [by-author]="/posts?limit=20&author=writer-42"
)
IFS=, read -r -a ORDER <<< "$SCENARIOS"
IFS=, read -r -a COUNTS <<< "$INSTANCES"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2> /dev/null || echo 0; }
measure() { # $1 label, $2 base URL, $3 scenario
  local url="$2${URL[$3]}" svc0=0 svc=0
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$url" > /dev/null                      # warm-up
  for pid in "${PIDS[@]}"; do svc0=$((svc0 + $(cpu_ticks "$pid"))); done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$url" > "$LOG/$1-$3.wrk"
  for pid in "${PIDS[@]}"; do svc=$((svc + $(cpu_ticks "$pid"))); done
  python3 "$HERE/wrk_row.py" "$LOG/$1-$3.wrk" "$3" "$1" --service-ticks "$((svc - svc0))" --tck "$(getconf CLK_TCK)"
}

echo "| scenario | instances | req/s | p50 ms | p99 ms | errors | service CPU ms/request (all instances) |"
echo "|---|---|---|---|---|---|---|"
for n in "${COUNTS[@]}"; do
  start_instances "$n"
  # every instance warmed up on its own first (JIT), then the scenarios through nginx
  for i in $(seq 1 "$n"); do
    for warm in list rw-list post; do
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${BENCH_WARMUP:-20s}" "http://localhost:$((FIRST_PORT + i - 1))${URL[$warm]}" > /dev/null
    done
  done
  start_nginx "$n"
  for name in "${ORDER[@]}"; do measure "$n, nginx" "http://localhost:$LB_PORT" "$name"; done
  if [ "$n" = 1 ]; then # after the nginx rows: measured first, the JVM was still compiling (1,498 vs 2,221 req/s)
    for name in "${ORDER[@]}"; do measure "1, direct" "http://localhost:$FIRST_PORT" "$name"; done
  fi
  split=""
  for i in $(seq 1 "$n"); do # requests each instance served in all (warm-ups included): the balance
    split+=" $(curl -s "http://localhost:$((FIRST_PORT + i - 1))/q/metrics" \
      | awk '/^http_server_requests_seconds_count/ {s += $NF} END {printf "%d", s}')"
  done
  rss=""
  for pid in "${PIDS[@]}"; do rss+=" $(( $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024 ))"; done
  SPLITS+=("$n instance(s), requests served by each:$split; peak RSS (MB) of each:$rss")
  stop_nginx
  stop_instances
done
echo
printf '%s\n' "${SPLITS[@]}"
echo "posts: $POSTS · artifact: $ARTIFACT · $CONNECTIONS connections, $THREADS wrk threads, $DURATION per row ·" \
     "$(nproc) cores shared by wrk, nginx, the instances and PostgreSQL · commit $(cd "$ROOT" && git rev-parse --short HEAD)"
