package main

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/serve"
	"github.com/spf13/cobra"
)

// ServeOptions are the inputs of fuwuka serve.
type ServeOptions struct {
	IO     *IO
	Roster string
	Addr   string
	Open   bool

	// AddrGiven is --addr on the command line: a busy port is then an
	// error, while the default moves on to the next free port.
	AddrGiven bool
	// FromDesktop is a start by double-click (desktop.go): the clerk is
	// told how to stop in words for a window, not a terminal.
	FromDesktop bool
}

// defaultAddr is loopback: the page is the clerk's, not the network's.
const defaultAddr = "127.0.0.1:8080"

// NewCmdServe serves the page where a clerk sees every card.
func NewCmdServe(io *IO, runF func(*ServeOptions) error) *cobra.Command {
	opts := &ServeOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "serve [ROSTER]",
		Short: io.T("Show every card in the browser while the roster is edited"),
		Long: io.T(`Serve a page, on this computer only, with the roster's problems, its zones
and households and every card, kept up to date as the roster file is saved;
the page downloads a card's PDF and writes all cards, press sheets and round
lists into a folder beside the roster. Without ROSTER, roster.yaml or
roster.xlsx in the working folder. Stop with Ctrl-C.
`) + exitHelp(io),
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.AddrGiven = cmd.Flags().Changed("addr")
			if len(args) == 1 {
				opts.Roster = args[0]
			} else {
				opts.Roster = rosterIn(".")
				if opts.Roster == "" {
					return usagef("no roster.yaml or roster.xlsx here: make one with fuwuka init, or name the roster")
				}
				if opts.Roster == "roster.xlsx" {
					if st, err := os.Stat("roster.yaml"); err == nil && st.Mode().IsRegular() {
						io.Warn(msg.F("both roster.xlsx and roster.yaml are here; serving roster.xlsx (name the roster to serve the other)"))
					}
				}
			}
			if opts.Roster == "-" {
				return usagef("serve follows a roster file as it changes; it cannot read standard input")
			}
			if runF != nil {
				return runF(opts)
			}
			return serveRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Addr, "addr", defaultAddr, io.T("address to listen on; anything but loopback lets other computers see the roster"))
	cmd.Flags().BoolVar(&opts.Open, "open", false, io.T("open the page in the browser"))
	return cmd
}

// loopback says whether an address only this computer can reach.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// addrHosts are the Host names the page accepts beside loopback ones: the
// host --addr names, and any address when it listens on every interface.
func addrHosts(addr string) (hosts []string, anyIP bool) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, false
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		return nil, true
	}
	return []string{host}, false
}

func serveRun(opts *ServeOptions) error {
	if _, err := os.Stat(opts.Roster); err != nil {
		return err
	}
	if !loopback(opts.Addr) {
		opts.IO.Warn(msg.F("%s is not loopback: other computers on the network can see the roster and its residents", opts.Addr))
	}
	hosts, anyIP := addrHosts(opts.Addr)
	s, err := serve.New(serve.Options{Roster: opts.Roster, Lang: opts.IO.Lang, Hosts: hosts, AnyIP: anyIP,
		Load: func(path string) (*card.Roster, *fonts.Set, error) { return loadRoster(quietIO(opts.IO), path) }})
	if err != nil {
		return err
	}
	ln, err := listen(opts.Addr, !opts.AddrGiven)
	if err != nil {
		return err
	}
	url := "http://" + ln.Addr().String() + "/"
	if opts.FromDesktop {
		opts.IO.Outln(msg.F("The page of %s is open in the browser: %s\nKeep this window open while you use the page; to stop fuwuka, close this window.", opts.Roster, url))
	} else {
		opts.IO.Summary(msg.F("serving %s at %s (Ctrl-C to stop)", opts.Roster, url))
	}
	if opts.Open {
		openBrowser(url)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	done := make(chan struct{})
	go s.Watch(done)
	srv := s.HTTPServer()
	go func() {
		<-ctx.Done()
		close(done)
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// portsToTry is how far past a busy default port serve looks.
const portsToTry = 20

// listen listens on addr; when addr's port is taken and next is set, on
// the next free port after it, so that a second page, or another program
// on 8080, does not stop a clerk's start.
func listen(addr string, next bool) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err == nil || !addrInUse(err) {
		return ln, err
	}
	host, port, serr := net.SplitHostPort(addr)
	p, perr := strconv.Atoi(port)
	if next && serr == nil && perr == nil {
		for i := 1; i <= portsToTry && p+i < 65536; i++ {
			if l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(p+i))); err == nil {
				return l, nil
			}
		}
		return nil, msg.Errorf("ports %d to %d on %s are all in use by other programs; close one, or choose another with --addr", p, p+portsToTry, host)
	}
	return nil, msg.Errorf("%s is in use by another program; close it, or choose another address with --addr", addr)
}

// addrInUse says whether a listen failed on a port already taken; Windows
// says so with its own code (WSAEADDRINUSE).
func addrInUse(err error) bool {
	return errors.Is(err, syscall.EADDRINUSE) || errors.Is(err, syscall.Errno(10048))
}

// quietIO keeps a reload's warnings off the terminal: the page shows
// the roster's state.
func quietIO(std *IO) *IO {
	q := *std
	q.Err = io.Discard
	return &q
}

// openBrowser asks the desktop to open url; a failure only means the clerk
// opens it by hand from the line printed. Tests replace it.
var openBrowser = desktopOpen

func desktopOpen(url string) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		cmd = exec.Command("open", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	cmd.Start()
}
