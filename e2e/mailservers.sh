#!/usr/bin/env bash
# Real mail servers on loopback for the end-to-end suite.
#
#   e2e/mailservers.sh install                   install dovecot-imapd, postfix, openssl and spamassassin
#                                                (Debian; idempotent)
#   e2e/mailservers.sh start [--tls] [--inbox-prefix] [--oauth2 URL] [--no-plus] DIR USER...
#                                                start Dovecot (IMAP) and Postfix (SMTP) with all state under DIR
#   e2e/mailservers.sh stop DIR                  stop both
#
# USER is localpart:password; the address is localpart@example.test and the
# IMAP login is localpart. Mail for localpart+anything@example.test lands in
# localpart's INBOX. Nothing leaves the machine.
#
# With --tls (or E2E_TLS=1), start also makes a throwaway CA (DIR/tls/ca.pem)
# and a certificate it signs for 127.0.0.1 and localhost, offers STARTTLS on
# the IMAP and SMTP ports (plaintext stays allowed there), and listens for
# IMAPS and SMTP submissions (implicit TLS) on two more ports.
#
# With --inbox-prefix, Dovecot keeps folders under "INBOX." with "." as the
# separator (cPanel's layout): Processed is INBOX.Processed.
#
# With --oauth2 URL, Dovecot also accepts SASL XOAUTH2 and OAUTHBEARER, checking
# each bearer token by POSTing it to the token-introspection endpoint URL
# (RFC 7662: {"active": true, "username": "localpart"}), and Postfix listens for
# submissions on one more port that requires SASL authentication, which it
# asks Dovecot for (smtpd_sasl_type = dovecot). Passwords keep working.
#
# With --no-plus, Postfix has no recipient_delimiter: mail for
# localpart+tag@example.test is refused as an unknown user.
#
# Environment:
#   E2E_IMAP_PORT         IMAP port on 127.0.0.1 (default 10143)
#   E2E_SMTP_PORT         SMTP port on 127.0.0.1 (default 10026)
#   E2E_TLS               1: as --tls
#   E2E_IMAPS_PORT        IMAPS port on 127.0.0.1, with TLS (default 10993)
#   E2E_SUBMISSIONS_PORT  SMTP submissions port on 127.0.0.1, with TLS (default 10465)
#   E2E_SUBMISSION_PORT   SMTP port on 127.0.0.1 requiring SASL, with --oauth2 (default 10587)
#   E2E_START_TIMEOUT     seconds to wait for the ports (default 20)
set -euo pipefail

IMAP_PORT="${E2E_IMAP_PORT:-10143}"
SMTP_PORT="${E2E_SMTP_PORT:-10026}"
TLS="${E2E_TLS:-}"
[ "$TLS" = 1 ] || TLS=""
INBOX_PREFIX=""
IMAPS_PORT="${E2E_IMAPS_PORT:-10993}"
SUBMISSIONS_PORT="${E2E_SUBMISSIONS_PORT:-10465}"
SUBMISSION_PORT="${E2E_SUBMISSION_PORT:-10587}"
OAUTH2_URL=""
PLUS=1
START_TIMEOUT="${E2E_START_TIMEOUT:-20}"
DOMAIN=example.test
MAIL_UID=65534 # nobody
MAIL_GID=65534 # nogroup

log() { echo "mailservers: $*" >&2; }
die() { echo "mailservers: ERROR: $*" >&2; exit 1; }

usage() {
	sed -n '2,38p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

# Everything here needs root: re-run under sudo, keeping our variables.
if [ "$(id -u)" != 0 ]; then
	command -v sudo >/dev/null 2>&1 || die "must run as root (or with sudo available)"
	exec sudo E2E_IMAP_PORT="$IMAP_PORT" E2E_SMTP_PORT="$SMTP_PORT" E2E_TLS="$TLS" \
		E2E_IMAPS_PORT="$IMAPS_PORT" E2E_SUBMISSIONS_PORT="$SUBMISSIONS_PORT" E2E_SUBMISSION_PORT="$SUBMISSION_PORT" \
		E2E_START_TIMEOUT="$START_TIMEOUT" bash "$0" "$@"
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

cmd_install() {
	local need=() p
	# openssl makes the --tls certificates (both servers' packages pull it in
	# too, but a bare Debian image does not have it). spamassassin scores the
	# program's mail as delivered (TestE2ESpam); only its local tests are used.
	for p in dovecot-imapd postfix openssl spamassassin; do
		installed "$p" || need+=("$p")
	done
	if [ "${#need[@]}" -eq 0 ]; then
		log "dovecot-imapd, postfix, openssl and spamassassin already installed"
		return 0
	fi
	# Keep postfix's postinst from asking questions or writing a config.
	debconf-set-selections <<-EOF
		postfix postfix/main_mailer_type select No configuration
		postfix postfix/mailname string $DOMAIN
	EOF
	env DEBIAN_FRONTEND=noninteractive apt-get update
	env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
	# There is no init system here: the packages' own service starts are
	# skipped (policy-rc.d / no runlevel), so no default instance runs.
	log "installed: ${need[*]}"
}

# paths <DIR>: set the layout variables.
paths() {
	DIR="$1"
	MAILDIR_BASE="$DIR/mail"          # <user>/Maildir, owned by nobody:nogroup
	DC_DIR="$DIR/dovecot"             # dovecot.conf, passwd
	DC_CONF="$DC_DIR/dovecot.conf"
	DC_RUN="$DIR/run"                 # Dovecot's base_dir (sockets, master.pid)
	PF_CONF_DIR="$DIR/postfix"        # main.cf, master.cf, vmailbox
	PF_QUEUE="$DIR/queue"             # Postfix's queue_directory (sockets, pid)
	PF_DATA="$DIR/postfix-data"       # data_directory
	TLS_DIR="$DIR/tls"                # ca.pem, server.pem, server.key (--tls)
	LOG_DIR="$DIR/log"
	DC_LOG="$LOG_DIR/dovecot.log"
	PF_LOG="$LOG_DIR/postfix.log"
}

# greet PORT: print the first line the server sends, within 2 s.
greet() {
	timeout 2 bash -c '
		exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
		IFS= read -r -t 2 line <&3 || exit 1
		printf "%s\n" "${line%$'"'"'\r'"'"'}"
		case "$line" in
		220*) printf "QUIT\r\n" >&3 ;;
		"* OK"*) printf "a LOGOUT\r\n" >&3 ;;
		esac
		timeout 1 cat <&3 >/dev/null 2>&1 || true
	' _ "$1" 2>/dev/null
}

port_open() { timeout 1 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null; }

# tls_ok PORT [imap|smtp]: a TLS handshake (after STARTTLS when a protocol is
# given) on PORT succeeds within 3 s, and the certificate verifies against the
# CA for 127.0.0.1 and for localhost.
tls_ok() {
	local starttls=() name
	[ -n "${2:-}" ] && starttls=(-starttls "$2")
	timeout 3 openssl s_client -connect "127.0.0.1:$1" "${starttls[@]}" -CAfile "$TLS_DIR/ca.pem" \
		-verify_return_error -verify_ip 127.0.0.1 -brief </dev/null >/dev/null 2>&1 || return 1
	# The name mentormail's server_name gives, checked once per port.
	name="$(timeout 3 openssl s_client -connect "127.0.0.1:$1" "${starttls[@]}" -CAfile "$TLS_DIR/ca.pem" \
		-verify_return_error -verify_hostname localhost -brief </dev/null 2>&1 >/dev/null)" || return 1
	[[ "$name" == *"Verification: OK"* ]]
}

# make_certs: a throwaway CA and a server certificate it signs for 127.0.0.1
# and localhost, valid for two days. The CA's key is deleted once it has
# signed: nothing else can ever be signed with it.
make_certs() {
	rm -rf "$TLS_DIR"
	mkdir -p "$TLS_DIR"
	chmod 755 "$TLS_DIR"
	local ossl_log="$TLS_DIR/openssl.log"
	{
		openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
			-keyout "$TLS_DIR/ca.key" -out "$TLS_DIR/ca.pem" -days 2 \
			-subj "/CN=mentormail e2e throwaway CA" \
			-addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" &&
			openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
				-keyout "$TLS_DIR/server.key" -out "$TLS_DIR/server.csr" -subj "/CN=localhost" &&
			printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" \
				"extendedKeyUsage=serverAuth" "subjectAltName=DNS:localhost,IP:127.0.0.1" >"$TLS_DIR/server.ext" &&
			openssl x509 -req -in "$TLS_DIR/server.csr" -CA "$TLS_DIR/ca.pem" -CAkey "$TLS_DIR/ca.key" \
				-set_serial "0x$(openssl rand -hex 16)" -days 2 -extfile "$TLS_DIR/server.ext" \
				-out "$TLS_DIR/server.pem"
	} >"$ossl_log" 2>&1 || { cat "$ossl_log" >&2; die "openssl could not make the certificates"; }
	rm -f "$TLS_DIR/ca.key" "$TLS_DIR/server.csr" "$TLS_DIR/server.ext" "$ossl_log"
	chmod 644 "$TLS_DIR/ca.pem" "$TLS_DIR/server.pem"
	chmod 600 "$TLS_DIR/server.key"
	openssl verify -CAfile "$TLS_DIR/ca.pem" "$TLS_DIR/server.pem" >/dev/null ||
		die "the server certificate does not verify against the CA"
}

# pid_alive PID: the process exists and is not a zombie (PID 1 on these
# machines reaps exited daemons only after a second or two).
pid_alive() {
	[ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
	local stat
	stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
	stat="${stat##*) }"
	[ "${stat%% *}" != Z ]
}

# pid_from FILE WORD: the pid in FILE if that process is alive and its
# command line contains WORD (a stale pid file must not make us signal
# some other process that got the same pid).
pid_from() {
	local pid
	pid="$(tr -d ' \n' <"$1" 2>/dev/null)" || return 0
	[[ "$pid" =~ ^[0-9]+$ ]] && pid_alive "$pid" || return 0
	tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2" && echo "$pid"
	return 0
}
dovecot_pid() { pid_from "$DC_RUN/master.pid" dovecot; }
postfix_pid() { pid_from "$PF_QUEUE/pid/master.pid" postfix/sbin/master; }

show_logs() {
	local f
	for f in "$DC_LOG" "$PF_LOG"; do
		echo "----- $f (last 60 lines) -----" >&2
		if [ -f "$f" ]; then tail -n 60 "$f" >&2; else echo "(missing)" >&2; fi
	done
}

# pf_tty ARGS: run a postfix command on a pseudo-terminal, so that its
# messages reach stderr (without a tty it only logs, and an error that
# comes before logging works, e.g. a socket path too long, vanishes).
pf_tty() {
	echo "----- postfix -c $PF_CONF_DIR $* -----" >&2
	script -qec "postfix -c '$PF_CONF_DIR' $*" /dev/null >&2 || true
}

# dovecot_ssl, dovecot_imaps: the lines that differ with --tls. Plaintext
# LOGIN stays allowed on the IMAP port (the suite's own checks use it).
dovecot_ssl() {
	if [ -z "$TLS" ]; then
		echo "ssl = no"
		return
	fi
	printf '%s\n' "ssl = yes" "ssl_cert = <$TLS_DIR/server.pem" "ssl_key = <$TLS_DIR/server.key" \
		"ssl_min_protocol = TLSv1.2"
}
dovecot_imaps() {
	if [ -z "$TLS" ]; then
		echo "port = 0"
		return
	fi
	printf '%s\n' "address = 127.0.0.1" "port = $IMAPS_PORT" "ssl = yes"
}

# dovecot_prefix: with --inbox-prefix, folders live under "INBOX." with "." as
# the separator, as on cPanel's Dovecot and on Courier.
dovecot_prefix() {
	[ -n "$INBOX_PREFIX" ] || return 0
	printf 'prefix = INBOX.\n  separator = .'
}

# dovecot_oauth2_*: the lines that differ with --oauth2. The password passdb
# keeps plain and login; the oauth2 one takes the bearer mechanisms and asks
# the introspection endpoint about each token (no cache: a revoked token is
# refused at once).
dovecot_oauth2_mechs() {
	[ -n "$OAUTH2_URL" ] && printf ' xoauth2 oauthbearer'
	return 0
}
dovecot_oauth2_passdb() {
	[ -n "$OAUTH2_URL" ] || return 0
	printf 'mechanisms = plain login\n}\npassdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = %s' "$DC_DIR/dovecot-oauth2.conf.ext"
}
dovecot_oauth2_auth() {
	[ -n "$OAUTH2_URL" ] || return 0
	printf 'service auth {\n  unix_listener auth-postfix {\n    mode = 0666\n  }\n}'
}
write_dovecot_oauth2_conf() {
	[ -n "$OAUTH2_URL" ] || return 0
	cat >"$DC_DIR/dovecot-oauth2.conf.ext" <<-EOF
		# Generated by e2e/mailservers.sh; do not edit.
		introspection_url = $OAUTH2_URL
		introspection_mode = post
		force_introspection = yes
		username_attribute = username
		active_attribute = active
		active_value = true
	EOF
}

write_dovecot_conf() {
	cat >"$DC_CONF" <<-EOF
		# Generated by e2e/mailservers.sh; do not edit.
		protocols = imap
		listen = 127.0.0.1
		base_dir = $DC_RUN
		state_dir = $DC_DIR/state
		log_path = $DC_LOG
		info_log_path = $DC_LOG
		auth_verbose = yes
		$(dovecot_ssl)
		disable_plaintext_auth = no
		auth_mechanisms = plain login$(dovecot_oauth2_mechs)
		mail_location = maildir:$MAILDIR_BASE/%u/Maildir
		mail_max_userip_connections = 100
		namespace inbox {
		  inbox = yes
		  $(dovecot_prefix)
		  mailbox Drafts {
		    special_use = \\Drafts
		  }
		  mailbox Junk {
		    special_use = \\Junk
		  }
		  mailbox Trash {
		    special_use = \\Trash
		  }
		  mailbox Sent {
		    special_use = \\Sent
		  }
		}
		passdb {
		  driver = passwd-file
		  args = scheme=PLAIN username_format=%u $DC_DIR/passwd
		  $(dovecot_oauth2_passdb)
		}
		$(dovecot_oauth2_auth)
		userdb {
		  driver = static
		  args = uid=nobody gid=nogroup home=$MAILDIR_BASE/%u
		}
		service imap-login {
		  chroot =
		  inet_listener imap {
		    address = 127.0.0.1
		    port = $IMAP_PORT
		  }
		  inet_listener imaps {
		    $(dovecot_imaps)
		  }
		}
		service anvil {
		  chroot =
		}
		service stats {
		  inet_listener http {
		    port = 0
		  }
		}
	EOF
}

write_postfix_conf() {
	local master_src
	for master_src in /etc/postfix/master.cf /usr/share/postfix/master.cf.dist; do
		[ -f "$master_src" ] && break
	done
	[ -f "$master_src" ] || die "no postfix master.cf found (run: $0 install)"
	cp "$master_src" "$PF_CONF_DIR/master.cf"

	# A fresh main.cf: only what this instance needs.
	cat >"$PF_CONF_DIR/main.cf" <<-EOF
		# Generated by e2e/mailservers.sh; do not edit.
		compatibility_level = 3.6
		config_directory = $PF_CONF_DIR
		queue_directory = $PF_QUEUE
		data_directory = $PF_DATA
		syslog_name = postfix-e2e
		maillog_file = $PF_LOG
		maillog_file_prefixes = $LOG_DIR, /var, /dev/stdout, /tmp
		myhostname = mail.$DOMAIN
		mydomain = $DOMAIN
		myorigin = \$mydomain
		mydestination = localhost
		inet_interfaces = 127.0.0.1
		inet_protocols = ipv4
		mynetworks_style = host
		mynetworks = 127.0.0.0/8
		smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
		smtpd_banner = \$myhostname ESMTP
		biff = no
		append_dot_mydomain = no
		alias_maps =
		alias_database =
		recipient_delimiter = $([ -n "$PLUS" ] && echo +)
		virtual_mailbox_domains = $DOMAIN
		virtual_mailbox_base = $MAILDIR_BASE
		virtual_mailbox_maps = texthash:$PF_CONF_DIR/vmailbox
		virtual_uid_maps = static:$MAIL_UID
		virtual_gid_maps = static:$MAIL_GID
		virtual_minimum_uid = 100
		smtp_dns_support_level = disabled
		default_transport = error:no outbound mail from the e2e postfix
		relay_transport = error:no outbound mail from the e2e postfix
		message_size_limit = 52428800
		virtual_mailbox_limit = 0
	EOF

	# Postfix re-reads a main.cf or texthash: file changed within the last
	# second or so until it "cools down" (a 2 s stall in postconf and in
	# the first smtpd at every start): backdate them.
	touch -d '-5 seconds' "$PF_CONF_DIR/main.cf" "$PF_CONF_DIR/vmailbox"

	local pc=(postconf -c "$PF_CONF_DIR")
	# No port 25: one smtpd on 127.0.0.1:SMTP_PORT.
	"${pc[@]}" -MX smtp/inet 2>/dev/null || true
	"${pc[@]}" -M "127.0.0.1:$SMTP_PORT/inet=127.0.0.1:$SMTP_PORT inet n - n - - smtpd"
	if [ -n "$TLS" ]; then
		# STARTTLS offered, not required, on SMTP_PORT; and a submissions
		# port (RFC 8314) speaking TLS from the first byte.
		"${pc[@]}" -e "smtpd_tls_cert_file = $TLS_DIR/server.pem" "smtpd_tls_key_file = $TLS_DIR/server.key" \
			"smtpd_tls_security_level = may" "smtpd_tls_loglevel = 1" "smtpd_tls_received_header = yes"
		"${pc[@]}" -M "127.0.0.1:$SUBMISSIONS_PORT/inet=127.0.0.1:$SUBMISSIONS_PORT inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt"
		touch -d '-5 seconds' "$PF_CONF_DIR/main.cf"
	fi
	if [ -n "$OAUTH2_URL" ]; then
		# Submissions that must authenticate, through Dovecot's auth socket.
		"${pc[@]}" -M "127.0.0.1:$SUBMISSION_PORT/inet=127.0.0.1:$SUBMISSION_PORT inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes -o smtpd_sasl_type=dovecot -o smtpd_sasl_path=$DC_RUN/auth-postfix -o smtpd_client_restrictions=permit_sasl_authenticated,reject -o smtpd_relay_restrictions=permit_sasl_authenticated,reject"
		touch -d '-5 seconds' "$PF_CONF_DIR/main.cf"
	fi
	# No chroot: a chroot would need copies of /etc files in the queue dir.
	"${pc[@]}" -F '*/*/chroot = n'
	# maillog_file needs the postlog service.
	[ -n "$("${pc[@]}" -M postlog/unix-dgram 2>/dev/null)" ] ||
		"${pc[@]}" -M "postlog/unix-dgram=postlog unix-dgram n - n - 1 postlogd"
}

cmd_start() {
	while :; do
		case "${1:-}" in
		--tls) TLS=1 ;;
		--inbox-prefix) INBOX_PREFIX=1 ;;
		--oauth2)
			shift
			OAUTH2_URL="${1:-}"
			[[ "$OAUTH2_URL" == http://127.0.0.1:* ]] || die "--oauth2 wants the introspection endpoint as http://127.0.0.1:PORT/..."
			;;
		--no-plus) PLUS="" ;;
		*) break ;;
		esac
		shift
	done
	[ "$#" -ge 1 ] || usage
	local dir="$1"
	shift
	[ "$#" -ge 1 ] || die "start: give at least one user as localpart:password"
	command -v dovecot >/dev/null 2>&1 || die "dovecot not installed (run: $0 install)"
	command -v postfix >/dev/null 2>&1 || die "postfix not installed (run: $0 install)"
	[ -z "$TLS" ] || command -v openssl >/dev/null 2>&1 || die "openssl not installed (run: $0 install)"
	mkdir -p "$dir"
	paths "$(cd "$dir" && pwd -P)"
	# Unix socket paths are limited to 107 bytes; the longest ones are
	# DIR/run/token-login/imap-urlauth and DIR/queue/public/postlog.
	if [ "${#DIR}" -gt 78 ]; then
		die "DIR '$DIR' is ${#DIR} bytes long; at most 78 fit the sockets under it (use a shorter one, e.g. mktemp -d)"
	fi

	# A previous instance in the same DIR is stopped first.
	cmd_stop "$DIR" >/dev/null 2>&1 || true

	local p ports="$IMAP_PORT $SMTP_PORT"
	[ -z "$TLS" ] || ports="$ports $IMAPS_PORT $SUBMISSIONS_PORT"
	[ -z "$OAUTH2_URL" ] || ports="$ports $SUBMISSION_PORT"
	for p in $ports; do
		if port_open "$p"; then
			die "port 127.0.0.1:$p is already in use (another instance? see E2E_IMAP_PORT/E2E_SMTP_PORT/E2E_IMAPS_PORT/E2E_SUBMISSIONS_PORT)"
		fi
	done

	# Dovecot's unprivileged processes and Postfix's virtual(8) (as nobody)
	# must be able to walk into DIR (mktemp -d makes it 0700).
	chmod 755 "$DIR"
	mkdir -p "$MAILDIR_BASE" "$DC_DIR" "$DC_DIR/state" "$PF_CONF_DIR" "$PF_QUEUE" "$PF_DATA" "$LOG_DIR"
	chmod 755 "$MAILDIR_BASE" "$DC_DIR" "$PF_CONF_DIR" "$LOG_DIR"
	chown root:root "$PF_CONF_DIR" "$PF_QUEUE"
	chown postfix "$PF_DATA"
	touch "$DC_LOG" "$PF_LOG"

	# Users.
	: >"$DC_DIR/passwd.new"
	: >"$PF_CONF_DIR/vmailbox"
	local spec user pass
	for spec in "$@"; do
		case "$spec" in
		*:*) user="${spec%%:*}" pass="${spec#*:}" ;;
		*) die "bad user '$spec': want localpart:password" ;;
		esac
		[[ "$user" =~ ^[A-Za-z0-9._-]+$ ]] || die "bad localpart '$user' (letters, digits, . _ - only; + is the extension delimiter)"
		printf '%s:{PLAIN}%s\n' "$user" "$pass" >>"$DC_DIR/passwd.new"
		printf '%s@%s %s/Maildir/\n' "$user" "$DOMAIN" "$user" >>"$PF_CONF_DIR/vmailbox"
		mkdir -p "$MAILDIR_BASE/$user/Maildir/"{cur,new,tmp}
		chown -R "$MAIL_UID:$MAIL_GID" "$MAILDIR_BASE/$user"
		chmod 700 "$MAILDIR_BASE/$user"
	done
	chmod 640 "$DC_DIR/passwd.new"
	chown root:dovecot "$DC_DIR/passwd.new" 2>/dev/null || true
	mv "$DC_DIR/passwd.new" "$DC_DIR/passwd"

	echo "$ports" >"$DIR/ports"
	if [ -n "$TLS" ]; then
		make_certs
	else
		rm -rf "$TLS_DIR" # a --tls run before in this DIR: its CA no longer applies
	fi
	write_dovecot_conf
	write_dovecot_oauth2_conf
	write_postfix_conf
	if ! postfix -c "$PF_CONF_DIR" check >>"$PF_LOG" 2>&1; then
		show_logs
		pf_tty check
		die "postfix check failed"
	fi

	log "starting dovecot on 127.0.0.1:$IMAP_PORT${TLS:+ (STARTTLS), IMAPS on $IMAPS_PORT}"
	if ! dovecot -c "$DC_CONF" >>"$DC_LOG" 2>&1; then
		show_logs
		die "dovecot failed to start"
	fi
	log "starting postfix on 127.0.0.1:$SMTP_PORT${TLS:+ (STARTTLS), submissions on $SUBMISSIONS_PORT}"
	if ! postfix -c "$PF_CONF_DIR" start >>"$PF_LOG" 2>&1; then
		show_logs
		pf_tty check
		die "postfix failed to start"
	fi

	local deadline=$((SECONDS + START_TIMEOUT)) imap_ok="" smtp_ok="" line tls_done=""
	# With --tls: each TLS port, and STARTTLS on each plain one, verified.
	local imaps_ok="" subs_ok="" imap_tls_ok="" smtp_tls_ok=""
	[ -n "$TLS" ] || tls_done=1
	local sub_ok=""
	[ -n "$OAUTH2_URL" ] || sub_ok=1
	while :; do
		if [ -z "$sub_ok" ] && line="$(greet "$SUBMISSION_PORT")" && [[ "$line" == 220* ]]; then
			sub_ok=1
		fi
		if [ -z "$imap_ok" ] && line="$(greet "$IMAP_PORT")" && [[ "$line" == "* OK"* ]]; then
			imap_ok="$line"
		fi
		if [ -z "$smtp_ok" ] && line="$(greet "$SMTP_PORT")" && [[ "$line" == 220* ]]; then
			smtp_ok="$line"
		fi
		if [ -n "$TLS" ] && [ -n "$imap_ok" ] && [ -n "$smtp_ok" ]; then
			[ -n "$imaps_ok" ] || { tls_ok "$IMAPS_PORT" && imaps_ok=1; } || true
			[ -n "$subs_ok" ] || { tls_ok "$SUBMISSIONS_PORT" && subs_ok=1; } || true
			[ -n "$imap_tls_ok" ] || { tls_ok "$IMAP_PORT" imap && imap_tls_ok=1; } || true
			[ -n "$smtp_tls_ok" ] || { tls_ok "$SMTP_PORT" smtp && smtp_tls_ok=1; } || true
			[ -n "$imaps_ok" ] && [ -n "$subs_ok" ] && [ -n "$imap_tls_ok" ] && [ -n "$smtp_tls_ok" ] && tls_done=1
		fi
		[ -n "$imap_ok" ] && [ -n "$smtp_ok" ] && [ -n "$tls_done" ] && [ -n "$sub_ok" ] && break
		if [ "$SECONDS" -ge "$deadline" ]; then
			show_logs
			[ -n "$imap_ok" ] || log "IMAP 127.0.0.1:$IMAP_PORT did not answer within ${START_TIMEOUT}s"
			[ -n "$smtp_ok" ] || log "SMTP 127.0.0.1:$SMTP_PORT did not answer within ${START_TIMEOUT}s"
			[ -n "$sub_ok" ] || log "SMTP submission 127.0.0.1:$SUBMISSION_PORT did not answer within ${START_TIMEOUT}s"
			if [ -n "$TLS" ]; then
				[ -n "$imaps_ok" ] || log "IMAPS 127.0.0.1:$IMAPS_PORT: no verified TLS handshake within ${START_TIMEOUT}s"
				[ -n "$subs_ok" ] || log "submissions 127.0.0.1:$SUBMISSIONS_PORT: no verified TLS handshake within ${START_TIMEOUT}s"
				[ -n "$imap_tls_ok" ] || log "IMAP 127.0.0.1:$IMAP_PORT: no verified STARTTLS within ${START_TIMEOUT}s"
				[ -n "$smtp_tls_ok" ] || log "SMTP 127.0.0.1:$SMTP_PORT: no verified STARTTLS within ${START_TIMEOUT}s"
			fi
			cmd_stop "$DIR" >/dev/null 2>&1 || true
			die "mail servers did not come up"
		fi
		sleep 0.2
	done
	log "IMAP 127.0.0.1:$IMAP_PORT: $imap_ok"
	log "SMTP 127.0.0.1:$SMTP_PORT: $smtp_ok"
	if [ -n "$TLS" ]; then
		log "TLS verified against $TLS_DIR/ca.pem: IMAPS 127.0.0.1:$IMAPS_PORT, submissions 127.0.0.1:$SUBMISSIONS_PORT, STARTTLS on $IMAP_PORT and $SMTP_PORT"
	fi
	log "ready; logs in $LOG_DIR, mail in $MAILDIR_BASE"
}

# wait_gone PID SECONDS: wait for a process to exit.
wait_gone() {
	local pid="$1" n=$(($2 * 10))
	while pid_alive "$pid" && [ "$n" -gt 0 ]; do
		sleep 0.1
		n=$((n - 1))
	done
	! pid_alive "$pid"
}

cmd_stop() {
	[ "$#" -eq 1 ] || usage
	[ -d "$1" ] || { log "stop: $1 does not exist; nothing to stop"; return 0; }
	paths "$(cd "$1" && pwd -P)"
	local pf dc rc=0 p ports=""

	# Signal both, then wait for both. "postfix abort" is "postfix stop"
	# without its 1-second polling loop; we poll the pid ourselves.
	pf="$(postfix_pid)"
	if pid_alive "$pf"; then
		log "stopping postfix (pid $pf)"
		postfix -c "$PF_CONF_DIR" abort >>"$PF_LOG" 2>&1 || kill "$pf" 2>/dev/null || true
	fi
	dc="$(dovecot_pid)"
	if pid_alive "$dc"; then
		log "stopping dovecot (pid $dc)"
		# SIGTERM is what "dovecot stop" sends, but it then polls for ~3 s
		# (it counts the zombie as alive); we poll below instead.
		kill "$dc" 2>/dev/null || true
	fi
	# Only when we stopped something here: wait for its ports below.
	[ -n "$pf$dc" ] && [ -f "$DIR/ports" ] && ports="$(cat "$DIR/ports")"
	for p in $pf $dc; do
		if ! wait_gone "$p" 10; then
			log "master $p still running after 10s; killing it"
			kill -9 "$p" 2>/dev/null || true
			wait_gone "$p" 2 || rc=1
		fi
	done
	# Children may hold the listening sockets a moment longer.
	for p in $ports; do
		local n=50
		while port_open "$p" && [ "$n" -gt 0 ]; do sleep 0.1; n=$((n - 1)); done
		port_open "$p" && { log "port $p still answers"; rc=1; }
	done
	[ "$rc" -eq 0 ] || die "could not stop everything under $DIR"
	log "stopped"
}

case "${1:-}" in
install) shift; cmd_install "$@" ;;
start) shift; cmd_start "$@" ;;
stop) shift; cmd_stop "$@" ;;
*) usage ;;
esac
