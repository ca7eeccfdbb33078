package console

import (
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Limits on sign-in link requests, per address asked for and per client IP, in
// each window. An address is counted whether or not it is a committee member,
// so the limit says nothing about who is one.
const (
	DefaultPerAddressLimit = 5
	DefaultPerIPLimit      = 20
	limitWindow            = time.Hour
	// maxTracked bounds the limiter's memory; past it, the oldest window is dropped.
	maxTracked = 10000
)

// limiter counts requests per key in fixed windows.
type limiter struct {
	perAddr, perIP int
	mu             sync.Mutex
	counts         map[string]*window
}

type window struct {
	start time.Time
	n     int
}

func newLimiter(perAddr, perIP int) *limiter {
	if perAddr <= 0 {
		perAddr = DefaultPerAddressLimit
	}
	if perIP <= 0 {
		perIP = DefaultPerIPLimit
	}
	return &limiter{perAddr: perAddr, perIP: perIP, counts: map[string]*window{}}
}

// allow counts one request for the address and the IP, and reports whether
// both are within their limits.
func (l *limiter) allow(addr, ip string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	a := l.hit("a:"+addr, now)
	i := l.hit("i:"+ip, now)
	return a <= l.perAddr && i <= l.perIP
}

func (l *limiter) hit(key string, now time.Time) int {
	w, ok := l.counts[key]
	if !ok || now.Sub(w.start) >= limitWindow {
		if !ok && len(l.counts) >= maxTracked {
			l.evict(now)
		}
		w = &window{start: now}
		l.counts[key] = w
	}
	w.n++
	return w.n
}

// evict drops expired windows, or all of them if none has expired.
func (l *limiter) evict(now time.Time) {
	for k, w := range l.counts {
		if now.Sub(w.start) >= limitWindow {
			delete(l.counts, k)
		}
	}
	if len(l.counts) >= maxTracked {
		clear(l.counts)
	}
}

// clientIP is the connection's address; behind a reverse proxy on the same
// host (a loopback connection) it is the last address in X-Forwarded-For, the
// one that proxy added.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			parts := strings.Split(xff, ",")
			if last := strings.TrimSpace(parts[len(parts)-1]); net.ParseIP(last) != nil {
				return last
			}
		}
	}
	return host
}
