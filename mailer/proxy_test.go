package mailer

// A loopback TCP proxy between the inbox and the test server. It records what
// the client sends, and can make connections go silent (bytes are swallowed in
// both directions, as with a server that hangs or a network that blackholes)
// or cut them (as with a crash or a reset).

import (
	"bytes"
	"net"
	"strings"
	"sync"
	"testing"
)

type proxy struct {
	addr   string
	target string
	ln     net.Listener

	mu      sync.Mutex
	conns   map[*proxyConn]struct{}
	sent    bytes.Buffer  // everything clients sent, all connections
	stallOn string        // one-shot: the connection that sends this goes silent
	stalled chan struct{} // closed when stallOn fired
}

type proxyConn struct {
	client, server net.Conn
	mu             sync.Mutex
	silent         bool
}

func (pc *proxyConn) isSilent() bool {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	return pc.silent
}

func (pc *proxyConn) silence() {
	pc.mu.Lock()
	pc.silent = true
	pc.mu.Unlock()
}

func (pc *proxyConn) close() {
	pc.client.Close()
	pc.server.Close()
}

func newProxy(t *testing.T, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{addr: ln.Addr().String(), target: target, ln: ln, conns: map[*proxyConn]struct{}{}}
	go p.accept()
	t.Cleanup(func() {
		ln.Close()
		p.Cut()
	})
	return p
}

func (p *proxy) accept() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		pc := &proxyConn{client: c, server: s}
		p.mu.Lock()
		p.conns[pc] = struct{}{}
		p.mu.Unlock()
		go p.pipe(pc, c, s, true)
		go p.pipe(pc, s, c, false)
	}
}

// pipe copies src to dst until either side closes, swallowing the bytes once
// the connection is silent. fromClient chunks are recorded and checked against
// stallOn.
func (p *proxy) pipe(pc *proxyConn, src, dst net.Conn, fromClient bool) {
	defer func() {
		pc.close()
		p.mu.Lock()
		delete(p.conns, pc)
		p.mu.Unlock()
	}()
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			if fromClient {
				p.mu.Lock()
				p.sent.Write(chunk)
				if p.stallOn != "" && bytes.Contains(chunk, []byte(p.stallOn)) {
					p.stallOn = ""
					pc.silence()
					close(p.stalled)
				}
				p.mu.Unlock()
			}
			if !pc.isSilent() {
				if _, err := dst.Write(chunk); err != nil {
					return
				}
			}
		}
		if err != nil {
			return
		}
	}
}

// StallOn makes the first connection whose client sends s go silent, from that
// command on (the command itself is swallowed). The channel closes when it fires.
func (p *proxy) StallOn(s string) <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stallOn = s
	p.stalled = make(chan struct{})
	return p.stalled
}

// Stall makes every current connection silent; new connections work.
func (p *proxy) Stall() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for pc := range p.conns {
		pc.silence()
	}
}

// Cut closes every current connection.
func (p *proxy) Cut() {
	p.mu.Lock()
	conns := make([]*proxyConn, 0, len(p.conns))
	for pc := range p.conns {
		conns = append(conns, pc)
	}
	p.mu.Unlock()
	for _, pc := range conns {
		pc.close()
	}
}

// Sent returns everything clients sent so far.
func (p *proxy) Sent() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.sent.String()
}

// LastCommand returns the last line a client sent, without its tag.
func (p *proxy) LastCommand() string {
	lines := strings.Split(strings.TrimRight(p.Sent(), "\r\n"), "\r\n")
	last := lines[len(lines)-1]
	if _, rest, ok := strings.Cut(last, " "); ok {
		return rest
	}
	return last
}
