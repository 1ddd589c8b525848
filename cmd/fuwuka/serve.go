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
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Roster = args[0]
			} else {
				for _, name := range []string{"roster.yaml", "roster.xlsx"} {
					if st, err := os.Stat(name); err == nil && st.Mode().IsRegular() {
						opts.Roster = name
						break
					}
				}
				if opts.Roster == "" {
					return usagef("no roster.yaml or roster.xlsx here: make one with fuwuka init, or name the roster")
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
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return err
	}
	url := "http://" + ln.Addr().String() + "/"
	opts.IO.Summary(msg.F("serving %s at %s (Ctrl-C to stop)", opts.Roster, url))
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

// quietIO keeps a reload's warnings off the terminal: the page shows
// the roster's state.
func quietIO(std *IO) *IO {
	q := *std
	q.Err = io.Discard
	return &q
}

// openBrowser asks the desktop to open url; a failure only means the clerk
// opens it by hand from the line printed.
func openBrowser(url string) {
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
