package devmail

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
)

// trackingListener hands out connections it remembers, so that closeAll can
// cut every one of them, whether or not the server has registered it yet.
type trackingListener struct {
	net.Listener
	onAccept func() // called for each connection handed out; may be nil

	mu     sync.Mutex
	closed bool
	conns  map[*trackedConn]struct{}
}

func newTrackingListener(ln net.Listener, onAccept func()) *trackingListener {
	return &trackingListener{Listener: ln, onAccept: onAccept, conns: make(map[*trackedConn]struct{})}
}

// Accept waits for a connection; once closeAll has run it returns
// net.ErrClosed, which both servers treat as a normal stop.
func (l *trackingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		c.Close()
		return nil, net.ErrClosed
	}
	tc := &trackedConn{Conn: c, l: l}
	l.conns[tc] = struct{}{}
	if l.onAccept != nil {
		l.onAccept()
	}
	return tc, nil
}

// closeAll closes the listener and every connection it handed out.
func (l *trackingListener) closeAll() error {
	l.mu.Lock()
	l.closed = true
	conns := make([]*trackedConn, 0, len(l.conns))
	for c := range l.conns {
		conns = append(conns, c)
	}
	l.mu.Unlock()

	err := l.Listener.Close()
	for _, c := range conns {
		c.Close()
	}
	return err
}

// trackedConn forgets itself in its listener when closed.
type trackedConn struct {
	net.Conn
	l *trackingListener
}

func (c *trackedConn) Close() error {
	c.l.mu.Lock()
	delete(c.l.conns, c)
	c.l.mu.Unlock()
	return c.Conn.Close()
}

// printfLogger adapts slog to the Printf-style loggers of imapserver and
// go-smtp. Their messages are errors (failed commands, dropped connections);
// once the system is closing they are the connections being cut, and go to
// the debug level.
type printfLogger struct {
	log     *slog.Logger
	server  string
	closing func() bool
}

func (l printfLogger) Printf(format string, v ...any) {
	l.emit(fmt.Sprintf(format, v...))
}

func (l printfLogger) Println(v ...any) {
	l.emit(strings.TrimSuffix(fmt.Sprintln(v...), "\n"))
}

func (l printfLogger) emit(detail string) {
	level := slog.LevelWarn
	if l.closing() {
		level = slog.LevelDebug
	}
	l.log.Log(context.Background(), level, "devmail: server error", "server", l.server, "detail", detail)
}
