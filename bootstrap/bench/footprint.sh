#!/usr/bin/env bash
# Start-up time and memory of the packaged service: the jar or the native executable.
#
#   bootstrap/bench/footprint.sh jar      # needs: ./mvnw package (-DskipTests)
#   bootstrap/bench/footprint.sh native   # needs: ./mvnw package -Dnative (-DskipTests)
#
# Prints: time from launch to the first successful request (GET /posts, which reads the
# database), RSS idle (10 s after that request), RSS after the whole @QuarkusIntegrationTest
# suite has run against this very process, and the artifact's size on disk.
#
# The service runs in the production profile against an external PostgreSQL, as deployed:
# QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME/_PASSWORD) if set, otherwise a throw-away server
# started here from the PostgreSQL binaries zonky unpacked under /tmp/embedded-pg (run the
# test suite or the jar once first). Needs curl, openssl and a JDK for the Maven wrapper.
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=${1:?usage: footprint.sh jar|native}
port=${PORT:-18080}
work=$(mktemp -d /tmp/inkwell-footprint.XXXXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    if [ -n "${pg_ctl:-}" ]; then ${as_pg:-} "$pg_ctl" -D "$work/pgdata" -m fast stop >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

case "$kind" in
    jar) artifact=bootstrap/target/quarkus-app/quarkus-run.jar; launch=(java -jar "$artifact")
         size_of=bootstrap/target/quarkus-app ;;
    native) artifact=$(ls bootstrap/target/*-runner); launch=("$artifact"); size_of=$artifact ;;
    *) echo "usage: footprint.sh jar|native" >&2; exit 2 ;;
esac
[ -e "$artifact" ] || { echo "no $artifact: package it first" >&2; exit 1; }

if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    pgdir=$(ls -d /tmp/embedded-pg/PG-* 2>/dev/null | head -1)
    [ -n "$pgdir" ] || { echo "set QUARKUS_DATASOURCE_JDBC_URL, or run the tests once so that /tmp/embedded-pg exists" >&2; exit 1; }
    pg_ctl=$pgdir/bin/pg_ctl
    as_pg=""
    if [ "$(id -u)" = 0 ]; then   # PostgreSQL refuses to run as root
        chmod 777 "$work"
        as_pg="setpriv --reuid=65534 --regid=65534 --clear-groups"
    fi
    $as_pg "$pgdir/bin/initdb" -A trust -U postgres -D "$work/pgdata" >/dev/null
    pg_port=$((port + 1))
    $as_pg "$pg_ctl" -D "$work/pgdata" -o "-p $pg_port -k $work" -w -t 60 start >/dev/null
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/postgres"
    export QUARKUS_DATASOURCE_USERNAME=postgres
fi

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=$work/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=$work/private.pem
# the integration tests log in as this administrator
export INKWELL_BOOTSTRAP_ADMIN_EMAIL=admin@inkwell.test INKWELL_BOOTSTRAP_ADMIN_PASSWORD=test-admin-password
export QUARKUS_HTTP_PORT=$port

rss() { awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$1/status"; }

# Launches the service; sets $pid, and $elapsed to the milliseconds until GET /posts (which
# reads the database) first answers 200.
launch_and_time() {
    local start
    start=$(date +%s%N)
    "${launch[@]}" >> "$work/service.log" 2>&1 &
    pid=$!; pids+=("$pid")
    until curl -sf -o /dev/null "http://localhost:$port/posts"; do
        kill -0 "$pid" 2>/dev/null || { echo "the service stopped:" >&2; tail -20 "$work/service.log" >&2; exit 1; }
        sleep 0.01
    done
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
}

# first start: empty database (Flyway creates the schema, the first administrator is created)
launch_and_time; first=$elapsed
kill "$pid"; wait "$pid" 2>/dev/null || true
# restart: the usual case
launch_and_time; restart=$elapsed
sleep 10
idle=$(rss "$pid")

# The @QuarkusIntegrationTest suite against this running process (quarkus.http.test-host
# makes Quarkus test a running application instead of launching one). Failsafe on bootstrap alone
# resolves the other modules (and the application's test-jar) from the local repository.
./mvnw -B -q install -DskipTests -pl '!bootstrap' > "$work/install.log" 2>&1 \
    || { echo "installing the modules failed:" >&2; tail -20 "$work/install.log" >&2; exit 1; }
./mvnw -B -pl bootstrap failsafe:integration-test failsafe:verify \
    -Dquarkus.http.test-host=localhost -Dquarkus.http.test-port="$port" > "$work/its.log" 2>&1 \
    || { echo "the integration tests failed:" >&2; grep -E "Tests run|FAIL" "$work/its.log" | tail -20 >&2; exit 1; }
if grep -q 'Executing "' "$work/its.log"; then
    echo "the integration tests launched their own artifact instead of using this one" >&2; exit 1
fi
its=$(grep -h "<testcase" bootstrap/target/failsafe-reports/TEST-*.xml | wc -l)
after=$(rss "$pid")

echo "artifact:                  $kind ($artifact)"
echo "first successful request:  ${first} ms after launch on an empty database, ${restart} ms on a restart"
echo "RSS idle:                  $idle"
echo "RSS after $its ITs:         $after"
echo "size on disk:              $(du -sh "$size_of" | cut -f1)"
