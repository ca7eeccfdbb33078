#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests and the bench, on a loopback port.
#
#   e2e/postgres.sh install          Debian's postgresql package, if no initdb is found
#   e2e/postgres.sh start DIR [PORT] a new cluster in DIR (default: the first free port
#                                    from 54329); prints the export line for
#                                    MENTORMAIL_TEST_POSTGRES
#   e2e/postgres.sh stop DIR         stops it (DIR can then be removed)
#
# The cluster listens on 127.0.0.1 only, with a user and database named
# mentormail (password mentormail). fsync stays on unless PG_FSYNC=off: the
# bench compares durable commits with durable commits.
# Run as root, it runs PostgreSQL as the postgres user (PostgreSQL refuses root).
set -euo pipefail

bindir() {
	local d
	for d in /usr/lib/postgresql/*/bin; do
		if [ -x "$d/initdb" ]; then
			echo "$d"
			return 0
		fi
	done
	command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
	return 1
}

as_pg() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

cmd="${1:-}"
case "$cmd" in
install)
	if ! bindir >/dev/null; then
		env DEBIAN_FRONTEND=noninteractive apt-get update
		env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
	fi
	bindir >/dev/null || { echo "postgres.sh: no initdb after installing postgresql" >&2; exit 1; }
	;;
start)
	dir="${2:?postgres.sh start DIR [PORT]}"
	port="${3:-}"
	if [ -z "$port" ]; then
		port=54329
		while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
			port=$((port + 1))
		done
	fi
	bin="$(bindir)" || { echo "postgres.sh: PostgreSQL is not installed (run: e2e/postgres.sh install)" >&2; exit 1; }
	mkdir -p "$dir"
	dir="$(cd "$dir" && pwd)"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir"
	if [ ! -f "$dir/PG_VERSION" ]; then
		as_pg "$bin/initdb" -D "$dir" -U postgres -A trust --no-sync -E UTF8 --locale=C >/dev/null
	fi
	durable="-c fsync=on"
	if [ "${PG_FSYNC:-on}" = off ]; then
		durable="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
	fi
	as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/log" -w -t 60 start \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durable -c max_connections=300" >/dev/null
	psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q)
	if [ "$("${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'mentormail'")" != 1 ]; then
		"${psql[@]}" -c "CREATE ROLE mentormail LOGIN PASSWORD 'mentormail'"
		"${psql[@]}" -c "CREATE DATABASE mentormail OWNER mentormail"
	fi
	echo "export MENTORMAIL_TEST_POSTGRES='postgres://mentormail:mentormail@127.0.0.1:$port/mentormail?sslmode=disable'"
	;;
stop)
	dir="${2:?postgres.sh stop DIR}"
	bin="$(bindir)"
	as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
	;;
*)
	sed -n '2,12p' "$0" >&2
	exit 2
	;;
esac
